// The sponsors table: name (leading to the sponsor's pledges), kind, country, binding amount
// (with the pledge count), listing; organisers also see the contact person (under the name,
// to keep the table narrow) and a menu of row actions (editing among them).
import { Link } from "react-router";
import { NAMED_COUNTRIES } from "../../../lib/codes";
import { formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { SponsorRow } from "../api/sponsors";
import type { SponsorDialog } from "./SponsorDialogs";
import { RemindersOptOut } from "./RemindersOptOut";
import { SponsorActions } from "./SponsorActions";

interface SponsorTableProps {
  rows: SponsorRow[];
  writer: boolean;
  onOpen: (dialog: SponsorDialog) => void;
  onEdit: (sponsor: SponsorRow) => void;
  onProblem: (message: string | null) => void;
}

const isNamedCountry = (code: string): code is (typeof NAMED_COUNTRIES)[number] =>
  (NAMED_COUNTRIES as readonly string[]).includes(code);

export function SponsorTable({ rows, writer, onOpen, onEdit, onProblem }: SponsorTableProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-wrap">
      <table className="table sponsor-table" data-testid="sponsor-table">
        <caption className="visually-hidden">{t("sponsors.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sponsors.col.name")}</th>
            <th scope="col">{t("sponsors.col.kind")}</th>
            <th scope="col">{t("sponsors.col.country")}</th>
            <th scope="col" className="num">
              {t("sponsors.col.binding")}
            </th>
            <th scope="col">{t("sponsors.col.listing")}</th>
            {writer && <th scope="col">{t("pledges.col.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} data-sponsor-id={s.id}>
              <th scope="row" className="cell-main">
                <Link to={pledgesOfSponsor(s)}>{s.name}</Link>
                {s.sector && <span className="cell-sub">{s.sector}</span>}
                {writer && <ContactLine sponsor={s} />}
                {writer && <RemindersOptOut sponsor={s} />}
              </th>
              <td>{t(`sponsorKind.${s.kind}`)}</td>
              <td className="nowrap">{isNamedCountry(s.country) ? t(`country.${s.country}`) : s.country}</td>
              <td className="num nowrap">
                <span data-testid="sponsor-binding">{formatEuro(s.bindingCents, locale)}</span>
                <span className="cell-sub" data-testid="sponsor-pledges">
                  {t(`sponsors.pledges.${pluralOf(s.pledgeCount)}`, { count: s.pledgeCount })}
                </span>
              </td>
              <td>
                <span className={`pill ${s.listing === "hidden" ? "pill--muted" : ""}`}>
                  {t(`listing.${s.listing}`)}
                </span>
              </td>
              {writer && (
                <td>
                  <SponsorActions sponsor={s} onEdit={() => onEdit(s)} onOpen={onOpen} onProblem={onProblem} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The pledge list filtered to one sponsor (the pledges feature reads `?sponsor=` in its filters.ts). */
export const pledgesOfSponsor = (s: Pick<SponsorRow, "id" | "campaignId">) =>
  `/c/${s.campaignId}/pledges?sponsor=${s.id}`;

/** The contact person, for those who may export or erase it. */
function ContactLine({ sponsor: s }: { sponsor: SponsorRow }) {
  const t = useT();
  if (!s.contactName && !s.contactEmail) return <span className="cell-sub">{t("sponsors.noContact")}</span>;
  const who = [s.contactName, s.contactEmail].filter(Boolean).join(" · ");
  const text = t("sponsors.contact", { who });
  return (
    <span className="cell-sub contact-line" title={text}>
      {text}
    </span>
  );
}
