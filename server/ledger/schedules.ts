// Reading and writing a pledge's installments. The rows are the plan; what is paid of each
// follows from the pledge's received cents (domain/schedule.ts allocatePayments).
import { asc, inArray } from "drizzle-orm";
import { installments, type Campaign, type Pledge } from "../../db/schema";
import { evenSchedule, type PlannedInstallment } from "../domain/schedule";
import { prepared } from "./prepared";
import type { Reader, Tx } from "./tx";

export function writeSchedule(tx: Tx, pledgeId: number, schedule: readonly PlannedInstallment[]): void {
  const statements = prepared(tx);
  statements.clearPlan.run({ pledgeId });
  for (const s of schedule) statements.insertInstallment.run({ pledgeId, number: s.number, dueOn: s.dueOn, amountCents: s.amountCents });
}

/** Each pledge's installments; a pledge from before schedules were stored gets the even split. */
export function readSchedules(db: Reader, pledgeList: readonly Pledge[], campaign: Campaign): Map<number, PlannedInstallment[]> {
  const ids = pledgeList.map((p) => p.id);
  const rows = ids.length === 0 ? [] : db.select().from(installments).where(inArray(installments.pledgeId, ids)).orderBy(asc(installments.number)).all();
  const out = new Map<number, PlannedInstallment[]>();
  for (const r of rows) out.set(r.pledgeId, [...(out.get(r.pledgeId) ?? []), { number: r.number, dueOn: r.dueOn, amountCents: r.amountCents }]);
  for (const p of pledgeList) if (!out.has(p.id)) out.set(p.id, evenSchedule(p.amountCents, campaign.matchStart, campaign.matchYears));
  return out;
}
