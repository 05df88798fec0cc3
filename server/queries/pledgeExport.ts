// The pledges export: one row per pledge, oldest first, read in pages along the
// (campaign_id, id) index so 100,000 pledges never sit in one query result.
import { and, asc, eq, gt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/open";
import { pledges, sponsors } from "../../db/schema";
import type { PledgeStatus, PledgeType } from "../domain/codes";
import { pastStates } from "./pledgeStates";

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
      contribution: pledges.contribution,
      vatRatePercent: pledges.vatRatePercent,
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

/** A past view of the export: the pledges as they stood at the end of `asOf`, as recorded by `knownAt`. */
export interface PastView {
  asOf: string;
  knownAt: number | null;
}

/**
 * The campaign's pledges, a page at a time, yielding to the event loop between pages so a
 * long export does not hold up other requests. Each page is read as it stands then; with a
 * past view, only the pledges that existed that day, with that day's status, amount, type,
 * date and money received (their events replayed once, before the first page).
 */
export async function* pledgePages(
  db: Db,
  campaignId: number,
  pageSize = PLEDGE_PAGE_SIZE,
  past: PastView | null = null,
): AsyncGenerator<PledgeExportRow[]> {
  const states = past
    ? new Map(pastStates(db, campaignId, past.asOf, past.knownAt).map((s) => [s[0], s] as const))
    : null;
  let afterId = 0;
  for (;;) {
    const rows = selectPage(db, campaignId, afterId, pageSize);
    const page = states
      ? rows.flatMap((row) => {
          const state = states.get(row.id);
          if (!state) return [];
          const [, status, amountCents, type, pledgedAt, receivedCents] = state;
          return [
            { ...row, status: status as PledgeStatus, amountCents, type: type as PledgeType, pledgedAt, receivedCents },
          ];
        })
      : rows;
    if (page.length > 0) yield page;
    if (rows.length < pageSize) return;
    afterId = rows[rows.length - 1].id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
