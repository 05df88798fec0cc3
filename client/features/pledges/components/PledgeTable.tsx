// The pledge table. Amounts are right-aligned; the status is a badge with its text; the
// sponsor's name leads to the pledge's own page, with its kind and country beneath.
import { Link } from "react-router";
import { StatusBadge } from "../../../components/StatusBadge";
import { NAMED_COUNTRIES } from "../../../lib/codes";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { PledgeRow } from "../api/pledges";
import type { PledgeSort } from "../filters";
import { PledgeActions, type OpenDialog } from "./PledgeActions";

interface PledgeTableProps {
  rows: PledgeRow[];
  sort: PledgeSort;
  writer: boolean;
  onOpen: (dialog: OpenDialog) => void;
}

export function PledgeTable({ rows, sort, writer, onOpen }: PledgeTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const countryName = (code: string) =>
    NAMED_COUNTRIES.some((c) => c === code) ? t(`country.${code as (typeof NAMED_COUNTRIES)[number]}`) : code;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="pledge-table">
        <caption className="visually-hidden">{t("pledges.caption", { sort: t(`pledges.sort.${sort}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pledges.col.sponsor")}</th>
            <th scope="col" className="num">
              {t("pledges.col.amount")}
            </th>
            <th scope="col">{t("pledges.col.type")}</th>
            <th scope="col">{t("pledges.col.status")}</th>
            <th scope="col">{t("pledges.col.pledgedAt")}</th>
            <th scope="col">{t("pledges.col.raisedBy")}</th>
            {writer && <th scope="col">{t("pledges.col.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-pledge-id={p.id}>
              <th scope="row" className="cell-main">
                <Link to={`/c/${p.campaignId}/pledges/${p.id}`}>{p.sponsorName}</Link>
                <span className="cell-sub">
                  {p.reference && <span className="nowrap">{p.reference} · </span>}
                  {t(`sponsorKind.${p.sponsorKind}`)} ·{" "}
                  <abbr title={countryName(p.sponsorCountry)}>{p.sponsorCountry}</abbr>
                </span>
              </th>
              <td className="num">
                <span>{formatEuro(p.amountCents, locale)}</span>
                {p.receivedCents > 0 && p.status !== "paid" && (
                  <span className="cell-sub">
                    {t("pledges.received", { amount: formatEuro(p.receivedCents, locale) })}
                  </span>
                )}
              </td>
              <td>
                <span>{t(`pledgeType.${p.type}`)}</span>
                {p.description && <span className="cell-sub">{p.description}</span>}
              </td>
              <td>
                <StatusBadge status={p.status} />
                {p.conditional && <span className="pill pill--muted cell-sub">{t("pledges.conditional")}</span>}
              </td>
              <td className="nowrap">{formatDate(p.pledgedAt, locale)}</td>
              <td>{p.raisedBySponsorName ?? p.raisedByName ?? <span aria-hidden="true">{t("common.none")}</span>}</td>
              {writer && (
                <td>
                  <PledgeActions pledge={p} onOpen={onOpen} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
