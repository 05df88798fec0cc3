// A pledge's payments and its installment schedule (due date, amount, paid, overdue). A
// withdrawn pledge has no schedule. Paid and state share a column so the table fits a phone.
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { PortalPledge } from "../api/portal";

type Installment = PortalPledge["schedule"][number];

export function PledgePayments({ pledge }: { pledge: PortalPledge }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="pledge-card__money">
      <div>
        <h3 className="subsection-title">{t("portal.payments.title")}</h3>
        {pledge.payments.length === 0 ? (
          <p className="muted small">{t("portal.payments.none")}</p>
        ) : (
          <ul className="plain-list">
            {pledge.payments.map((p) => (
              <li key={p.id} className="plain-list__row">
                <span>{formatDate(p.paidAt, locale)}</span>
                <span className="num">{formatEuro(p.amountCents, locale)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="small muted">
          {t("portal.payments.received", {
            received: formatEuro(pledge.receivedCents, locale),
            total: formatEuro(pledge.amountCents, locale),
          })}
        </p>
      </div>
      {pledge.schedule.length > 0 && (
        <div>
          <h3 className="subsection-title">{t("portal.schedule.title")}</h3>
          <table className="table table--compact" data-testid="portal-schedule">
            <caption className="visually-hidden">{t("portal.schedule.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("portal.schedule.due")}</th>
                <th scope="col" className="num">
                  {t("portal.schedule.amount")}
                </th>
                <th scope="col" className="num">
                  {t("portal.schedule.paid")}
                </th>
              </tr>
            </thead>
            <tbody>
              {pledge.schedule.map((i) => (
                <tr key={i.number}>
                  <td>
                    <span className="cell-sub">{t("portal.schedule.number", { number: i.number })}</span>
                    <span className="nowrap">{formatDate(i.dueOn, locale)}</span>
                  </td>
                  <td className="num">
                    <span>{formatEuro(i.amountCents, locale)}</span>
                  </td>
                  <td className="num">
                    <span>{formatEuro(i.paidCents, locale)}</span>
                    <InstallmentState installment={i} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function InstallmentState({ installment: i }: { installment: Installment }) {
  const t = useT();
  if (i.paidCents >= i.amountCents)
    return <span className="badge badge--paid installment-state">{t("portal.schedule.paidInFull")}</span>;
  if (i.overdue) return <span className="badge badge--overdue installment-state">{t("portal.schedule.overdue")}</span>;
  return <span className="badge badge--open installment-state">{t("portal.schedule.open")}</span>;
}
