// Cash flow over the match period (CONTRACT.md "The summary", cashFlow): per calendar year,
// own funds scheduled (installments of binding pledges by due year) and received (payments by
// date) beside the state share, the potential match spread evenly over the match years. A year
// whose scheduled own funds do not carry its state share at the match ratio falls short.
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
  const years = [...new Set([...state.keys(), ...nonZero(scheduledByYear), ...nonZero(receivedByYear)])].sort((a, b) => a - b);
  return years.map((year) => {
    const ownScheduledCents = scheduledByYear.get(year) ?? 0;
    const stateCents = state.get(year) ?? 0;
    return {
      year,
      ownScheduledCents,
      ownReceivedCents: receivedByYear.get(year) ?? 0,
      stateCents,
      short: ownScheduledCents * matchRatioHundredths < stateCents * 100,
    };
  });
}

function nonZero(byYear: ReadonlyMap<number, number>): number[] {
  return [...byYear].filter(([, cents]) => cents !== 0).map(([year]) => year);
}
