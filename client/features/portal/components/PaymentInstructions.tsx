// How the sponsor pays: the campaign's account, and for each of its cash pledges still open
// the reference to give and what is left to pay; then whom to ask. Without an account set up
// the card says so instead of leaving the sponsor to guess.
import { useId } from "react";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { groupedIban } from "../../../lib/iban";
import type { Portal } from "../api/portal";

export function PaymentInstructions({ portal }: { portal: Portal }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { bankAccount, sender } = portal.campaign;
  const open = portal.pledges.filter(
    (p) => p.type === "cash" && (p.status === "confirmed" || p.status === "intent") && p.receivedCents < p.amountCents,
  );
  return (
    <section className="card portal-payment" aria-labelledby={titleId} data-testid="portal-payment">
      <h2 id={titleId} className="section-title">
        {t("portal.payment.title")}
      </h2>
      {bankAccount ? (
        <dl className="portal-payment__account">
          <dt>{t("portal.payment.holder")}</dt>
          <dd>{bankAccount.holder}</dd>
          <dt>{t("portal.payment.iban")}</dt>
          <dd>{groupedIban(bankAccount.iban)}</dd>
          {bankAccount.bic && (
            <>
              <dt>{t("portal.payment.bic")}</dt>
              <dd>{bankAccount.bic}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{t("portal.payment.noAccount")}</p>
      )}
      {bankAccount && open.length > 0 && (
        <ul className="portal-payment__open">
          {open.map((p) => (
            <li key={p.id}>
              {t("portal.payment.reference", {
                reference: p.reference ?? "",
                amount: formatEuro(p.amountCents - p.receivedCents, locale),
              })}
            </li>
          ))}
        </ul>
      )}
      {sender?.contactName || sender?.contactEmail ? (
        <p className="small">
          {t("portal.payment.contact")} {sender.contactName}
          {sender.contactName && sender.contactEmail && ", "}
          {sender.contactEmail && <a href={`mailto:${sender.contactEmail}`}>{sender.contactEmail}</a>}
        </p>
      ) : null}
    </section>
  );
}
