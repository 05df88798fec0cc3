// Reading campaigns.
import { and, eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { campaigns, type Campaign } from "../../db/schema";

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
