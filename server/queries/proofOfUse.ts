// The income side of the proof of use (Verwendungsnachweis, issue 17.6): own funds received
// per sponsor with dates and references, the state's money received, each year against the
// financing plan, and the totals. Own funds are cash received: a donation counts whole, a
// sponsoring payment net of its VAT (domain/vat.ts, per payment); in-kind pledges bring no
// money and are left out. One row per payment and per state receipt, a plan-and-actual row
// per year, and the overall totals: a few hundred rows for a campaign's three years.
import { and, asc, eq, ne } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { type Campaign, payments, pledges, sponsors, statePayments } from "../../db/schema";
import type { Contribution } from "../domain/codes";
import { vatOfPayment, vatRateOf } from "../domain/vat";
import { readFinancingPlan } from "./financingPlan";

export type ProofRowKind = "own_funds" | "own_funds_year" | "state" | "state_year" | "total";

export interface ProofRow {
  kind: ProofRowKind;
  /** Null on the overall totals. */
  year: number | null;
  day: string | null;
  reference: string | null;
  /** The sponsor, or the state receipt's note. */
  name: string | null;
  /** What was received, gross, for a sponsoring payment. */
  receivedCents: number | null;
  /** What counts: own funds net of VAT, or state money. */
  countedCents: number;
  /** The financing plan's figure for the year (rows of a year and the totals). */
  plannedCents: number | null;
}

export interface ProofOfUse {
  years: number[];
  rows: ProofRow[];
}

const yearOf = (day: string) => Number(day.slice(0, 4));

export function readProofOfUse(db: Reader, campaign: Campaign, today: string, onlyYear: number | null): ProofOfUse {
  const plan = readFinancingPlan(db, campaign, today);
  const planned = (kind: "own_total" | "state", year: number) => {
    const i = plan.years.indexOf(year);
    const row = plan.rows.find((r) => r.row === kind);
    return i < 0 || !row ? 0 : row.byYear[i];
  };
  const own = db
    .select({
      paidAt: payments.paidAt,
      amountCents: payments.amountCents,
      reference: pledges.reference,
      contribution: pledges.contribution,
      vatRatePercent: pledges.vatRatePercent,
      sponsorName: sponsors.name,
    })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(and(eq(payments.campaignId, campaign.id), ne(pledges.type, "in_kind")))
    .orderBy(asc(sponsors.nameKey), asc(payments.paidAt), asc(payments.id))
    .all()
    .map((p) => ({ ...p, countedCents: netOf(p.amountCents, p.contribution, p.vatRatePercent) }));
  const state = db
    .select()
    .from(statePayments)
    .where(and(eq(statePayments.campaignId, campaign.id), eq(statePayments.kind, "receipt")))
    .orderBy(asc(statePayments.on), asc(statePayments.id))
    .all();

  const allYears = new Set<number>(plan.years.filter((y): y is number => y !== null));
  for (const p of own) allYears.add(yearOf(p.paidAt));
  for (const s of state) allYears.add(yearOf(s.on));
  const years = [...allYears].filter((y) => onlyYear === null || y === onlyYear).sort((a, b) => a - b);

  const rows: ProofRow[] = [];
  let ownTotal = 0;
  let stateTotal = 0;
  for (const year of years) {
    const ownOfYear = own.filter((p) => yearOf(p.paidAt) === year);
    for (const p of ownOfYear)
      rows.push({
        kind: "own_funds",
        year,
        day: p.paidAt,
        reference: p.reference,
        name: p.sponsorName,
        receivedCents: p.amountCents,
        countedCents: p.countedCents,
        plannedCents: null,
      });
    const ownSum = ownOfYear.reduce((sum, p) => sum + p.countedCents, 0);
    rows.push(yearRow("own_funds_year", year, ownSum, planned("own_total", year)));
    const stateOfYear = state.filter((s) => yearOf(s.on) === year);
    for (const s of stateOfYear)
      rows.push({
        kind: "state",
        year,
        day: s.on,
        reference: null,
        name: s.note,
        receivedCents: s.amountCents,
        countedCents: s.amountCents,
        plannedCents: null,
      });
    const stateSum = stateOfYear.reduce((sum, s) => sum + s.amountCents, 0);
    rows.push(yearRow("state_year", year, stateSum, planned("state", year)));
    ownTotal += ownSum;
    stateTotal += stateSum;
  }
  const plannedTotal = years.reduce((sum, y) => sum + planned("own_total", y) + planned("state", y), 0);
  rows.push({ ...yearRow("total", null, ownTotal + stateTotal, plannedTotal) });
  return { years, rows };
}

function yearRow(kind: ProofRowKind, year: number | null, countedCents: number, plannedCents: number): ProofRow {
  return { kind, year, day: null, reference: null, name: null, receivedCents: null, countedCents, plannedCents };
}

/** What a payment counts as own funds: all of a donation's, a sponsoring payment's net (a reversal's negated). */
function netOf(amountCents: number, contribution: Contribution, ratePercent: number | null): number {
  return amountCents - vatOfPayment(amountCents, vatRateOf({ contribution, vatRatePercent: ratePercent }));
}
