// The pledge list on a phone: one card per pledge instead of a table that would scroll
// sideways. Each card shows the sponsor (its name leads to all its pledges), the whole amount
// (it wraps, never cut), the status, the date and the row's actions as buttons of full tap
// size; "Details" opens the pledge.
import { Link } from "react-router";
import { StatusBadge } from "../../../components/StatusBadge";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { PledgeRow } from "../api/pledges";
import { PledgeActions, type OpenDialog } from "./PledgeActions";

interface PledgeCardsProps {
  rows: PledgeRow[];
  writer: boolean;
  onOpen: (dialog: OpenDialog) => void;
}

export function PledgeCards({ rows, writer, onOpen }: PledgeCardsProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ul className="list-cards" data-testid="pledge-cards">
      {rows.map((p) => (
        <li key={p.id} className="list-card" data-pledge-id={p.id}>
          <div className="list-card__head">
            <Link className="list-card__title" to={`/c/${p.campaignId}/pledges?sponsor=${p.sponsorId}`}>
              {p.sponsorName}
            </Link>
            <span className="list-card__amount" data-testid="card-amount">
              {formatEuro(p.amountCents, locale)}
            </span>
          </div>
          <div className="list-card__facts">
            <StatusBadge status={p.status} />
            {p.conditional && <span className="pill pill--muted">{t("pledges.conditional")}</span>}
            <span>{t(`pledgeType.${p.type}`)}</span>
            <span className="nowrap">{formatDate(p.pledgedAt, locale)}</span>
            {p.reference && <span className="nowrap">{p.reference}</span>}
          </div>
          {p.receivedCents > 0 && p.status !== "paid" && (
            <p className="cell-sub">{t("pledges.received", { amount: formatEuro(p.receivedCents, locale) })}</p>
          )}
          <div className="list-card__actions">
            <Link
              className="button button--small button--secondary"
              to={`/c/${p.campaignId}/pledges/${p.id}`}
              aria-label={t("pledges.card.detailsFor", { sponsor: p.sponsorName })}
            >
              {t("pledges.card.details")}
            </Link>
            {writer && <PledgeActions pledge={p} onOpen={onOpen} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
