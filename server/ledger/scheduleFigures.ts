// The cash flow's plan: a pledge's installments as stored. What the plan adds to each day's
// cash flow follows from the pledge's replay (domain/pledgeTimeline.ts contributions).
import type { PlannedInstallment } from "../domain/schedule";
import type { Write } from "./tx";

export function currentPlan(w: Write, pledgeId: number): PlannedInstallment[] {
  return w.statements.plan.all({ pledgeId });
}
