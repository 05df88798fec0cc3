// Breakdowns of the counted own funds beyond kind and country (those come with the summary):
// by sector, membership type, public vs private money, the top sponsors, and a raised-by
// leaderboard that credits whoever brought money in. Each pledge is taken as it stood at the
// end of `asOf`: from the pledges for today, from the replay of its events (in business order,
// back-dated ones included; with `knownAt`, only those recorded by then) for a past view.
import { and, asc, eq, lte, sql, type SQL } from "drizzle-orm";
import { pledgeEvents, pledges, type Campaign } from "../../db/schema";
import { originOf, pledgedAtFrom, replay, stateOn, type TimelineEvent } from "../domain/pledgeTimeline";
import { percentOf } from "../domain/money";
import type { Reader } from "../../db/open";
import { PUBLIC_KINDS } from "../domain/codes";

interface SponsorRow {
  sponsorId: number;
  name: string;
  kind: string;
  country: string;
  sector: string | null;
  membershipType: string | null;
  cashCents: number;
  inKindCents: number;
  pledgeCount: number;
}

interface RaiserRow {
  raisedBySponsorId: number | null;
  name: string;
  cashCents: number;
  inKindCents: number;
  pledgeCount: number;
  sponsorCount: number;
}

export const TOP_SPONSORS = 10;
export const TOP_RAISERS = 10;

/** Each pledge of the campaign as it stood at the end of `asOf`, as known at `knownAt`. */
function pledgesAsOf(db: Reader, campaignId: number, asOf: string, today: string, knownAt: number | null): SQL {
  if (asOf >= today && knownAt === null) {
    return sql`select id as pledge_id, sponsor_id, status, amount_cents, type, raised_by_sponsor_id, raised_by_name, conditional
      from pledges where campaign_id = ${campaignId}`;
  }
  const states = pastStates(db, campaignId, asOf, knownAt);
  return sql`select p.id as pledge_id, p.sponsor_id, json_extract(j.value, '$[1]') as status,
      json_extract(j.value, '$[2]') as amount_cents, json_extract(j.value, '$[3]') as type,
      p.raised_by_sponsor_id, p.raised_by_name, p.conditional
    from json_each(${JSON.stringify(states)}) j join pledges p on p.id = json_extract(j.value, '$[0]')`;
}

/** [pledgeId, status, amountCents, type] of each pledge that existed at the end of `asOf`. */
function pastStates(db: Reader, campaignId: number, asOf: string, knownAt: number | null) {
  const known = knownAt === null ? undefined : lte(pledgeEvents.createdAt, knownAt);
  const events = db
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
  const out: [number, string, number, string][] = [];
  let from = 0;
  while (from < events.length) {
    let to = from;
    while (to < events.length && events[to].pledgeId === events[from].pledgeId) to++;
    const own: TimelineEvent[] = events.slice(from, to);
    const pledgeId = events[from].pledgeId;
    from = to;
    if (!own.some((e) => e.kind === "created")) continue;
    const origin = originOf(own, { pledgedAt: pledgedAtFrom(own), sponsorId: sponsorOf.get(pledgeId) ?? 0, plan: [] });
    const state = stateOn(replay(own, origin), asOf);
    if (state) out.push([pledgeId, state.status, state.amountCents, state.type]);
  }
  return out;
}

export function readBreakdowns(
  db: Reader,
  campaign: Campaign,
  asOf: string,
  today: string,
  knownAt: number | null = null,
) {
  const state = pledgesAsOf(db, campaign.id, asOf, today, knownAt);
  const perSponsor = db.all<SponsorRow>(sql`with state as (${state})
    select s.id as sponsorId, s.name, s.kind, s.country, s.sector, s.membership_type as membershipType,
      sum(case when st.type = 'cash' then st.amount_cents else 0 end) as cashCents,
      sum(case when st.type = 'in_kind' then st.amount_cents else 0 end) as inKindCents,
      count(*) as pledgeCount
    from state st join sponsors s on s.id = st.sponsor_id
    where st.status in ('confirmed', 'paid')
    group by s.id`);
  const raisers = db.all<RaiserRow>(sql`with state as (${state})
    select st.raised_by_sponsor_id as raisedBySponsorId, coalesce(rs.name, min(trim(st.raised_by_name))) as name,
      sum(case when st.type = 'cash' then st.amount_cents else 0 end) as cashCents,
      sum(case when st.type = 'in_kind' then st.amount_cents else 0 end) as inKindCents,
      count(*) as pledgeCount, count(distinct st.sponsor_id) as sponsorCount
    from state st left join sponsors rs on rs.id = st.raised_by_sponsor_id
    where st.status in ('confirmed', 'paid') and (st.raised_by_sponsor_id is not null or trim(coalesce(st.raised_by_name, '')) <> '')
    group by st.raised_by_sponsor_id, case when st.raised_by_sponsor_id is null then lower(trim(st.raised_by_name)) end`);

  const conditional = db.get<{ cashCents: number | null; inKindCents: number | null }>(sql`with state as (${state})
    select sum(case when type = 'cash' then amount_cents else 0 end) as cashCents,
      sum(case when type = 'in_kind' then amount_cents else 0 end) as inKindCents
    from state where status in ('confirmed', 'paid') and conditional = 1`);

  const share = campaign.inKindSharePercent;
  const counted = (r: { cashCents: number; inKindCents: number }) => r.cashCents + percentOf(r.inKindCents, share);
  const isPublic = (kind: string) => (PUBLIC_KINDS as readonly string[]).includes(kind);
  return {
    asOf,
    /** Binding conditional pledges, counted: what lapses if the application is rejected (the "what if" switch). */
    conditionalCountedCents: counted({
      cashCents: conditional?.cashCents ?? 0,
      inKindCents: conditional?.inKindCents ?? 0,
    }),
    bySector: groupBy(perSponsor, (s) => s.sector, counted),
    byMembership: groupBy(perSponsor, (s) => s.membershipType, counted),
    publicPrivate: (["public", "private"] as const).map((origin) => {
      const group = perSponsor.filter((s) => isPublic(s.kind) === (origin === "public"));
      return { origin, countedCents: counted(sumMoney(group)), sponsorCount: group.length };
    }),
    topSponsors: perSponsor
      .map((s) => ({
        sponsorId: s.sponsorId,
        name: s.name,
        kind: s.kind,
        country: s.country,
        countedCents: counted(s),
        pledgeCount: s.pledgeCount,
      }))
      .sort((a, b) => b.countedCents - a.countedCents || a.name.localeCompare(b.name))
      .slice(0, TOP_SPONSORS),
    raisedBy: raisers
      .map((r) => ({
        raisedBySponsorId: r.raisedBySponsorId,
        name: r.name,
        countedCents: counted(r),
        pledgeCount: r.pledgeCount,
        sponsorCount: r.sponsorCount,
      }))
      .sort((a, b) => b.countedCents - a.countedCents || a.name.localeCompare(b.name))
      .slice(0, TOP_RAISERS),
  };
}

export type Breakdowns = ReturnType<typeof readBreakdowns>;

function sumMoney(rows: readonly SponsorRow[]) {
  return rows.reduce(
    (sum, r) => ({ cashCents: sum.cashCents + r.cashCents, inKindCents: sum.inKindCents + r.inKindCents }),
    { cashCents: 0, inKindCents: 0 },
  );
}

/** Counted own funds and sponsors per value of a sponsor field; no value is `null`, largest first. */
function groupBy(
  rows: readonly SponsorRow[],
  keyOf: (s: SponsorRow) => string | null,
  counted: (m: { cashCents: number; inKindCents: number }) => number,
) {
  const groups = new Map<string | null, SponsorRow[]>();
  for (const row of rows) {
    const key = keyOf(row)?.trim() || null;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups]
    .map(([value, group]) => ({ value, countedCents: counted(sumMoney(group)), sponsorCount: group.length }))
    .sort((a, b) => b.countedCents - a.countedCents);
}
