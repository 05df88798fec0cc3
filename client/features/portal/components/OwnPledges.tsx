// The sponsor's own pledges, each as a card: amount, type, status, date, whether it counts
// (and why not), its payments and its installment schedule, and its documents.
import { useId } from "react";
import { EmptyState } from "../../../components/States";
import { StatusBadge } from "../../../components/StatusBadge";
import { formatDate, formatEuro } from "../../../lib/format";
import { lettersFor, letterUrl } from "../../../lib/letters";
import { useLocale, useT, type Locale, type Translate } from "../../../lib/i18n";
import type { PortalPledge } from "../api/portal";
import { PledgeAttachments } from "./PledgeAttachments";
import { PledgePayments } from "./PledgePayments";

export function OwnPledges({ pledges, inKindSharePercent }: { pledges: PortalPledge[]; inKindSharePercent: number }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="portal__wide" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t("portal.pledges.title")}
      </h2>
      {pledges.length === 0 ? (
        <div className="card">
          <EmptyState title={t("portal.pledges.empty.title")}>{t("portal.pledges.empty.text")}</EmptyState>
        </div>
      ) : (
        <ul className="pledge-cards">
          {pledges.map((p) => (
            <PledgeCard key={p.id} pledge={p} inKindSharePercent={inKindSharePercent} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PledgeCard({ pledge, inKindSharePercent }: { pledge: PortalPledge; inKindSharePercent: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li className="card pledge-card" data-pledge-id={pledge.id}>
      <div className="pledge-card__head">
        <p className="pledge-card__amount">{formatEuro(pledge.amountCents, locale)}</p>
        <StatusBadge status={pledge.status} />
      </div>
      <p className="pledge-card__meta">
        <span>{t(`pledgeType.${pledge.type}`)}</span>
        <span>{t("portal.pledge.date", { date: formatDate(pledge.pledgedAt, locale) })}</span>
        {pledge.conditional && <span className="pill pill--muted">{t("pledges.conditional")}</span>}
      </p>
      {pledge.description && <p className="small">{pledge.description}</p>}
      <p className={`pledge-card__counts ${pledge.counts ? "pledge-card__counts--yes" : "pledge-card__counts--no"}`}>
        {countsText(pledge, inKindSharePercent, t, locale)}
      </p>
      {lettersFor(pledge.status).includes("confirmation") && (
        <p className="small">
          <a href={letterUrl(pledge.id, "confirmation", locale)} download>
            {t("portal.pledge.confirmation")}
          </a>
        </p>
      )}
      <PledgePayments pledge={pledge} />
      <PledgeAttachments pledgeId={pledge.id} />
    </li>
  );
}

/** Whether the pledge counts toward the own funds, with how much, or why it does not. */
function countsText(p: PortalPledge, inKindSharePercent: number, t: Translate, locale: Locale): string {
  if (p.status === "withdrawn") return t("portal.pledge.withdrawn");
  if (!p.counts) return t("portal.pledge.intent");
  const amount = formatEuro(p.countedCents, locale);
  if (p.countedCents < p.amountCents) return t("portal.pledge.countsInKind", { amount, percent: inKindSharePercent });
  return t("portal.pledge.counts", { amount });
}
