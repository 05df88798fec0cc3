// Cash flow over the match period (docs/api.md "The summary", cashFlow): per calendar year the
// period touches, own funds scheduled (installments of binding pledges by due year) and received
// (payments by date) beside the state share, the potential match split pro rata by the days of
// the period in each year; money outside the period in one row (year null). A year
// falls short when the own funds scheduled up to its end do not carry the state share up to its
// end at the match ratio: money planned early carries later years, and the cents an even split
// puts on the first installment do not make the later years look short.
import { addDays, addYears, daysBetween } from "./dates";

export interface CashFlowYear {
  /** A calendar year the match period touches, or null: all money outside the period. */
  year: number | null;
  ownScheduledCents: number;
  ownReceivedCents: number;
  stateCents: number;
  short: boolean;
}

export interface CashFlowInput {
  matchStart: string;
  matchYears: number;
  matchRatioHundredths: number;
  potentialMatchCents: number;
  scheduledByYear: ReadonlyMap<number, number>;
  receivedByYear: ReadonlyMap<number, number>;
}

/** The calendar years the match period touches, with the days of the period in each. */
export function matchPeriodYears(matchStart: string, matchYears: number): { year: number; days: number }[] {
  const end = addDays(addYears(matchStart, matchYears), -1);
  const out: { year: number; days: number }[] = [];
  for (let year = Number(matchStart.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const from = `${year}-01-01` > matchStart ? `${year}-01-01` : matchStart;
    const to = `${year}-12-31` < end ? `${year}-12-31` : end;
    out.push({ year, days: daysBetween(from, to) + 1 });
  }
  return out;
}

/** `total` split in proportion to `weights`, to the cent: the leftover cents go to the largest remainders. */
export function splitProRata(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w, i) => ({ i, rest: total * w - shares[i] * sum }));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of remainders.sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

export function cashFlow(input: CashFlowInput): CashFlowYear[] {
  const { matchStart, matchYears, matchRatioHundredths, potentialMatchCents, scheduledByYear, receivedByYear } = input;
  const period = matchPeriodYears(matchStart, matchYears);
  const state = splitProRata(
    potentialMatchCents,
    period.map((p) => p.days),
  );
  let ownSoFar = 0;
  let stateSoFar = 0;
  const years: CashFlowYear[] = period.map(({ year }, i) => {
    const ownScheduledCents = scheduledByYear.get(year) ?? 0;
    const stateCents = state[i];
    ownSoFar += ownScheduledCents;
    stateSoFar += stateCents;
    return {
      year,
      ownScheduledCents,
      ownReceivedCents: receivedByYear.get(year) ?? 0,
      stateCents,
      short: stateCents > 0 && ownSoFar * matchRatioHundredths < stateSoFar * 100,
    };
  });
  // Money planned or paid outside the period shows in one row of its own, never as empty years.
  const inPeriod = new Set(period.map((p) => p.year));
  const outside = (byYear: ReadonlyMap<number, number>) =>
    [...byYear].filter(([year]) => !inPeriod.has(year)).reduce((sum, [, cents]) => sum + cents, 0);
  const ownScheduledCents = outside(scheduledByYear);
  const ownReceivedCents = outside(receivedByYear);
  if (ownScheduledCents !== 0 || ownReceivedCents !== 0)
    years.push({ year: null, ownScheduledCents, ownReceivedCents, stateCents: 0, short: false });
  return years;
}
