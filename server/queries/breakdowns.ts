// Breakdowns of the counted own funds beyond kind and country (those come with the summary):
// by sector, membership type, public vs private money, the top sponsors, and a raised-by
// leaderboard that credits whoever brought money in. Each pledge is taken as it stood at the
// end of `asOf`: from the pledges for today, from the replay of its events (in business order,
// back-dated ones included; with `knownAt`, only those recorded by then) for a past view.
import { sql } from "drizzle-orm";
import type { Campaign } from "../../db/schema";
import { pledgesAsOf } from "./pledgeStates";
import { netSql } from "./vatSql";
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

export function readBreakdowns(
  db: Reader,
  campaign: Campaign,
  asOf: string,
  today: string,
  knownAt: number | null = null,
) {
  const state = pledgesAsOf(db, campaign.id, asOf, today, knownAt);
  // Own funds: sponsoring counts its net (domain/vat.ts).
  const net = netSql("st.amount_cents", "st.vat_rate");
  const perSponsor = db.all<SponsorRow>(sql`with state as (${state})
    select s.id as sponsorId, s.name, s.kind, s.country, s.sector, s.membership_type as membershipType,
      sum(case when st.type = 'cash' then ${net} else 0 end) as cashCents,
      sum(case when st.type = 'in_kind' then ${net} else 0 end) as inKindCents,
      count(*) as pledgeCount
    from state st join sponsors s on s.id = st.sponsor_id
    where st.status in ('confirmed', 'paid')
    group by s.id`);
  const raisers = db.all<RaiserRow>(sql`with state as (${state})
    select st.raised_by_sponsor_id as raisedBySponsorId, coalesce(rs.name, min(trim(st.raised_by_name))) as name,
      sum(case when st.type = 'cash' then ${net} else 0 end) as cashCents,
      sum(case when st.type = 'in_kind' then ${net} else 0 end) as inKindCents,
      count(*) as pledgeCount, count(distinct st.sponsor_id) as sponsorCount
    from state st left join sponsors rs on rs.id = st.raised_by_sponsor_id
    where st.status in ('confirmed', 'paid') and (st.raised_by_sponsor_id is not null or trim(coalesce(st.raised_by_name, '')) <> '')
    group by st.raised_by_sponsor_id, case when st.raised_by_sponsor_id is null then lower(trim(st.raised_by_name)) end`);

  const conditional = db.get<{ cashCents: number | null; inKindCents: number | null }>(sql`with state as (${state})
    select sum(case when st.type = 'cash' then ${net} else 0 end) as cashCents,
      sum(case when st.type = 'in_kind' then ${net} else 0 end) as inKindCents
    from state st where status in ('confirmed', 'paid') and conditional = 1`);

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
