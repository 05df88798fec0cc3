// The financing plan for the funding application: per sponsor with binding pledges (confirmed,
// paid) as they stand today, the installments due in each year of the cash flow; then own funds
// in total, the state share per year (the summary's cashFlow) and the total funding. The
// installments are read in one grouped query (sponsor × due year), never pledge by pledge.
// In-kind pledges count at their full amount in the years (as the summary's cashFlow plans
// them); the column "in_kind" says how much of a sponsor's total is in kind. Sponsoring is
// planned at its net, each installment's VAT taken out (own funds: domain/vat.ts).
import { sql } from "drizzle-orm";
import type { Campaign } from "../../db/schema";
import { pledgesAsOf } from "./pledgeStates";
import { netSql } from "./vatSql";
import { readSummary } from "./summary";
import type { Reader } from "../../db/open";
import type { SponsorKind } from "../domain/codes";

export type FinancingRowKind = "sponsor" | "own_total" | "state" | "total";

export interface FinancingRow {
  row: FinancingRowKind;
  /** The sponsor's name; empty for the total rows (their label comes from the columns). */
  name: string | null;
  sponsorKind: SponsorKind | null;
  country: string | null;
  /** Cents per year, in the order of the plan's `years`. */
  byYear: number[];
  totalCents: number;
  /** Of the total, in-kind cents (sponsor and own-funds rows); null where it means nothing. */
  inKindCents: number | null;
}

export interface FinancingPlan {
  /** The calendar years of the match period; null: installments due outside it. */
  years: (number | null)[];
  rows: FinancingRow[];
}

interface InstallmentSum {
  sponsorId: number;
  name: string;
  kind: SponsorKind;
  country: string;
  year: string;
  cents: number;
  inKindCents: number;
}

/**
 * Installments of the pledges binding at the end of `asOf` (as recorded by `knownAt`), by
 * current sponsor and due year, sponsors in name order. Installments are the plan as it is now.
 */
function readInstallmentSums(
  db: Reader,
  campaignId: number,
  asOf: string,
  today: string,
  knownAt: number | null,
): InstallmentSum[] {
  const state = pledgesAsOf(db, campaignId, asOf, today, knownAt);
  const net = netSql("i.amount_cents", "p.vat_rate");
  return db.all<InstallmentSum>(sql`with state as (${state})
    select s.id as sponsorId, s.name as name, s.kind as kind, s.country as country, substr(i.due_on, 1, 4) as year,
      sum(${net}) as cents, sum(case when p.type = 'in_kind' then ${net} else 0 end) as inKindCents
    from state p
      join installments i on i.pledge_id = p.pledge_id
      join sponsors s on s.id = p.sponsor_id
    where p.status in ('confirmed', 'paid')
    group by s.id, substr(i.due_on, 1, 4)
    order by s.name_key, s.id, year`);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The plan at the end of `asOf` (default today), as recorded by `knownAt`. */
export function readFinancingPlan(
  db: Reader,
  campaign: Campaign,
  today: string,
  asOf: string = today,
  knownAt: number | null = null,
): FinancingPlan {
  const read = (tx: Reader): FinancingPlan => {
    const summary = readSummary(tx, campaign, asOf, knownAt);
    const sums = readInstallmentSums(tx, campaign.id, asOf, today, knownAt);
    // The calendar years of the match period (the summary's cashFlow), and one column for
    // installments due outside it when there are any: never a column of zeros.
    const periodYears = summary.cashFlow.flatMap((y) => (y.year === null ? [] : [y.year]));
    const column = new Map(periodYears.map((year, i) => [year, i]));
    const outside = sums.some((s) => !column.has(Number(s.year)));
    const years: (number | null)[] = outside ? [...periodYears, null] : periodYears;
    const columnOf = (year: number) => column.get(year) ?? periodYears.length;

    const sponsors = new Map<number, FinancingRow & { inKindCents: number }>();
    for (const s of sums) {
      let row = sponsors.get(s.sponsorId);
      if (!row) {
        row = {
          row: "sponsor",
          name: s.name,
          sponsorKind: s.kind,
          country: s.country,
          byYear: years.map(() => 0),
          totalCents: 0,
          inKindCents: 0,
        };
        sponsors.set(s.sponsorId, row);
      }
      row.byYear[columnOf(Number(s.year))] += s.cents;
      row.totalCents += s.cents;
      row.inKindCents += s.inKindCents;
    }
    const sponsorRows = [...sponsors.values()];
    const own = years.map((_, i) => sum(sponsorRows.map((r) => r.byYear[i])));
    const stateByYear = new Map(summary.cashFlow.map((y) => [y.year, y.stateCents]));
    const state = years.map((year) => (year === null ? 0 : (stateByYear.get(year) ?? 0)));
    const total = years.map((_, i) => own[i] + state[i]);
    const totalRow = (row: FinancingRowKind, byYear: number[], inKindCents: number | null): FinancingRow => ({
      row,
      name: null,
      sponsorKind: null,
      country: null,
      byYear,
      totalCents: sum(byYear),
      inKindCents,
    });
    return {
      years,
      rows: [
        ...sponsorRows,
        totalRow("own_total", own, sum(sponsorRows.map((r) => r.inKindCents))),
        totalRow("state", state, null),
        totalRow("total", total, null),
      ],
    };
  };
  // One snapshot: the plan and the summary it is checked against read the same state.
  return "transaction" in db ? db.transaction(read) : read(db);
}
