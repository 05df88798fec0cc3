import { z } from "zod";
import { berlinDay } from "../../domain/dates";
import { publicFigures, publicSupporters } from "../../queries/publicCampaign";
import { publicProcedure } from "../../trpc";
import { id } from "../inputs";
import { publicCampaignOf } from "./load";

/** Anyone: the public figures and the listed supporters; NOT_FOUND while the campaign's public page is off. */
export const publicCampaignGet = publicProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
  const campaign = publicCampaignOf(ctx.db, input.campaignId);
  return { ...publicFigures(ctx.db, campaign, berlinDay(ctx.now())), supporters: publicSupporters(ctx.db, campaign) };
});
