import { adminProcedure } from "../../trpc";
import { campaignView } from "../views";
import { createCampaignInput, newCampaignColumns } from "./fields";

/** Admin: a new campaign; the match period starts at the deadline unless given. */
export const campaignCreate = adminProcedure.input(createCampaignInput).mutation(async ({ ctx, input }) => {
  const actor = { userId: ctx.user.id, now: ctx.now() };
  const row = await ctx.services.ledger.run((c) => c.createCampaign(actor, newCampaignColumns(input)));
  return campaignView(row, "admin");
});
