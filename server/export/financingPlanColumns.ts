// The columns of the financing plan: name, kind, country, one amount column per year, the
// total and the in-kind part. The years differ per campaign, so the columns are made per plan.
// Kept apart from the query (queries/financingPlan.ts) so an .xlsx worker would load no database code.
import { amount, code, text, type Column } from "./columns";
import type { FinancingRow, FinancingRowKind } from "../queries/financingPlan";
import { FINANCING_ROW_LABELS, SPONSOR_KIND_DE } from "./labels";

type FinancingColumn = Column<FinancingRow>;

/** The column of installments due outside the match period. */
const OUTSIDE_PERIOD = { en: "outside_period", de: "außerhalb des Zeitraums" };

function label(row: FinancingRowKind, locale: "en" | "de"): string | null {
  return row === "sponsor" ? null : FINANCING_ROW_LABELS[row][locale];
}

export function financingPlanColumns(
  years: readonly (number | null)[],
  locale: "en" | "de",
): readonly FinancingColumn[] {
  return [
    { header: { en: "name", de: "Name" }, width: 32, cell: (r) => text(r.name ?? label(r.row, locale)) },
    {
      header: { en: "kind", de: "Art" },
      width: 18,
      cell: (r) => (r.sponsorKind ? code(SPONSOR_KIND_DE, r.sponsorKind) : text(null)),
    },
    { header: { en: "country", de: "Land" }, width: 8, cell: (r) => text(r.country) },
    ...years.map(
      (year, i): FinancingColumn => ({
        header: year === null ? OUTSIDE_PERIOD : { en: String(year), de: String(year) },
        width: 14,
        cell: (r) => amount(r.byYear[i]),
      }),
    ),
    { header: { en: "total", de: "Summe" }, width: 16, cell: (r) => amount(r.totalCents) },
    {
      header: { en: "in_kind", de: "davon Sachleistung" },
      width: 18,
      cell: (r) => (r.inKindCents === null ? text(null) : amount(r.inKindCents)),
    },
  ];
}
