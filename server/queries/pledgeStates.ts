// Each pledge of a campaign as it stood at the end of a day, as a relation the committee's
// reads (breakdowns, pipeline) aggregate with SQL: from the pledges themselves for today, from
// the replay of each pledge's events (in business order; with `knownAt`, only those recorded
// by then) for a past view. Columns: pledge_id, sponsor_id, status, amount_cents, type,
// raised_by_sponsor_id, raised_by_name, conditional, pledged_at, received_cents, vat_rate (0
// for a donation: queries/vatSql.ts netSql gives the own funds of a sum).
import { and, asc, desc, eq, gt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledgeEvents, pledges } from "../../db/schema";
import { changesOf, originOf, pledgedAtFrom, replay, stateOn, type TimelineEvent } from "../domain/pledgeTimeline";
import type { Contribution } from "../domain/codes";
import { vatRateOf } from "../domain/vat";
import { rateSql } from "./vatSql";
import { ORIGIN_COLUMNS, TIMELINE_COLUMNS } from "./timelineColumns";

/** Each pledge of the campaign as it stood at the end of `asOf`, as known at `knownAt`. */
export function pledgesAsOf(db: Reader, campaignId: number, asOf: string, today: string, knownAt: number | null): SQL {
  if (asOf >= today && knownAt === null) {
    return sql`select id as pledge_id, sponsor_id, status, amount_cents, type, raised_by_sponsor_id, raised_by_name,
        conditional, pledged_at, received_cents, ${sql.raw(rateSql("pledges"))} as vat_rate
      from pledges where campaign_id = ${campaignId}`;
  }
  const states = pastStates(db, campaignId, asOf, knownAt);
  return sql`select p.id as pledge_id, p.sponsor_id, json_extract(j.value, '$[1]') as status,
      json_extract(j.value, '$[2]') as amount_cents, json_extract(j.value, '$[3]') as type,
      json_extract(j.value, '$[5]') as received_cents, json_extract(j.value, '$[6]') as vat_rate,
      p.raised_by_sponsor_id, p.raised_by_name, p.conditional, json_extract(j.value, '$[4]') as pledged_at
    from json_each(${JSON.stringify(states)}) j join pledges p on p.id = json_extract(j.value, '$[0]')`;
}

type PastState = [number, string, number, string, string, number, number];

/**
 * [pledgeId, status, amountCents, type, pledgedAt, receivedCents, vatRate] of each pledge that
 * existed at the end of `asOf`.
 */
export function pastStates(db: Reader, campaignId: number, asOf: string, knownAt: number | null) {
  const known = knownAt === null ? undefined : lte(pledgeEvents.createdAt, knownAt);
  const events = db
    .select({ ...TIMELINE_COLUMNS, pledgeId: pledgeEvents.pledgeId })
    .from(pledgeEvents)
    .where(and(eq(pledgeEvents.campaignId, campaignId), known))
    .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.id))
    .all();
  const rows = db.select(ORIGIN_COLUMNS).from(pledges).where(eq(pledges.campaignId, campaignId)).all();
  const sponsorOf = new Map(rows.map((p) => [p.id, p.sponsorId]));
  const rateOf = contributionsKnownAt(db, campaignId, rows, knownAt);
  const out: PastState[] = [];
  let from = 0;
  while (from < events.length) {
    let to = from;
    while (to < events.length && events[to].pledgeId === events[from].pledgeId) to++;
    const own: TimelineEvent[] = events.slice(from, to);
    const pledgeId = events[from].pledgeId;
    from = to;
    if (!own.some((e) => e.kind === "created")) continue;
    const pledgedAt = pledgedAtFrom(own);
    // Only status and amounts are read here: the plan and the VAT rate do not matter.
    const origin = originOf(own, { pledgedAt, sponsorId: sponsorOf.get(pledgeId) ?? 0, plan: [], vatRatePercent: 0 });
    const state = stateOn(replay(own, origin), asOf);
    if (state)
      out.push([
        pledgeId,
        state.status,
        state.amountCents,
        state.type,
        pledgedAt,
        state.receivedCents,
        rateOf.get(pledgeId) ?? 0,
      ]);
  }
  return out;
}

/**
 * Each pledge's VAT rate as it had been recorded by `knownAt`: a contribution corrected later
 * still reads as it was (the value before the first later change), else as it is now.
 */
function contributionsKnownAt(
  db: Reader,
  campaignId: number,
  now: readonly { id: number; contribution: Contribution; vatRatePercent: number | null }[],
  knownAt: number | null,
): Map<number, number> {
  const known = new Map(now.map((p) => [p.id, { contribution: p.contribution, vatRatePercent: p.vatRatePercent }]));
  if (knownAt !== null) {
    const later = db
      .select({ pledgeId: pledgeEvents.pledgeId, changes: pledgeEvents.changes })
      .from(pledgeEvents)
      .where(
        and(
          eq(pledgeEvents.campaignId, campaignId),
          gt(pledgeEvents.createdAt, knownAt),
          or(
            sql`${pledgeEvents.changes} like '%"contribution"%'`,
            sql`${pledgeEvents.changes} like '%"vatRatePercent"%'`,
          ),
        ),
      )
      .orderBy(desc(pledgeEvents.id))
      .all();
    // Newest first: the earliest later change's "before" is written last.
    for (const e of later) {
      const value = known.get(e.pledgeId);
      if (!value) continue;
      const changes = changesOf(e);
      if (changes.contribution) value.contribution = changes.contribution[0] as Contribution;
      if (changes.vatRatePercent) value.vatRatePercent = changes.vatRatePercent[0] as number | null;
    }
  }
  return new Map([...known].map(([id, value]) => [id, vatRateOf(value)]));
}
