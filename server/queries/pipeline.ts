// The pipeline: intent money not yet confirmed, by sponsor and by how long it has waited, so
// the committee knows whom to call; and the conditional pledges that lapse if the application
// is rejected. As of a day (waiting counted to it), as known at a time: over the pledges as
// they stood then (pledgeStates.ts).
import { sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import type { PledgeStatus, SponsorKind } from "../domain/codes";
import { addDays, daysBetween } from "../domain/dates";
import { pledgesAsOf } from "./pledgeStates";

/** Waiting-time bands, in days since the intent was logged. */
export const AGE_BANDS = [
  { band: "week", maxDays: 7 },
  { band: "month", maxDays: 30 },
  { band: "quarter", maxDays: 90 },
  { band: "older", maxDays: null },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]["band"];

export function readPipeline(
  db: Reader,
  campaignId: number,
  asOf: string,
  limit: number,
  today: string = asOf,
  knownAt: number | null = null,
) {
  const state = pledgesAsOf(db, campaignId, asOf, today, knownAt);
  const bySponsor = db.all<{
    sponsorId: number;
    name: string;
    kind: string;
    country: string;
    intentCents: number;
    pledgeCount: number;
    oldestPledgedAt: string;
    conditional: number;
    ownerName: string | null;
    nextContactOn: string | null;
  }>(sql`with state as (${state})
    select st.sponsor_id as sponsorId, s.name, s.kind, s.country, sum(st.amount_cents) as intentCents,
      count(*) as pledgeCount, min(st.pledged_at) as oldestPledgedAt, max(st.conditional) as conditional,
      owner.name as ownerName, s.next_contact_on as nextContactOn
    from state st join sponsors s on s.id = st.sponsor_id left join users owner on owner.id = s.owner_user_id
    where st.status = 'intent'
    group by st.sponsor_id
    order by oldestPledgedAt asc, intentCents desc, st.sponsor_id asc`);

  const band = sql.join(
    AGE_BANDS.flatMap((b) =>
      b.maxDays === null ? [] : [sql`when pledged_at >= ${addDays(asOf, -b.maxDays)} then ${b.band}`],
    ),
    sql` `,
  );
  const bands = db.all<{ band: string; cents: number; pledgeCount: number }>(sql`with state as (${state})
    select case ${band} else 'older' end as band, sum(amount_cents) as cents, count(*) as pledgeCount
    from state where status = 'intent' group by 1`);

  const conditional = db.all<{
    pledgeId: number;
    sponsorId: number;
    name: string;
    amountCents: number;
    status: PledgeStatus;
    pledgedAt: string;
  }>(sql`with state as (${state})
    select st.pledge_id as pledgeId, st.sponsor_id as sponsorId, s.name, st.amount_cents as amountCents,
      st.status, st.pledged_at as pledgedAt
    from state st join sponsors s on s.id = st.sponsor_id
    where st.status in ('intent', 'confirmed') and st.conditional = 1
    order by st.amount_cents desc, st.pledge_id asc`);

  return {
    asOf,
    intentCents: bySponsor.reduce((sum, s) => sum + s.intentCents, 0),
    pledgeCount: bySponsor.reduce((sum, s) => sum + s.pledgeCount, 0),
    sponsorCount: bySponsor.length,
    ages: AGE_BANDS.map(({ band: name }) => {
      const row = bands.find((b) => b.band === name);
      return { band: name as AgeBand, cents: row?.cents ?? 0, pledgeCount: row?.pledgeCount ?? 0 };
    }),
    sponsors: bySponsor.slice(0, limit).map((s) => ({
      ...s,
      kind: s.kind as SponsorKind,
      conditional: s.conditional === 1,
      waitingDays: daysBetween(s.oldestPledgedAt, asOf),
    })),
    conditional: {
      cents: conditional.reduce((sum, p) => sum + p.amountCents, 0),
      bindingCents: conditional.filter((p) => p.status === "confirmed").reduce((sum, p) => sum + p.amountCents, 0),
      pledgeCount: conditional.length,
      pledges: conditional.slice(0, limit),
    },
  };
}

export type Pipeline = ReturnType<typeof readPipeline>;
