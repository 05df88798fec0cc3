import { router } from "../../trpc";
import { publicCampaignGet } from "./get";
import { publicCampaignOnSummary } from "./onSummary";

/** The public page of a campaign, when an admin switched it on. No session needed. */
export const publicCampaignRouter = router({
  get: publicCampaignGet,
  onSummary: publicCampaignOnSummary,
});
