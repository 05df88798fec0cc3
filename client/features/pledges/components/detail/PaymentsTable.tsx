// The pledge's payments, oldest first. An undone payment stays; its reversal follows as a
// "Storno" row with the negative amount, so the received total is the sum of the rows.
import { formatDate, formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import type { PledgeDetail } from "../../api/pledgeDetail";

export function PaymentsTable({ pledge }: { pledge: PledgeDetail }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="card" aria-labelledby="pledge-payments-title">
      <h2 id="pledge-payments-title" className="card__title">
        {t("detail.payments.title")}
      </h2>
      {pledge.payments.length === 0 ? (
        <p className="muted">{t("detail.payments.none")}</p>
      ) : (
        <table className="table table--compact" data-testid="pledge-payments">
          <caption className="visually-hidden">{t("detail.payments.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("detail.payments.date")}</th>
              <th scope="col">{t("detail.payments.kind")}</th>
              <th scope="col" className="num">
                {t("detail.payments.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pledge.payments.map((p) => (
              <tr key={p.id} className={p.amountCents < 0 ? "payment--reversal" : undefined}>
                <td className="nowrap">{formatDate(p.paidAt, locale)}</td>
                <td>{p.amountCents < 0 ? t("detail.payments.reversal") : t("detail.payments.payment")}</td>
                <td className="num">
                  <span>{formatEuro(p.amountCents, locale)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pledge-detail__summary" data-testid="pledge-payments-summary">
        {t("detail.payments.summary", {
          received: formatEuro(pledge.receivedCents, locale),
          outstanding: formatEuro(pledge.outstandingCents, locale),
        })}
      </p>
    </section>
  );
}
