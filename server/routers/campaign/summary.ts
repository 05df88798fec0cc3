import { z } from "zod";
import { campaignForViewer } from "../../access";
import { berlinDay } from "../../domain/dates";
import { readSummary } from "../../queries/summary";
import { sessionProcedure } from "../../trpc";
import { businessDate, id } from "../inputs";
import { summaryView } from "../views";

/**
 * Organiser, committee, admin: the figures at the end of `asOf` (default today).
 * A sponsor of the campaign: the overall figures only (`scope: "overall"`).
 */
export const campaignSummary = sessionProcedure
  .input(z.object({ campaignId: id, asOf: businessDate.optional() }))
  .query(({ ctx, input }) => {
    const { campaign, viewer } = campaignForViewer(ctx.services.lookups, ctx, input.campaignId);
    return summaryView(readSummary(ctx.db, campaign, input.asOf ?? berlinDay(ctx.now())), viewer);
  });
