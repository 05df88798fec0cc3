// Reading campaigns.
import { and, eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { campaignSettings, campaigns, type Campaign } from "../../db/schema";
import { termsOn } from "../domain/campaignTerms";

/** Every campaign, oldest first; who may see which is access.ts's question. */
export function listCampaigns(db: Reader): Campaign[] {
  return db.select().from(campaigns).orderBy(campaigns.id).all();
}

export function campaignById(db: Reader, campaignId: number): Campaign | undefined {
  return db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
}

/** The campaign if its public page is switched on. */
export function publicCampaignById(db: Reader, campaignId: number): Campaign | undefined {
  return db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.publicPage, true)))
    .get();
}

/**
 * The campaign with the terms (target, rules, match, application status) it had at the end of
 * `asOf`, as recorded by `knownAt` (null: everything recorded).
 */
export function campaignOn(db: Reader, campaign: Campaign, asOf: string, knownAt: number | null): Campaign {
  const changes = db
    .select({
      id: campaignSettings.id,
      fromDay: campaignSettings.fromDay,
      recordedAt: campaignSettings.recordedAt,
      terms: campaignSettings.terms,
    })
    .from(campaignSettings)
    .where(eq(campaignSettings.campaignId, campaign.id))
    .all();
  return termsOn(campaign, changes, asOf, knownAt);
}
