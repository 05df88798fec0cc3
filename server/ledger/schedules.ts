// Writing a pledge's installments. The rows are the plan; reading them is queries/schedules.ts.
import type { PlannedInstallment } from "../domain/schedule";
import type { Write } from "./tx";

export function writeSchedule(w: Write, pledgeId: number, schedule: readonly PlannedInstallment[]): void {
  w.statements.clearPlan.run({ pledgeId });
  for (const s of schedule)
    w.statements.insertInstallment.run({ pledgeId, number: s.number, dueOn: s.dueOn, amountCents: s.amountCents });
}
