// The pledge list at volume: filters, sorting and keyset pagination. Each sort pages by
// (value, id) so a page costs an index range, not an OFFSET scan over 100,000 pledges.
import { and, asc, desc, eq, gt, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { installments, pledges, sponsors } from "../../db/schema";
import type { Reader } from "../../db/open";
import type { PledgeStatus, SponsorKind } from "../domain/codes";

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

function overdueCondition(today: string): SQL {
  const dueBefore = sql`(select coalesce(sum(${installments.amountCents}), 0) from ${installments} where ${installments.pledgeId} = ${pledges.id} and ${installments.dueOn} < ${today})`;
  return sql`${pledges.status} = 'confirmed' and ${dueBefore} > ${pledges.receivedCents}`;
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
  const search = f.search ? `%${f.search.toLocaleLowerCase("de-DE").replace(/[\\%_]/g, "\\$&")}%` : null;
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
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        f.status ? eq(pledges.status, f.status) : undefined,
        f.sponsorId ? eq(pledges.sponsorId, f.sponsorId) : undefined,
        f.kind ? eq(sponsors.kind, f.kind) : undefined,
        f.country ? eq(sponsors.country, f.country) : undefined,
        f.overdue ? overdueCondition(f.today) : undefined,
        search ? sql`${sponsors.nameKey} like ${search} escape '\\'` : undefined,
        keyset,
      ),
    )
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
