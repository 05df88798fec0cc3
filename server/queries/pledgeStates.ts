// Each pledge of a campaign as it stood at the end of a day, as a relation the committee's
// reads (breakdowns, pipeline) aggregate with SQL: from the pledges themselves for today, from
// the replay of each pledge's events (in business order; with `knownAt`, only those recorded
// by then) for a past view. Columns: pledge_id, sponsor_id, status, amount_cents, type,
// raised_by_sponsor_id, raised_by_name, conditional, pledged_at, received_cents.
import { and, asc, eq, lte, sql, type SQL } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledgeEvents, pledges } from "../../db/schema";
import { originOf, pledgedAtFrom, replay, stateOn, type TimelineEvent } from "../domain/pledgeTimeline";
import { TIMELINE_COLUMNS } from "./timelineColumns";

/** Each pledge of the campaign as it stood at the end of `asOf`, as known at `knownAt`. */
export function pledgesAsOf(db: Reader, campaignId: number, asOf: string, today: string, knownAt: number | null): SQL {
  if (asOf >= today && knownAt === null) {
    return sql`select id as pledge_id, sponsor_id, status, amount_cents, type, raised_by_sponsor_id, raised_by_name,
        conditional, pledged_at, received_cents
      from pledges where campaign_id = ${campaignId}`;
  }
  const states = pastStates(db, campaignId, asOf, knownAt);
  return sql`select p.id as pledge_id, p.sponsor_id, json_extract(j.value, '$[1]') as status,
      json_extract(j.value, '$[2]') as amount_cents, json_extract(j.value, '$[3]') as type,
      json_extract(j.value, '$[5]') as received_cents,
      p.raised_by_sponsor_id, p.raised_by_name, p.conditional, json_extract(j.value, '$[4]') as pledged_at
    from json_each(${JSON.stringify(states)}) j join pledges p on p.id = json_extract(j.value, '$[0]')`;
}

/** [pledgeId, status, amountCents, type, pledgedAt, receivedCents] of each pledge that existed at the end of `asOf`. */
export function pastStates(db: Reader, campaignId: number, asOf: string, knownAt: number | null) {
  const known = knownAt === null ? undefined : lte(pledgeEvents.createdAt, knownAt);
  const events = db
    .select({ ...TIMELINE_COLUMNS, pledgeId: pledgeEvents.pledgeId })
    .from(pledgeEvents)
    .where(and(eq(pledgeEvents.campaignId, campaignId), known))
    .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.id))
    .all();
  const sponsorOf = new Map(
    db
      .select({ id: pledges.id, sponsorId: pledges.sponsorId })
      .from(pledges)
      .where(eq(pledges.campaignId, campaignId))
      .all()
      .map((p) => [p.id, p.sponsorId]),
  );
  const out: [number, string, number, string, string, number][] = [];
  let from = 0;
  while (from < events.length) {
    let to = from;
    while (to < events.length && events[to].pledgeId === events[from].pledgeId) to++;
    const own: TimelineEvent[] = events.slice(from, to);
    const pledgeId = events[from].pledgeId;
    from = to;
    if (!own.some((e) => e.kind === "created")) continue;
    const pledgedAt = pledgedAtFrom(own);
    const origin = originOf(own, { pledgedAt, sponsorId: sponsorOf.get(pledgeId) ?? 0, plan: [] });
    const state = stateOn(replay(own, origin), asOf);
    if (state) out.push([pledgeId, state.status, state.amountCents, state.type, pledgedAt, state.receivedCents]);
  }
  return out;
}
