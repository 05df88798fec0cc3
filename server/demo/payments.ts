// Payments after the bid: most sponsors pay per year of the match period, some pay the
// first installment or two, small pledges are often paid at once. Pure.
import { addDays, addYears } from "../domain/dates";
import type { PlannedPledge } from "./plan";
import type { Random } from "./random";

export interface PaymentOptions {
  rng: Random;
  matchStart: string;
  matchYears: number;
  /** Pledges up to this amount are often paid in full soon after signing. */
  smallCents: number;
}

/** Installment amounts: an even split, the leftover cents on the first (DOMAIN.md "Schedule"). */
export function installments(amountCents: number, years: number): number[] {
  const base = Math.floor(amountCents / years);
  return Array.from({ length: years }, (_, k) => (k === 0 ? amountCents - base * (years - 1) : base));
}

/** Adds payment steps to binding cash pledges that have no fixed payments. */
export function addPayments(plans: PlannedPledge[], o: PaymentOptions): void {
  for (const plan of plans) {
    const binding = plan.steps.find((s) => s.kind !== "payment" && s.status === "confirmed");
    if (!binding || plan.spec.type === "in_kind" || plan.spec.payments) continue;
    const signed = binding.day;
    const after = (day: string) => (day > signed ? day : addDays(signed, 1));
    const pay = (day: string, amountCents: number) =>
      plan.steps.push({ kind: "payment", day: after(day), amountCents });

    if (plan.amountCents <= o.smallCents && o.rng.chance(0.5)) {
      pay(addDays(signed, o.rng.int(3, 25)), plan.amountCents);
      continue;
    }
    if (o.rng.chance(0.05)) {
      pay(addDays(o.matchStart, o.rng.int(10, 90)), plan.amountCents);
      continue;
    }
    if (!o.rng.chance(0.45)) continue;
    const parts = installments(plan.amountCents, o.matchYears);
    pay(addDays(o.matchStart, o.rng.int(5, 120)), parts[0]);
    if (parts.length > 1 && o.rng.chance(0.55)) pay(addDays(addYears(o.matchStart, 1), o.rng.int(3, 90)), parts[1]);
  }
}
