// A pledge's installments as planned. What is paid of each follows from the pledge's received
// cents (domain/schedule.ts allocatePayments).
import { asc, inArray } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { installments } from "../../db/schema";
import { evenSchedule, type PlannedInstallment } from "../domain/schedule";

interface Scheduled {
  id: number;
  amountCents: number;
}

/** Each pledge's installments; a pledge from before schedules were stored gets the even split. */
export function readSchedules(
  db: Reader,
  pledgeList: readonly Scheduled[],
  campaign: { matchStart: string; matchYears: number },
): Map<number, PlannedInstallment[]> {
  const ids = pledgeList.map((p) => p.id);
  const rows =
    ids.length === 0
      ? []
      : db
          .select()
          .from(installments)
          .where(inArray(installments.pledgeId, ids))
          .orderBy(asc(installments.number))
          .all();
  const out = new Map<number, PlannedInstallment[]>();
  for (const r of rows)
    out.set(r.pledgeId, [
      ...(out.get(r.pledgeId) ?? []),
      { number: r.number, dueOn: r.dueOn, amountCents: r.amountCents },
    ]);
  for (const p of pledgeList)
    if (!out.has(p.id)) out.set(p.id, evenSchedule(p.amountCents, campaign.matchStart, campaign.matchYears));
  return out;
}

/** One pledge's installments (see readSchedules). */
export function readSchedule(
  db: Reader,
  pledge: Scheduled,
  campaign: { matchStart: string; matchYears: number },
): PlannedInstallment[] {
  return readSchedules(db, [pledge], campaign).get(pledge.id) ?? [];
}
