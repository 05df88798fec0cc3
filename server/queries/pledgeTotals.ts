// How many pledges the list's filter holds and what they add up to, over all pages.
// Counting a million pledges costs seconds, a page milliseconds; so where the filter is one
// the ledger's maintained figures are bucketed by (status, sponsor kind, country), the totals
// are read from figure_totals: a few hundred rows whatever the number of pledges. A filter by
// sponsor, or a name search, reads the matching sponsors' pledges through their index;
// "overdue" has no maintained figure and is counted over the confirmed pledges.
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { figureTotals, pledges, sponsors } from "../../db/schema";
import { likePattern, liveFilter, pastFilter, type PledgeFilters } from "./pledgeList";
import { pledgesAsOf } from "./pledgeStates";

export interface PledgeTotals {
  count: number;
  amountCents: number;
}

/** Whether the maintained figures answer this filter: all its parts are buckets of figure_totals. */
function bucketed(f: PledgeFilters): boolean {
  return f.sponsorId === undefined && !f.search && !f.overdue;
}

/**
 * Today's totals. figure_totals sums every event ever dated, i.e. each pledge as it stands
 * now (the oracle test in tests/api/aggregatesOracle.test.ts holds it to the pledges table).
 */
export function pledgeTotals(db: Reader, campaignId: number, f: PledgeFilters): PledgeTotals {
  if (bucketed(f)) {
    const row = db
      .select({
        count: sql<number>`coalesce(sum(${figureTotals.pledgeCount}), 0)`,
        amountCents: sql<number>`coalesce(sum(${figureTotals.amountCents}), 0)`,
      })
      .from(figureTotals)
      .where(
        and(
          eq(figureTotals.campaignId, campaignId),
          f.status ? eq(figureTotals.status, f.status) : undefined,
          f.kind ? eq(figureTotals.sponsorKind, f.kind) : undefined,
          f.country ? eq(figureTotals.country, f.country) : undefined,
        ),
      )
      .get();
    return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
  }
  if (f.search && !f.overdue && f.sponsorId === undefined) return searchTotals(db, campaignId, f);
  const row = db
    .select({
      count: sql<number>`count(*)`,
      amountCents: sql<number>`coalesce(sum(${pledges.amountCents}), 0)`,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(liveFilter(campaignId, f))
    .get();
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

/**
 * A name search: the matching sponsors first (one pass over the campaign's sponsors), then
 * their pledges through the sponsor index. Joined the other way round, SQLite walks all
 * pledges and tests each sponsor's name: seconds at 1M pledges even when one sponsor matches.
 */
function searchTotals(db: Reader, campaignId: number, f: PledgeFilters): PledgeTotals {
  const matching = db
    .select({ id: sponsors.id })
    .from(sponsors)
    .where(
      and(
        eq(sponsors.campaignId, campaignId),
        sql`${sponsors.nameKey} like ${likePattern(f.search)} escape '\\'`,
        f.kind ? eq(sponsors.kind, f.kind) : undefined,
        f.country ? eq(sponsors.country, f.country) : undefined,
      ),
    );
  const row = db
    .select({
      count: sql<number>`count(*)`,
      amountCents: sql<number>`coalesce(sum(${pledges.amountCents}), 0)`,
    })
    .from(pledges)
    .where(
      and(
        inArray(pledges.sponsorId, matching),
        // Unary plus keeps SQLite off the (campaign, …) indexes, which would walk every pledge.
        sql`+${pledges.campaignId} = ${campaignId}`,
        f.status ? sql`+${pledges.status} = ${f.status}` : undefined,
      ),
    )
    .get();
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

/** The totals of the list as it stood at the end of `asOf`, as recorded by `knownAt`. */
export function pledgeTotalsAsOf(
  db: Reader,
  campaignId: number,
  f: PledgeFilters,
  asOf: string,
  knownAt: number | null,
  state: SQL = pledgesAsOf(db, campaignId, asOf, f.today, knownAt),
): PledgeTotals {
  const conditions = pastFilter(f, asOf);
  const row = db.get<PledgeTotals>(
    sql`with state as (${state})
      select count(*) as count, coalesce(sum(st.amount_cents), 0) as amountCents
      from state st join sponsors s on s.id = st.sponsor_id
      ${conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}`,
  );
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}
