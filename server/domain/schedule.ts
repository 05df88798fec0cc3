// Installments of a pledge over the match period (DOMAIN.md "Schedule"): installment n is due
// on the match start plus n−1 years; an even split puts leftover cents on the first; payments
// fill the oldest open installment first; one past its due date and not fully paid is overdue.
import { addYears } from "./dates";
import type { Decision } from "./errors";

export interface PlannedInstallment {
  number: number;
  dueOn: string;
  amountCents: number;
}

export interface Installment extends PlannedInstallment {
  paidCents: number;
  overdue: boolean;
}

/** €10,000.00 over 3 years: 3,333.34 + 3,333.33 + 3,333.33. */
export function evenSplit(amountCents: number, parts: number): number[] {
  const base = Math.floor(amountCents / parts);
  return Array.from({ length: parts }, (_, i) => (i === 0 ? base + (amountCents - base * parts) : base));
}

/** One installment per year of the match period, split evenly. */
export function evenSchedule(amountCents: number, matchStart: string, years: number): PlannedInstallment[] {
  return evenSplit(amountCents, years).map((amount, i) => ({
    number: i + 1,
    dueOn: addYears(matchStart, i),
    amountCents: amount,
  }));
}

/** A new amount keeps the due dates and the number of installments, split evenly again. */
export function rescheduleAmount(schedule: readonly PlannedInstallment[], amountCents: number): PlannedInstallment[] {
  const amounts = evenSplit(amountCents, schedule.length);
  return schedule.map((s, i) => ({ ...s, amountCents: amounts[i] }));
}

/** A schedule given by hand: due dates in order, positive amounts that sum to the pledge's amount. */
export function decideSchedule(
  given: readonly { dueOn: string; amountCents: number }[],
  amountCents: number,
): Decision<PlannedInstallment[]> {
  const sum = given.reduce((s, i) => s + i.amountCents, 0);
  if (sum !== amountCents)
    return { ok: false, reason: `the installments sum to ${sum} cents, the pledge is ${amountCents}` };
  const sorted = [...given].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return { ok: true, value: sorted.map((s, i) => ({ number: i + 1, dueOn: s.dueOn, amountCents: s.amountCents })) };
}

/**
 * What is paid of each installment, oldest first, and which are overdue on `today`. Only a
 * binding pledge owes anything: an intent's or a withdrawn pledge's installments are never overdue.
 */
export function allocatePayments(
  schedule: readonly PlannedInstallment[],
  receivedCents: number,
  today: string,
  owed = true,
): Installment[] {
  let left = receivedCents;
  return schedule.map((s) => {
    const paidCents = Math.min(s.amountCents, left);
    left -= paidCents;
    return { ...s, paidCents, overdue: owed && s.dueOn < today && paidCents < s.amountCents };
  });
}

/** The installment a transfer should pay now: the first not fully paid, or null when all are. */
export function nextOpenInstallment(installments: readonly Installment[]): Installment | null {
  return installments.find((i) => i.paidCents < i.amountCents) ?? null;
}
