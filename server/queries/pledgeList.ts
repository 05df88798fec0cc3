// The pledge list at volume: filters, sorting and keyset pagination. Each sort pages by
// (value, id) so a page costs an index range, not an OFFSET scan over 100,000 pledges.
import { and, asc, desc, eq, gt, inArray, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { pledges, sponsors } from "../../db/schema";
import type { Reader } from "../../db/open";
import type { PledgeStatus, PledgeType, SponsorKind } from "../domain/codes";
import { candidateSponsorIds, fewCandidates } from "./nameSearch";
import { fewOverdue } from "./overdueRange";
import { pledgesAsOf } from "./pledgeStates";

export const PLEDGE_SORTS = [
  "newest",
  "oldest",
  "amount_desc",
  "amount_asc",
  "date_desc",
  "date_asc",
  "sponsor",
] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

export interface PledgeFilters {
  status?: PledgeStatus;
  sponsorId?: number;
  kind?: SponsorKind;
  country?: string;
  /** Confirmed pledges with an installment due before `today` and not paid. */
  overdue?: boolean;
  /** Part of the sponsor's name. */
  search?: string;
  /**
   * Whether the trigram index narrows `search` to a few sponsors (fewCandidates), when the
   * caller asked it already (withNameCandidates); left out, it is asked where it is needed.
   */
  fewNameCandidates?: boolean;
  today: string;
}

const raisedBy = alias(sponsors, "raised_by");

const SORT_COLUMN: Record<PledgeSort, { column: SQLWrapper; direction: "asc" | "desc" }> = {
  newest: { column: pledges.id, direction: "desc" },
  oldest: { column: pledges.id, direction: "asc" },
  amount_desc: { column: pledges.amountCents, direction: "desc" },
  amount_asc: { column: pledges.amountCents, direction: "asc" },
  date_desc: { column: pledges.pledgedAt, direction: "desc" },
  date_asc: { column: pledges.pledgedAt, direction: "asc" },
  sponsor: { column: sponsors.nameKey, direction: "asc" },
};

export type PledgeCursor = [string | number, number];

export function encodeCursor(cursor: PledgeCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(text: string): PledgeCursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString());
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      ["string", "number"].includes(typeof value[0]) &&
      Number.isInteger(value[1])
    )
      return value as PledgeCursor;
  } catch {
    // not ours
  }
  return null;
}

/**
 * Overdue today: confirmed, and the first uncovered due date (pledges.overdue_from, kept with
 * every change of plan or payment; domain/overdue.ts) lies before today. Spelt as the partial
 * index pledges_campaign_overdue's own condition, so the page is an index range, not a look
 * at every pledge's installments.
 */
function overdueCondition(today: string): SQL {
  return sql`${pledges.status} = 'confirmed' and ${pledges.overdueFrom} is not null and ${pledges.overdueFrom} < ${today}`;
}

/**
 * The same condition where many pledges are overdue: the unary + keeps SQLite off the partial
 * index, whose range (50,000 of 1M pledges) it would read whole and sort for one page (110 ms);
 * walking the page order's index instead meets 50 overdue pledges after a few hundred rows.
 */
function overdueTest(today: string): SQL {
  return sql`+${pledges.status} = 'confirmed' and +${pledges.overdueFrom} < ${today}`;
}

/**
 * The filters with the trigram index's answer for their name search: today's page (liveFilter)
 * and its totals (pledgeTotals) both need it, and asked once it costs one count per request.
 */
export function withNameCandidates(db: Reader, f: PledgeFilters): PledgeFilters {
  if (!f.search || f.fewNameCandidates !== undefined) return f;
  return { ...f, fewNameCandidates: fewCandidates(db, f.search) };
}

export const likePattern = (search: string | undefined) =>
  search ? `%${search.toLocaleLowerCase("de-DE").replace(/[\\%_]/g, "\\$&")}%` : null;

/**
 * The list's filters over today's pledges (p) joined to their sponsors: the page and its
 * totals share them. With `db`, a name search the trigram index narrows to a few sponsors
 * also names their ids, so their pledges are read by index instead of walking them all; and
 * "overdue" is read as the partial index's range only where that range is short.
 */
export function liveFilter(campaignId: number, f: PledgeFilters, db?: Reader): SQL | undefined {
  const search = likePattern(f.search);
  const narrowed =
    f.search && db && (f.fewNameCandidates ?? fewCandidates(db, f.search)) ? candidateSponsorIds(f.search) : null;
  const overdue = !f.overdue
    ? undefined
    : db && !narrowed && !fewOverdue(db, campaignId, f.today)
      ? overdueTest(f.today)
      : overdueCondition(f.today);
  return and(
    // Narrowed, the unary + keeps SQLite off the campaign's indexes, which would walk every
    // pledge in page order and test each against the few sponsors: their pledges come first.
    narrowed ? sql`+${pledges.campaignId} = ${campaignId}` : eq(pledges.campaignId, campaignId),
    f.status ? eq(pledges.status, f.status) : undefined,
    f.sponsorId ? eq(pledges.sponsorId, f.sponsorId) : undefined,
    f.kind ? eq(sponsors.kind, f.kind) : undefined,
    f.country ? eq(sponsors.country, f.country) : undefined,
    overdue,
    search ? sql`${sponsors.nameKey} like ${search} escape '\\'` : undefined,
    narrowed ? inArray(pledges.sponsorId, narrowed) : undefined,
  );
}

/** The list's filters over the pledges as they stood on `asOf` (st) joined to today's sponsors (s). */
export function pastFilter(f: PledgeFilters, asOf: string): SQL[] {
  const search = likePattern(f.search);
  const dueBefore = sql`(select coalesce(sum(i.amount_cents), 0) from installments i where i.pledge_id = st.pledge_id and i.due_on < ${asOf})`;
  return [
    f.status ? sql`st.status = ${f.status}` : null,
    f.sponsorId ? sql`st.sponsor_id = ${f.sponsorId}` : null,
    f.kind ? sql`s.kind = ${f.kind}` : null,
    f.country ? sql`s.country = ${f.country}` : null,
    f.overdue ? sql`st.status = 'confirmed' and ${dueBefore} > st.received_cents` : null,
    search ? sql`s.name_key like ${search} escape '\\'` : null,
  ].filter((c): c is SQL => c !== null);
}

export function listPledges(
  db: Reader,
  campaignId: number,
  f: PledgeFilters,
  sort: PledgeSort,
  after: PledgeCursor | null,
  limit: number,
) {
  // The sort column is one of several typed columns; drizzle's operators cannot take the
  // union, so it is passed untyped (`as never`) — the value compared is the column's own.
  const { column, direction } = SORT_COLUMN[sort];
  const beyond = direction === "desc" ? lt : gt;
  const keyset = after
    ? or(
        beyond(column as never, after[0] as never),
        and(eq(column as never, after[0] as never), beyond(pledges.id, after[1])),
      )
    : undefined;
  const rows = db
    .select({
      pledge: pledges,
      sponsorName: sponsors.name,
      sponsorKind: sponsors.kind,
      sponsorCountry: sponsors.country,
      sortKey: sql<string | number>`${column}`,
      raisedBySponsorName: raisedBy.name,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .leftJoin(raisedBy, eq(raisedBy.id, pledges.raisedBySponsorId))
    .where(and(liveFilter(campaignId, f, db), keyset))
    .orderBy(
      direction === "desc" ? desc(column as never) : asc(column as never),
      direction === "desc" ? desc(pledges.id) : asc(pledges.id),
    )
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, next: rows.length > limit && last ? ([last.sortKey, last.pledge.id] as PledgeCursor) : null };
}

/** The sort keys of the list as of a day, over the pledges as they stood then (st) and today's rows (p, s). */
const PAST_SORT: Record<PledgeSort, { key: string; direction: "asc" | "desc" }> = {
  newest: { key: "st.pledge_id", direction: "desc" },
  oldest: { key: "st.pledge_id", direction: "asc" },
  amount_desc: { key: "st.amount_cents", direction: "desc" },
  amount_asc: { key: "st.amount_cents", direction: "asc" },
  date_desc: { key: "st.pledged_at", direction: "desc" },
  date_asc: { key: "st.pledged_at", direction: "asc" },
  sponsor: { key: "s.name_key", direction: "asc" },
};

/**
 * The list as the pledges stood at the end of `asOf`, as recorded by `knownAt`: only pledges
 * that existed then, with that day's status, amount, type, date and money received; filters
 * and sorting apply to those values and "overdue" means overdue on `asOf`. Rows keep today's
 * version: a past view is for reading.
 */
export function listPledgesAsOf(
  db: Reader,
  campaignId: number,
  f: PledgeFilters,
  sort: PledgeSort,
  after: PledgeCursor | null,
  limit: number,
  asOf: string,
  knownAt: number | null,
  // The replayed states, when the caller needs them for the totals too: replayed once.
  state: SQL = pledgesAsOf(db, campaignId, asOf, f.today, knownAt),
) {
  const { key, direction } = PAST_SORT[sort];
  const sortKey = sql.raw(key);
  const beyond = sql.raw(direction === "desc" ? "<" : ">");
  const conditions = [
    ...pastFilter(f, asOf),
    ...(after
      ? [sql`(${sortKey} ${beyond} ${after[0]} or (${sortKey} = ${after[0]} and st.pledge_id ${beyond} ${after[1]}))`]
      : []),
  ];
  const order = sql.raw(direction === "desc" ? "desc" : "asc");
  const keys = db.all<{
    id: number;
    sortKey: string | number;
    status: PledgeStatus;
    amountCents: number;
    type: string;
    pledgedAt: string;
    receivedCents: number;
  }>(
    sql`with state as (${state})
      select st.pledge_id as id, ${sortKey} as sortKey, st.status, st.amount_cents as amountCents, st.type,
        st.pledged_at as pledgedAt, st.received_cents as receivedCents
      from state st join sponsors s on s.id = st.sponsor_id
      ${conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
      order by ${sortKey} ${order}, st.pledge_id ${order}
      limit ${limit + 1}`,
  );
  const shown = keys.slice(0, limit);
  const rows =
    shown.length === 0
      ? []
      : db
          .select({
            pledge: pledges,
            sponsorName: sponsors.name,
            sponsorKind: sponsors.kind,
            sponsorCountry: sponsors.country,
            raisedBySponsorName: raisedBy.name,
          })
          .from(pledges)
          .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
          .leftJoin(raisedBy, eq(raisedBy.id, pledges.raisedBySponsorId))
          .where(
            inArray(
              pledges.id,
              shown.map((k) => k.id),
            ),
          )
          .all();
  const byId = new Map(rows.map((r) => [r.pledge.id, r]));
  const page = shown.flatMap((k) => {
    const row = byId.get(k.id);
    if (!row) return [];
    const { status, amountCents, pledgedAt, receivedCents } = k;
    return [
      { ...row, pledge: { ...row.pledge, status, amountCents, type: k.type as PledgeType, pledgedAt, receivedCents } },
    ];
  });
  const last = shown[shown.length - 1];
  return { page, next: keys.length > limit && last ? ([last.sortKey, last.id] as PledgeCursor) : null };
}
