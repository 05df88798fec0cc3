// The sponsors page at volume: live sponsors searched and filtered by kind and country, by
// name (default), by binding amount (highest first) or newest first, keyset-paged so a page
// costs an index range. The cursor carries the last row's sort key and id.
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { figureTotals, pledges, sponsors, type Sponsor } from "../../db/schema";
import { BINDING_STATUSES, type SponsorKind } from "../domain/codes";
import { nameKeyOf } from "../domain/names";
import { directoryTotals } from "./sponsorDirectory";
import { BINDING, pledgeFiguresOf, type SponsorPledgeFigures } from "./sponsors";

export const SPONSOR_SORTS = ["name", "binding_desc", "newest"] as const;
export type SponsorSort = (typeof SPONSOR_SORTS)[number];

/** [nameKey, id] by name (the original format), [bindingCents, id] by binding amount, [id] newest. */
export type SponsorCursor = { key: string | number | null; lastId: number };

export function encodeSponsorCursor(key: string | number | null, lastId: number): string {
  return Buffer.from(JSON.stringify(key === null ? [lastId] : [key, lastId])).toString("base64url");
}

export function decodeSponsorCursor(text: string): SponsorCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString());
    if (Array.isArray(parsed) && parsed.length === 1 && Number.isInteger(parsed[0]))
      return { key: null, lastId: parsed[0] };
    const keyFits = Array.isArray(parsed) && (typeof parsed[0] === "string" || Number.isInteger(parsed[0]));
    if (keyFits && parsed.length === 2 && Number.isInteger(parsed[1])) return { key: parsed[0], lastId: parsed[1] };
  } catch {
    // not one of ours
  }
  return null;
}

/** Which cursor key each sort writes: a cursor of another sort is refused, not misread. */
export function cursorFits(sort: SponsorSort, c: SponsorCursor): boolean {
  return sort === "name"
    ? typeof c.key === "string"
    : sort === "binding_desc"
      ? typeof c.key === "number"
      : c.key === null;
}

export interface SponsorListParams {
  campaignId: number;
  search?: string;
  kind?: SponsorKind;
  country?: string;
  sort: SponsorSort;
  after?: SponsorCursor;
  limit: number;
}

export function listSponsors(
  db: Reader,
  params: SponsorListParams,
): { items: (Sponsor & SponsorPledgeFigures)[]; nextCursor: string | null } {
  const { campaignId, sort, after, limit } = params;
  const filter = sponsorFilter(params);
  // The binding amount per sponsor, for the sort by it: one grouped subquery over the campaign's pledges.
  const binding = db
    .select({ sponsorId: pledges.sponsorId, cents: sql<number>`sum(${pledges.amountCents})`.as("binding_cents") })
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), BINDING))
    .groupBy(pledges.sponsorId)
    .as("binding");
  const value = sort === "binding_desc" ? sql<number>`coalesce(${binding.cents}, 0)` : sql<number>`0`;
  const keyset = !after
    ? undefined
    : sort === "name"
      ? or(
          gt(sponsors.nameKey, after.key as string),
          and(eq(sponsors.nameKey, after.key as string), gt(sponsors.id, after.lastId)),
        )
      : sort === "binding_desc"
        ? or(lt(value, after.key as number), and(eq(value, after.key as number), gt(sponsors.id, after.lastId)))
        : lt(sponsors.id, after.lastId);
  const order =
    sort === "name"
      ? [asc(sponsors.nameKey), asc(sponsors.id)]
      : sort === "binding_desc"
        ? [desc(value), asc(sponsors.id)]
        : [desc(sponsors.id)];
  const query = db.select({ sponsor: sponsors, value }).from(sponsors);
  const rows = (sort === "binding_desc" ? query.leftJoin(binding, eq(binding.sponsorId, sponsors.id)) : query)
    .where(and(filter, keyset))
    .orderBy(...order)
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const figures = pledgeFiguresOf(
    db,
    page.map((r) => r.sponsor.id),
  );
  const last = page.at(-1);
  const nextCursor =
    rows.length <= limit || !last
      ? null
      : encodeSponsorCursor(
          sort === "name" ? last.sponsor.nameKey : sort === "binding_desc" ? last.value : null,
          last.sponsor.id,
        );
  return {
    items: page.map((r) => ({ ...r.sponsor, ...(figures.get(r.sponsor.id) ?? { bindingCents: 0, pledgeCount: 0 }) })),
    nextCursor,
  };
}

type SponsorFilter = Pick<SponsorListParams, "campaignId" | "search" | "kind" | "country">;

function sponsorFilter(params: SponsorFilter) {
  const search = params.search ? nameKeyOf(params.search) : "";
  return and(
    eq(sponsors.campaignId, params.campaignId),
    isNull(sponsors.mergedIntoId),
    search ? sql`${sponsors.nameKey} LIKE ${`%${search.replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'` : undefined,
    params.kind ? eq(sponsors.kind, params.kind) : undefined,
    params.country ? eq(sponsors.country, params.country) : undefined,
  );
}

/**
 * How many live sponsors the filter holds and the binding cents of their pledges: without a
 * name search from the maintained figures (by sponsor kind and country; a merged sponsor's
 * pledges moved to a live one), with one from the campaign's sponsors kept in memory
 * (sponsorDirectory.ts). While those are still loading after a start, a search's sponsors
 * are counted in SQL and `bindingCents` is null rather than a sum over every match's pledges.
 */
export function sponsorTotals(db: Reader, params: SponsorFilter): { count: number; bindingCents: number | null } {
  const needle = params.search ? nameKeyOf(params.search) : "";
  if (needle) {
    const fromMemory = directoryTotals(db, params.campaignId, {
      needle,
      kind: params.kind,
      country: params.country,
      statuses: BINDING_STATUSES,
      liveOnly: true,
    });
    if (fromMemory) return { count: fromMemory.sponsorCount, bindingCents: fromMemory.amountCents };
  }
  const counted = db.select({ count: count() }).from(sponsors).where(sponsorFilter(params)).get();
  if (needle) return { count: counted?.count ?? 0, bindingCents: null };
  const binding = db
    .select({ cents: sql<number>`coalesce(sum(${figureTotals.amountCents}), 0)` })
    .from(figureTotals)
    .where(
      and(
        eq(figureTotals.campaignId, params.campaignId),
        inArray(figureTotals.status, [...BINDING_STATUSES]),
        params.kind ? eq(figureTotals.sponsorKind, params.kind) : undefined,
        params.country ? eq(figureTotals.country, params.country) : undefined,
      ),
    )
    .get();
  return { count: counted?.count ?? 0, bindingCents: binding?.cents ?? 0 };
}
