// The sponsors export: one row per sponsor in name order, with its binding pledged amount
// and number of pledges, in one grouped query (sponsors of one campaign are few; their
// pledges are reached through the pledges_sponsor index).
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/open";
import { pledges, sponsors } from "../../db/schema";

export function readSponsorRows(db: Db, campaignId: number) {
  return db
    .select({
      id: sponsors.id,
      name: sponsors.name,
      kind: sponsors.kind,
      country: sponsors.country,
      sector: sponsors.sector,
      vatId: sponsors.vatId,
      membershipType: sponsors.membershipType,
      contactName: sponsors.contactName,
      contactEmail: sponsors.contactEmail,
      listing: sponsors.listing,
      // Binding = confirmed or paid, as the summary counts them (CONTRACT.md "The summary").
      bindingCents: sql<number>`coalesce(sum(case when ${pledges.status} in ('confirmed', 'paid') then ${pledges.amountCents} end), 0)`,
      pledgeCount: sql<number>`count(${pledges.id})`,
    })
    .from(sponsors)
    .leftJoin(pledges, eq(pledges.sponsorId, sponsors.id))
    .where(eq(sponsors.campaignId, campaignId))
    .groupBy(sponsors.id)
    .orderBy(asc(sponsors.nameKey), asc(sponsors.id))
    .all();
}

export type SponsorExportRow = ReturnType<typeof readSponsorRows>[number];
