// Later corrections to a past day: the changes recorded after `knownAt` whose business date
// is on or before `asOf`. Beside "as shown on 19.05.2016, 18:00" they say what has changed
// that day's figures since (a confirmation entered late, a payment booked on its bank date).
import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledgeEvents, pledges, sponsors } from "../../db/schema";

export const CORRECTIONS_SHOWN = 100;

export function readCorrections(db: Reader, campaignId: number, asOf: string, knownAt: number) {
  const later = and(
    eq(pledgeEvents.campaignId, campaignId),
    lte(pledgeEvents.at, asOf),
    gt(pledgeEvents.createdAt, knownAt),
  );
  const items = db
    .select({
      eventId: pledgeEvents.id,
      pledgeId: pledgeEvents.pledgeId,
      sponsorName: sponsors.name,
      kind: pledgeEvents.kind,
      at: pledgeEvents.at,
      recordedAt: pledgeEvents.createdAt,
      statusBefore: pledgeEvents.statusBefore,
      statusAfter: pledgeEvents.statusAfter,
      amountBeforeCents: pledgeEvents.amountBeforeCents,
      amountAfterCents: pledgeEvents.amountAfterCents,
      receivedBeforeCents: pledgeEvents.receivedBeforeCents,
      receivedAfterCents: pledgeEvents.receivedAfterCents,
    })
    .from(pledgeEvents)
    .innerJoin(pledges, eq(pledges.id, pledgeEvents.pledgeId))
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(later)
    .orderBy(desc(pledgeEvents.createdAt), desc(pledgeEvents.id))
    .limit(CORRECTIONS_SHOWN)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(pledgeEvents).where(later).get()?.n ?? 0;
  return {
    asOf,
    knownAt: new Date(knownAt).toISOString(),
    total,
    items: items.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt).toISOString() })),
  };
}
