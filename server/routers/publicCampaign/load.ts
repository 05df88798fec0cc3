import type { Reader } from "../../../db/open";
import type { Campaign } from "../../../db/schema";
import { notFound } from "../../domain/errors";
import { publicCampaignById } from "../../queries/campaigns";

/** A campaign whose public page is on; NOT_FOUND otherwise (or when there is none). */
export function publicCampaignOf(db: Reader, campaignId: number): Campaign {
  const campaign = publicCampaignById(db, campaignId);
  if (!campaign) throw notFound("campaign");
  return campaign;
}
