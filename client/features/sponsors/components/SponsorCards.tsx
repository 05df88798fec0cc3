// The sponsors on a phone: one card per sponsor instead of a table that would scroll
// sideways. The name leads to the sponsor's pledges; the binding amount is shown whole; the
// row's actions are buttons of full tap size.
import { Link } from "react-router";
import { NAMED_COUNTRIES } from "../../../lib/codes";
import { formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { SponsorRow } from "../api/sponsors";
import type { SponsorDialog } from "./SponsorDialogs";
import { RemindersOptOut } from "./RemindersOptOut";
import { SponsorActions } from "./SponsorActions";
import { pledgesOfSponsor } from "./SponsorTable";

interface SponsorCardsProps {
  rows: SponsorRow[];
  writer: boolean;
  onOpen: (dialog: SponsorDialog) => void;
  onEdit: (sponsor: SponsorRow) => void;
  onProblem: (message: string | null) => void;
}

const isNamedCountry = (code: string): code is (typeof NAMED_COUNTRIES)[number] =>
  (NAMED_COUNTRIES as readonly string[]).includes(code);

export function SponsorCards({ rows, writer, onOpen, onEdit, onProblem }: SponsorCardsProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ul className="list-cards" data-testid="sponsor-cards">
      {rows.map((s) => (
        <li key={s.id} className="list-card" data-sponsor-id={s.id}>
          <div className="list-card__head">
            <Link className="list-card__title" to={pledgesOfSponsor(s)}>
              {s.name}
            </Link>
            <span className="list-card__amount" data-testid="card-amount">
              {formatEuro(s.bindingCents, locale)}
            </span>
          </div>
          <div className="list-card__facts">
            <span className={`pill ${s.listing === "hidden" ? "pill--muted" : ""}`}>{t(`listing.${s.listing}`)}</span>
            <span>{t(`sponsorKind.${s.kind}`)}</span>
            <span>{isNamedCountry(s.country) ? t(`country.${s.country}`) : s.country}</span>
            <span>{t(`sponsors.pledges.${pluralOf(s.pledgeCount)}`, { count: s.pledgeCount })}</span>
            {writer && <RemindersOptOut sponsor={s} />}
          </div>
          {writer && (
            <div className="list-card__actions">
              <SponsorActions sponsor={s} onEdit={() => onEdit(s)} onOpen={onOpen} onProblem={onProblem} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
