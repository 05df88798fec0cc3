// How many pledges the list's filter holds and what they add up to, over all pages.
// Counting a million pledges costs seconds, a page milliseconds; so where the filter is one
// the ledger's maintained figures are bucketed by (status, sponsor kind, country), the totals
// are read from figure_totals: a few hundred rows whatever the number of pledges. A name
// search sums the matching sponsors' sponsor_totals, "overdue" the days of overdue_totals
// (both kept by triggers, migration 0017); a filter by sponsor reads its pledges by index,
// and the rarer mixes (overdue with a name, …) count the pledges the filter selects.
import { and, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { figureTotals, overdueTotals as overdueTotalsTable, pledges, sponsors, sponsorTotals } from "../../db/schema";
import { likePattern, liveFilter, pastFilter, type PledgeFilters } from "./pledgeList";
import { fewCandidates, searchPhrase } from "./nameSearch";
import { pledgesAsOf } from "./pledgeStates";
import { directoryTotals } from "./sponsorDirectory";

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
  if (bucketed(f)) return bucketTotals(db, campaignId, f);
  if (f.search && !f.overdue && f.sponsorId === undefined) return searchTotals(db, campaignId, f);
  if (f.overdue && !f.search && f.sponsorId === undefined) return overdueTotals(db, campaignId, f);
  const row = db
    .select({
      count: sql<number>`count(*)`,
      amountCents: sql<number>`coalesce(sum(${pledges.amountCents}), 0)`,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(liveFilter(campaignId, f, db))
    .get();
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

/** The totals of status, sponsor kind and country alone, from figure_totals (a search or sponsor is ignored). */
function bucketTotals(db: Reader, campaignId: number, f: PledgeFilters): PledgeTotals {
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

/** Up to this many sponsors outside a search, their totals are taken from the whole instead. */
const FEW_OUTSIDE = 2_000;

/**
 * A name search sums the matching sponsors' maintained figures (sponsor_totals), not their
 * pledges: O(matching sponsors). Candidates come from the trigram index (three characters or
 * more), and each is still held to the list's own LIKE, so the answer is the list's exactly.
 * A broad search ("gmbh", "1") is summed over the campaign's sponsors kept in memory
 * (sponsorDirectory.ts); until those are loaded, one nearly every sponsor matches is the
 * whole (figure_totals) less the few sponsors it misses, and the rest a pass over the names.
 */
function searchTotals(db: Reader, campaignId: number, f: PledgeFilters): PledgeTotals {
  const search = f.search ?? "";
  const few = f.fewNameCandidates ?? fewCandidates(db, search);
  if (!few && !search.includes("\u0000")) {
    const needle = search.toLocaleLowerCase("de-DE");
    const statuses = f.status ? [f.status] : undefined;
    const fromMemory = directoryTotals(db, campaignId, { needle, kind: f.kind, country: f.country, statuses });
    if (fromMemory) return { count: fromMemory.count, amountCents: fromMemory.amountCents };
    const outside = sponsorsOutside(db, campaignId, f, search);
    if (outside.length <= FEW_OUTSIDE) return minus(bucketTotals(db, campaignId, f), sumOf(db, outside, f));
  }
  // CROSS JOIN keeps SQLite's order: the index's few candidates first, not every sponsor
  // tested against the candidate list (23 ms for one match of 100,000 sponsors, now under 1).
  // Where the index names thousands (a legal form, "gmbh"), walking them costs more than
  // testing every name once: then the plain pass over the sponsors.
  const from = few
    ? sql`sponsor_name_search f cross join sponsors s on s.id = f.rowid and f.sponsor_name_search match ${searchPhrase(search)}`
    : sql`sponsors s`;
  const row = db.get<PledgeTotals>(
    sql`select coalesce(sum(t.pledge_count), 0) as count, coalesce(sum(t.amount_cents), 0) as amountCents
      from ${from} cross join sponsor_totals t on t.sponsor_id = s.id
      where s.campaign_id = ${campaignId}
        and s.name_key like ${likePattern(search)} escape '\\'
        ${f.kind ? sql`and s.kind = ${f.kind}` : sql``}
        ${f.country ? sql`and s.country = ${f.country}` : sql``}
        ${f.status ? sql`and t.status = ${f.status}` : sql``}`,
  );
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

/**
 * The campaign's sponsors of the filter's kind and country whose names do not hold the
 * search, up to FEW_OUTSIDE + 1 (then the pass stops: too many to subtract). Both the
 * name key and the search are lower-cased alike (domain/names.ts nameKeyOf), so instr finds
 * exactly what the list's LIKE '%search%' does, at about half its cost a name.
 */
function sponsorsOutside(db: Reader, campaignId: number, f: PledgeFilters, search: string): number[] {
  return db
    .all<{ id: number }>(
      sql`select s.id as id from sponsors s
        where s.campaign_id = ${campaignId}
          and instr(s.name_key, ${search.toLocaleLowerCase("de-DE")}) = 0
          ${f.kind ? sql`and s.kind = ${f.kind}` : sql``}
          ${f.country ? sql`and s.country = ${f.country}` : sql``}
        limit ${FEW_OUTSIDE + 1}`,
    )
    .map((r) => r.id);
}

/** What the given sponsors' pledges of the filter's status add up to (sponsor_totals). */
function sumOf(db: Reader, sponsorIds: readonly number[], f: PledgeFilters): PledgeTotals {
  if (sponsorIds.length === 0) return { count: 0, amountCents: 0 };
  const row = db
    .select({
      count: sql<number>`coalesce(sum(${sponsorTotals.pledgeCount}), 0)`,
      amountCents: sql<number>`coalesce(sum(${sponsorTotals.amountCents}), 0)`,
    })
    .from(sponsorTotals)
    .where(
      and(inArray(sponsorTotals.sponsorId, [...sponsorIds]), f.status ? eq(sponsorTotals.status, f.status) : undefined),
    )
    .get();
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

const minus = (a: PledgeTotals, b: PledgeTotals): PledgeTotals => ({
  count: a.count - b.count,
  amountCents: a.amountCents - b.amountCents,
});

/**
 * "Overdue" today: confirmed pledges whose first uncovered due date lies before today, summed
 * over the days of overdue_totals (O(due dates)). Only confirmed pledges are ever overdue.
 */
function overdueTotals(db: Reader, campaignId: number, f: PledgeFilters): PledgeTotals {
  if (f.status && f.status !== "confirmed") return { count: 0, amountCents: 0 };
  const row = db
    .select({
      count: sql<number>`coalesce(sum(${overdueTotalsTable.pledgeCount}), 0)`,
      amountCents: sql<number>`coalesce(sum(${overdueTotalsTable.amountCents}), 0)`,
    })
    .from(overdueTotalsTable)
    .where(
      and(
        eq(overdueTotalsTable.campaignId, campaignId),
        lt(overdueTotalsTable.day, f.today),
        f.kind ? eq(overdueTotalsTable.sponsorKind, f.kind) : undefined,
        f.country ? eq(overdueTotalsTable.country, f.country) : undefined,
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
