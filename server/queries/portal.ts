// What the sponsor portal shows, read in one snapshot: the sponsor, its campaign and that
// campaign's summary, its own pledges with payments and schedules, and the pledges it raised.
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/open";
import { campaigns, payments, pledges, sponsors } from "../../db/schema";
import { notFound } from "../domain/errors";
import { readSchedules } from "./schedules";
import { readSummary } from "./summary";

const pledgedFor = alias(sponsors, "pledged_for");

export function readPortal(db: Db, sponsorId: number, today: string) {
  return db.transaction((tx) => {
    const sponsor = tx.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
    const campaign = sponsor && tx.select().from(campaigns).where(eq(campaigns.id, sponsor.campaignId)).get();
    if (!sponsor || !campaign) throw notFound("sponsor");
    const own = tx
      .select()
      .from(pledges)
      .where(eq(pledges.sponsorId, sponsor.id))
      .orderBy(asc(pledges.pledgedAt), asc(pledges.id))
      .all();
    const paid =
      own.length === 0
        ? []
        : tx
            .select()
            .from(payments)
            .where(
              inArray(
                payments.pledgeId,
                own.map((p) => p.id),
              ),
            )
            .orderBy(asc(payments.paidAt))
            .all();
    const raised = tx
      .select({ pledge: pledges, sponsorName: pledgedFor.name, sponsorListing: pledgedFor.listing })
      .from(pledges)
      .innerJoin(pledgedFor, eq(pledgedFor.id, pledges.sponsorId))
      .where(and(eq(pledges.campaignId, campaign.id), eq(pledges.raisedBySponsorId, sponsor.id)))
      .orderBy(asc(pledges.pledgedAt))
      .all();
    return {
      sponsor,
      campaign,
      summary: readSummary(tx, campaign, today),
      own,
      payments: paid,
      schedules: readSchedules(tx, own, campaign),
      raised,
    };
  });
}
