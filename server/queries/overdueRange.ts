// Whether a campaign's overdue pledges are few enough to read as the partial index's range
// (pledges_campaign_overdue) and sort for a page. Counted from overdue_totals (kept by the
// triggers of migration 0017): a sum over due days, not a look at the pledges.
import { and, eq, lt, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { overdueTotals } from "../../db/schema";

/**
 * Above this many, sorting them all for one page costs more than walking the page order and
 * testing each pledge: at 1M pledges, 50,000 overdue took 110 ms to sort, while a walk meets
 * 50 of 2,000 overdue after ~25,000 rows (~10 ms).
 */
const MANY_OVERDUE = 2_000;

export function fewOverdue(db: Reader, campaignId: number, today: string): boolean {
  const row = db
    .select({ n: sql<number>`coalesce(sum(${overdueTotals.pledgeCount}), 0)` })
    .from(overdueTotals)
    .where(and(eq(overdueTotals.campaignId, campaignId), lt(overdueTotals.day, today)))
    .get();
  return (row?.n ?? 0) <= MANY_OVERDUE;
}
