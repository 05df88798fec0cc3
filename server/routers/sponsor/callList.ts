import { z } from "zod";
import { campaignFor } from "../../access";
import { berlinDay } from "../../domain/dates";
import { callList } from "../../queries/followUp";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/**
 * Organiser, admin: "Meine Anrufliste" — the caller's sponsors whose next contact is today or
 * earlier, the longest due first, each with its last contact and its open intents.
 */
export const sponsorCallList = staffProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const today = berlinDay(ctx.now());
  return { today, items: callList(ctx.db, campaign.id, ctx.user.id, today) };
});
