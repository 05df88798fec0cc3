// Rebuilds a campaign's per-day figures from its events alone: each pledge's events are
// replayed in business order (domain/pledgeTimeline.ts), exactly as a live change replays
// them. Corrections that change the past as a whole (a sponsor's kind or country fixed, two
// sponsors merged) rebuild; it is also the proof that the figures are nothing but the events.
import { asc, eq } from "drizzle-orm";
import {
  dailyFigures,
  dailySponsorCounts,
  installments,
  pledgeEvents,
  pledges,
  scheduleDeltas,
  sponsorDailyBinding,
  sponsorPresence,
  sponsors,
} from "../../db/schema";
import {
  addContributions,
  emptyContributions,
  nonZero,
  originOf,
  type PlanItem,
  replay,
  type TimelineEvent,
} from "../domain/pledgeTimeline";
import { writeContributions } from "./events";
import { sponsorBuckets } from "./sponsorBuckets";
import type { Write } from "./tx";

export function rebuildFigures(w: Write, campaignId: number): void {
  const { tx } = w;
  for (const table of [dailyFigures, sponsorDailyBinding, sponsorPresence, dailySponsorCounts, scheduleDeltas])
    tx.delete(table).where(eq(table.campaignId, campaignId)).run();
  w.feed.touch(campaignId);
  const buckets = sponsorBuckets(w, tx.select().from(sponsors).where(eq(sponsors.campaignId, campaignId)).all());
  const eventsByPledge = groupBy(eventsOf(tx, campaignId), (e) => e.pledgeId);
  const plans = groupBy(plansOf(tx, campaignId), (i) => i.pledgeId);
  const all = emptyContributions();
  const pledgeRows = tx
    .select({ id: pledges.id, pledgedAt: pledges.pledgedAt, sponsorId: pledges.sponsorId })
    .from(pledges)
    .where(eq(pledges.campaignId, campaignId))
    .all();
  for (const pledge of pledgeRows) {
    const events = eventsByPledge.get(pledge.id);
    if (!events) continue;
    const plan: PlanItem[] = plans.get(pledge.id) ?? [];
    addContributions(all, replay(events, originOf(events, { ...pledge, plan })), buckets.of);
  }
  writeContributions(w, campaignId, nonZero(all), buckets);
}

function eventsOf(tx: Write["tx"], campaignId: number): (TimelineEvent & { pledgeId: number })[] {
  return tx
    .select({
      id: pledgeEvents.id,
      pledgeId: pledgeEvents.pledgeId,
      kind: pledgeEvents.kind,
      at: pledgeEvents.at,
      statusAfter: pledgeEvents.statusAfter,
      amountBeforeCents: pledgeEvents.amountBeforeCents,
      amountAfterCents: pledgeEvents.amountAfterCents,
      typeBefore: pledgeEvents.typeBefore,
      typeAfter: pledgeEvents.typeAfter,
      receivedBeforeCents: pledgeEvents.receivedBeforeCents,
      receivedAfterCents: pledgeEvents.receivedAfterCents,
      changes: pledgeEvents.changes,
      undoesEventId: pledgeEvents.undoesEventId,
    })
    .from(pledgeEvents)
    .where(eq(pledgeEvents.campaignId, campaignId))
    .orderBy(asc(pledgeEvents.id))
    .all();
}

function plansOf(tx: Write["tx"], campaignId: number) {
  return tx
    .select({ pledgeId: installments.pledgeId, dueOn: installments.dueOn, amountCents: installments.amountCents })
    .from(installments)
    .innerJoin(pledges, eq(pledges.id, installments.pledgeId))
    .where(eq(pledges.campaignId, campaignId))
    .orderBy(asc(installments.pledgeId), asc(installments.number))
    .all();
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}
