// The credits of bank statements that wait for staff (payment.reviewQueue): suggested and
// unmatched, oldest booking first, each with the pledge suggested for it, if any; or those
// marked as not the campaign's money, to take a mistake back.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { bankEntries, pledges, sponsors } from "../../db/schema";

/** At most this many per answer; `total` says how many wait. */
export const REVIEW_PAGE = 500;
const SHOWN = { waiting: ["suggested", "unmatched"], dismissed: ["dismissed"] } as const;
export type ReviewShow = keyof typeof SHOWN;

export function reviewQueue(db: Reader, campaignId: number, show: ReviewShow = "waiting") {
  const waiting = and(eq(bankEntries.campaignId, campaignId), inArray(bankEntries.state, [...SHOWN[show]]));
  const rows = db
    .select({
      entry: bankEntries,
      reference: pledges.reference,
      pledgeAmountCents: pledges.amountCents,
      pledgeReceivedCents: pledges.receivedCents,
      pledgeStatus: pledges.status,
      sponsorName: sponsors.name,
    })
    .from(bankEntries)
    .leftJoin(pledges, eq(pledges.id, bankEntries.pledgeId))
    .leftJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(waiting)
    .orderBy(asc(bankEntries.bookedOn), asc(bankEntries.id))
    .limit(REVIEW_PAGE)
    .all();
  const total = db.select({ n: count() }).from(bankEntries).where(waiting).get()?.n ?? 0;
  return { rows, total };
}
