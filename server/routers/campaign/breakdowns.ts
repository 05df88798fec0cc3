import { z } from "zod";
import { campaignFor } from "../../access";
import { berlinDay } from "../../domain/dates";
import { readBreakdowns } from "../../queries/breakdowns";
import { staffProcedure } from "../../trpc";
import { businessDate, id } from "../inputs";

/** Organiser, committee, admin: counted own funds by sector, membership, public/private, top sponsors, raisers. */
export const campaignBreakdowns = staffProcedure
  .input(z.object({ campaignId: id, asOf: businessDate.optional() }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    const today = berlinDay(ctx.now());
    return readBreakdowns(ctx.db, campaign, input.asOf ?? today, today);
  });
