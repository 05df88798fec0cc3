import { z } from "zod";
import { campaignFor } from "../../access";
import { berlinDay } from "../../domain/dates";
import { readPipeline } from "../../queries/pipeline";
import { staffProcedure } from "../../trpc";
import { id, pageLimit, pastView } from "../inputs";
import { viewDay } from "../viewDay";

/**
 * Organiser, committee, admin: intent money by sponsor and age, and open conditional pledges,
 * at the end of `asOf` (default today) as recorded by `knownAt`.
 */
export const campaignPipeline = staffProcedure
  .input(z.object({ campaignId: id, limit: pageLimit.default(50), ...pastView }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    const { asOf, knownAt } = viewDay(input, ctx.now());
    const today = berlinDay(ctx.now());
    return readPipeline(ctx.db, campaign.id, asOf > today ? today : asOf, input.limit, today, knownAt);
  });
