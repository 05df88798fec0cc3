// The cash flow's plan: the installments of binding pledges by due year, kept as deltas on the
// business day the plan changed. A pledge that becomes binding adds its installments, one that
// stops being binding takes them away, a new schedule swaps old for new. Sponsors play no part,
// so a rebuild of the sponsor figures leaves these rows alone.
import type { PlannedInstallment } from "../domain/schedule";
import type { Write } from "./tx";

type Plan = readonly Pick<PlannedInstallment, "dueOn" | "amountCents">[];

export function currentPlan(w: Write, pledgeId: number): PlannedInstallment[] {
  return w.statements.plan.all({ pledgeId });
}

/** Records on `day` that the binding plan went from `before` to `after` (empty: not binding). */
export function changePlan(w: Write, campaignId: number, day: string, before: Plan, after: Plan): void {
  const byYear = new Map<number, number>();
  const add = (plan: Plan, sign: 1 | -1) => {
    for (const i of plan) {
      const year = Number(i.dueOn.slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + sign * i.amountCents);
    }
  };
  add(before, -1);
  add(after, +1);
  for (const [year, cents] of byYear) {
    if (cents !== 0) w.statements.addScheduleDelta.run({ campaignId, day, year, cents });
  }
}

/** A binding pledge whose date was corrected: its plan counts from the new day instead. */
export function movePlan(w: Write, campaignId: number, fromDay: string, toDay: string, pledgeId: number): void {
  const plan = currentPlan(w, pledgeId);
  changePlan(w, campaignId, fromDay, plan, []);
  changePlan(w, campaignId, toDay, [], plan);
}
