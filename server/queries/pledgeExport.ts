// The pledges export: one row per pledge, oldest first, read in pages along the
// (campaign_id, id) index so 100,000 pledges never sit in one query result.
import { and, asc, eq, gt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/open";
import { pledges, sponsors } from "../../db/schema";

const raisedBy = alias(sponsors, "raised_by");

function selectPage(db: Db, campaignId: number, afterId: number, limit: number) {
  return db
    .select({
      id: pledges.id,
      sponsorName: sponsors.name,
      sponsorKind: sponsors.kind,
      country: sponsors.country,
      amountCents: pledges.amountCents,
      type: pledges.type,
      status: pledges.status,
      pledgedAt: pledges.pledgedAt,
      receivedCents: pledges.receivedCents,
      conditional: pledges.conditional,
      raisedBySponsorName: raisedBy.name,
      raisedByName: pledges.raisedByName,
      note: pledges.note,
      createdAt: pledges.createdAt,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .leftJoin(raisedBy, eq(raisedBy.id, pledges.raisedBySponsorId))
    .where(and(eq(pledges.campaignId, campaignId), gt(pledges.id, afterId)))
    .orderBy(asc(pledges.id))
    .limit(limit)
    .all();
}

export type PledgeExportRow = ReturnType<typeof selectPage>[number];

export const PLEDGE_PAGE_SIZE = 2_000;

/**
 * The campaign's pledges, a page at a time, yielding to the event loop between pages so a
 * long export does not hold up other requests. Each page is read as it stands then.
 */
export async function* pledgePages(
  db: Db,
  campaignId: number,
  pageSize = PLEDGE_PAGE_SIZE,
): AsyncGenerator<PledgeExportRow[]> {
  let afterId = 0;
  for (;;) {
    const page = selectPage(db, campaignId, afterId, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    afterId = page[page.length - 1].id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
