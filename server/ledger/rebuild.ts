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
import { vatRateOf } from "../domain/vat";
import { writeContributions } from "./events";
import { lateFlag } from "./knownAtLog";
import { sponsorBuckets } from "./sponsorBuckets";
import type { Write } from "./tx";
import { ORIGIN_COLUMNS, TIMELINE_COLUMNS } from "../queries/timelineColumns";

/** `recordedAt`: what the rebuild changed is logged as recorded then (see logDifference). */
export function rebuildFigures(w: Write, campaignId: number, recordedAt: number): void {
  const { tx } = w;
  const before = aggregateRows(w, campaignId);
  for (const table of [dailyFigures, sponsorDailyBinding, sponsorPresence, dailySponsorCounts, scheduleDeltas])
    tx.delete(table).where(eq(table.campaignId, campaignId)).run();
  w.feed.touch(campaignId);
  const buckets = sponsorBuckets(w, tx.select().from(sponsors).where(eq(sponsors.campaignId, campaignId)).all());
  const eventsByPledge = groupBy(eventsOf(tx, campaignId), (e) => e.pledgeId);
  const plans = groupBy(plansOf(tx, campaignId), (i) => i.pledgeId);
  const all = emptyContributions();
  const pledgeRows = tx.select(ORIGIN_COLUMNS).from(pledges).where(eq(pledges.campaignId, campaignId)).all();
  for (const pledge of pledgeRows) {
    const events = eventsByPledge.get(pledge.id);
    if (!events) continue;
    const plan: PlanItem[] = plans.get(pledge.id) ?? [];
    const origin = originOf(events, { ...pledge, plan, vatRatePercent: vatRateOf(pledge) });
    addContributions(all, replay(events, origin), buckets.of);
  }
  writeContributions(w, campaignId, nonZero(all), buckets, null);
  logDifference(w, before, aggregateRows(w, campaignId), recordedAt);
}

type Rows = ReturnType<typeof aggregateRows>;

function aggregateRows(w: Write, campaignId: number) {
  const { tx } = w;
  return {
    figures: tx.select().from(dailyFigures).where(eq(dailyFigures.campaignId, campaignId)).all(),
    sponsors: tx.select().from(dailySponsorCounts).where(eq(dailySponsorCounts.campaignId, campaignId)).all(),
    schedule: tx.select().from(scheduleDeltas).where(eq(scheduleDeltas.campaignId, campaignId)).all(),
  };
}

/**
 * A rebuild re-buckets the past (a sponsor's kind corrected, two sponsors merged): the logs
 * get the difference, so the figures as known before it still read as they were then.
 */
function logDifference(w: Write, before: Rows, after: Rows, recordedAt: number): void {
  const { statements } = w;
  const figureKey = (r: Rows["figures"][number]) => `${r.day}|${r.status}|${r.type}|${r.sponsorKind}|${r.country}`;
  for (const [row, d] of difference(before.figures, after.figures, figureKey, [
    "amountCents",
    "pledgeCount",
    "receivedCents",
    "vatCents",
    "receivedVatCents",
  ]))
    statements.logFigures.run({ ...row, ...d, recordedAt, late: lateFlag(row.day, recordedAt) });
  const countKey = (r: Rows["sponsors"][number]) => `${r.day}|${r.sponsorKind}|${r.country}`;
  for (const [row, d] of difference(before.sponsors, after.sponsors, countKey, ["delta"]))
    statements.logSponsorCount.run({ ...row, recordedAt, late: lateFlag(row.day, recordedAt), delta: d.delta });
  const scheduleKey = (r: Rows["schedule"][number]) => `${r.day}|${r.year}`;
  for (const [row, d] of difference(before.schedule, after.schedule, scheduleKey, ["cents", "vatCents"]))
    statements.logSchedule.run({ ...row, ...d, recordedAt, late: lateFlag(row.day, recordedAt) });
}

/** Per key: the row and `after − before` of its numeric fields, where any is not zero. */
function difference<T extends object, F extends keyof T & string>(
  before: readonly T[],
  after: readonly T[],
  key: (row: T) => string,
  fields: readonly F[],
): [T, Record<F, number>][] {
  const out = new Map<string, [T, Record<F, number>]>();
  const add = (rows: readonly T[], sign: number) => {
    for (const row of rows) {
      const entry = out.get(key(row)) ?? [row, Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>];
      for (const f of fields) entry[1][f] += sign * (row[f] as number);
      out.set(key(row), entry);
    }
  };
  add(before, -1);
  add(after, 1);
  return [...out.values()].filter(([, d]) => fields.some((f) => d[f] !== 0));
}

function eventsOf(tx: Write["tx"], campaignId: number): (TimelineEvent & { pledgeId: number })[] {
  return tx
    .select({ ...TIMELINE_COLUMNS, pledgeId: pledgeEvents.pledgeId })
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
