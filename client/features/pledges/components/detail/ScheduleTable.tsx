// The installments: due date, amount, what is paid and open of each (payments fill the
// oldest first), and "überfällig" on a binding pledge's installment past its due date.
// An intent is not binding and a withdrawn pledge owes nothing: neither shows overdue or open money.
import { formatDate, formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import type { PledgeDetail } from "../../api/pledgeDetail";

export function ScheduleTable({ pledge }: { pledge: PledgeDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const binding = pledge.status === "confirmed" || pledge.status === "paid";
  const paidTotal = pledge.schedule.reduce((sum, i) => sum + i.paidCents, 0);
  const amountTotal = pledge.schedule.reduce((sum, i) => sum + i.amountCents, 0);
  return (
    <section className="card" aria-labelledby="pledge-schedule-title">
      <h2 id="pledge-schedule-title" className="card__title">
        {t("detail.schedule.title")}
      </h2>
      {pledge.status === "withdrawn" && <p className="muted small">{t("detail.schedule.withdrawn")}</p>}
      {pledge.status === "intent" && <p className="muted small">{t("detail.schedule.intent")}</p>}
      <div className="table-scroll">
        <table className="table table--compact schedule-table" data-testid="pledge-schedule">
          <caption className="visually-hidden">{t("detail.schedule.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("detail.schedule.number")}</th>
              <th scope="col">{t("detail.schedule.due")}</th>
              <th scope="col" className="num">
                {t("detail.schedule.amount")}
              </th>
              <th scope="col" className="num">
                {t("detail.schedule.paid")}
              </th>
              <th scope="col" className="num">
                {t("detail.schedule.open")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pledge.schedule.map((i) => (
              <tr key={i.number}>
                <th scope="row" className="nowrap">
                  {t("detail.schedule.numberValue", { number: i.number })}
                </th>
                <td className="schedule-table__due">
                  <span className="nowrap">{formatDate(i.dueOn, locale)}</span>
                  {binding && i.overdue && (
                    <span className="badge badge--overdue installment-badge">{t("detail.schedule.overdue")}</span>
                  )}
                </td>
                <td className="num" data-label={t("detail.schedule.amount")}>
                  <span>{formatEuro(i.amountCents, locale)}</span>
                </td>
                <td className="num" data-label={t("detail.schedule.paid")}>
                  <span>{formatEuro(i.paidCents, locale)}</span>
                </td>
                <td className="num" data-label={t("detail.schedule.open")}>
                  <span>{formatEuro(binding ? i.amountCents - i.paidCents : 0, locale)}</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("detail.schedule.total")}
              </th>
              <td className="num" data-label={t("detail.schedule.amount")}>
                <span>{formatEuro(amountTotal, locale)}</span>
              </td>
              <td className="num" data-label={t("detail.schedule.paid")}>
                <span>{formatEuro(paidTotal, locale)}</span>
              </td>
              <td className="num" data-label={t("detail.schedule.open")}>
                <span data-testid="schedule-outstanding">{formatEuro(pledge.outstandingCents, locale)}</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
