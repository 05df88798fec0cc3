import { adminProcedure } from "../../trpc";
import { campaignView } from "../views";
import { columnsOf, updateCampaignInput } from "./fields";

/**
 * Admin: change settings and the application status (dated `applicationStatusAt`, default
 * today); a rejection lapses conditional pledges on that day. The changed terms hold from that
 * day on (campaign_settings), earlier days keep theirs. The grant (`grantCents`) is recorded
 * once the application is approved; `retentionPercent` is the share held back (default 10).
 */
export const campaignUpdate = adminProcedure.input(updateCampaignInput).mutation(async ({ ctx, input }) => {
  const { campaignId, expectedVersion, applicationStatus, applicationStatusAt, publicPage, ...rest } = input;
  const { grantCents, retentionPercent, ...fields } = rest;
  const actor = { userId: ctx.user.id, now: ctx.now() };
  const columns = {
    ...columnsOf(fields),
    ...(grantCents !== undefined && { grantCents }),
    ...(retentionPercent !== undefined && { retentionPercent }),
  };
  const update = { campaignId, expectedVersion, columns, applicationStatus, applicationStatusAt, publicPage };
  const row = await ctx.services.ledger.run((c) => c.updateCampaign(actor, update));
  return campaignView(row, "admin");
});
