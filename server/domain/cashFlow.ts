// Cash flow over the match period (CONTRACT.md "The summary", cashFlow): per calendar year,
// own funds scheduled (installments of binding pledges by due year) and received (payments by
// date) beside the state share, the potential match spread evenly over the match years. A year
// falls short when the own funds scheduled up to its end do not carry the state share up to its
// end at the match ratio: money planned early carries later years, and the cents an even split
// puts on the first installment do not make the later years look short.
import { addYears } from "./dates";
import { evenSplit } from "./schedule";

export interface CashFlowYear {
  year: number;
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

export function cashFlow(input: CashFlowInput): CashFlowYear[] {
  const { matchStart, matchYears, matchRatioHundredths, potentialMatchCents, scheduledByYear, receivedByYear } = input;
  // Match year n starts on the match start plus n−1 years, like installment n.
  const state = new Map<number, number>();
  evenSplit(potentialMatchCents, matchYears).forEach((cents, i) => {
    const year = Number(addYears(matchStart, i).slice(0, 4));
    state.set(year, (state.get(year) ?? 0) + cents);
  });
  // Money planned or paid outside the match period still shows, in a year of its own.
  const years = [...new Set([...state.keys(), ...nonZero(scheduledByYear), ...nonZero(receivedByYear)])].sort(
    (a, b) => a - b,
  );
  let ownSoFar = 0;
  let stateSoFar = 0;
  return years.map((year) => {
    const ownScheduledCents = scheduledByYear.get(year) ?? 0;
    const stateCents = state.get(year) ?? 0;
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
}

function nonZero(byYear: ReadonlyMap<number, number>): number[] {
  return [...byYear].filter(([, cents]) => cents !== 0).map(([year]) => year);
}
