// Installments of a pledge over the match period (DOMAIN.md "Schedule"): installment n is due
// on the match start plus n−1 years; an even split puts leftover cents on the first; payments
// fill the oldest open installment first; one past its due date and not fully paid is overdue.
import { addYears } from "./dates";

export interface Installment {
  number: number;
  dueOn: string;
  amountCents: number;
  paidCents: number;
  overdue: boolean;
}

/** €10,000.00 over 3 years: 3,333.34 + 3,333.33 + 3,333.33. */
export function evenSplit(amountCents: number, years: number): number[] {
  const base = Math.floor(amountCents / years);
  return Array.from({ length: years }, (_, i) => (i === 0 ? base + (amountCents - base * years) : base));
}

export function scheduleOf(amountCents: number, receivedCents: number, matchStart: string, years: number, today: string): Installment[] {
  let left = receivedCents;
  return evenSplit(amountCents, years).map((amount, i) => {
    const paidCents = Math.min(amount, left);
    left -= paidCents;
    const dueOn = addYears(matchStart, i);
    return { number: i + 1, dueOn, amountCents: amount, paidCents, overdue: dueOn < today && paidCents < amount };
  });
}
