import { z } from "zod";
import { campaignFor } from "../../access";
import { berlinDay } from "../../domain/dates";
import { readPipeline } from "../../queries/pipeline";
import { staffProcedure } from "../../trpc";
import { id, pageLimit } from "../inputs";

/** Organiser, committee, admin: intent money by sponsor and age, and open conditional pledges. */
export const campaignPipeline = staffProcedure
  .input(z.object({ campaignId: id, limit: pageLimit.default(50) }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    return readPipeline(ctx.db, campaign.id, berlinDay(ctx.now()), input.limit);
  });
