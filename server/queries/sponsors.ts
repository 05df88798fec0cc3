// Reading sponsors: one by id, the live ones of a campaign, their membership types, and their binding money.
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledges, sponsors, type Sponsor } from "../../db/schema";

export function sponsorById(db: Reader, sponsorId: number): Sponsor | undefined {
  return db.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
}

/** The campaign's sponsors not merged into another. */
export function liveSponsorsOf(db: Reader, campaignId: number): Sponsor[] {
  return db
    .select()
    .from(sponsors)
    .where(and(eq(sponsors.campaignId, campaignId), isNull(sponsors.mergedIntoId)))
    .all();
}

/** The membership types the campaign's live sponsors have, each once, in alphabetical order. */
export function membershipTypesOf(db: Reader, campaignId: number): string[] {
  return db
    .selectDistinct({ value: sponsors.membershipType })
    .from(sponsors)
    .where(and(eq(sponsors.campaignId, campaignId), isNull(sponsors.mergedIntoId), isNotNull(sponsors.membershipType)))
    .orderBy(sponsors.membershipType)
    .all()
    .flatMap((r) => (r.value === null ? [] : [r.value]));
}

/** Binding = confirmed or paid, as the summary counts them. */
export const BINDING = sql`${pledges.status} IN ('confirmed', 'paid')`;

export interface SponsorPledgeFigures {
  bindingCents: number;
  pledgeCount: number;
}

/** Binding cents and the number of pledges (any status) of each of the sponsors, in one grouped query. */
export function pledgeFiguresOf(db: Reader, sponsorIds: readonly number[]): Map<number, SponsorPledgeFigures> {
  if (sponsorIds.length === 0) return new Map();
  const rows = db
    .select({
      sponsorId: pledges.sponsorId,
      bindingCents: sql<number>`coalesce(sum(CASE WHEN ${BINDING} THEN ${pledges.amountCents} ELSE 0 END), 0)`,
      pledgeCount: sql<number>`count(*)`,
    })
    .from(pledges)
    .where(inArray(pledges.sponsorId, [...sponsorIds]))
    .groupBy(pledges.sponsorId)
    .all();
  return new Map(rows.map((r) => [r.sponsorId, { bindingCents: r.bindingCents, pledgeCount: r.pledgeCount }]));
}
