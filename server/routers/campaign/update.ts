import { adminProcedure } from "../../trpc";
import { campaignView } from "../views";
import { columnsOf, updateCampaignInput } from "./fields";

/** Admin: change settings and the application status; a rejection lapses conditional pledges. */
export const campaignUpdate = adminProcedure.input(updateCampaignInput).mutation(async ({ ctx, input }) => {
  const { campaignId, expectedVersion, applicationStatus, publicPage, ...fields } = input;
  const actor = { userId: ctx.user.id, now: ctx.now() };
  const update = { campaignId, expectedVersion, columns: columnsOf(fields), applicationStatus, publicPage };
  const row = await ctx.services.ledger.run((c) => c.updateCampaign(actor, update));
  return campaignView(row, "admin");
});
