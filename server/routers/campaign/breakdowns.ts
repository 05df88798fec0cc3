import { z } from "zod";
import { campaignFor } from "../../access";
import { berlinDay } from "../../domain/dates";
import { readBreakdowns } from "../../queries/breakdowns";
import { staffProcedure } from "../../trpc";
import { id, pastView } from "../inputs";
import { viewDay } from "../viewDay";

/** Organiser, committee, admin: counted own funds by sector, membership, public/private, top sponsors, raisers. */
export const campaignBreakdowns = staffProcedure
  .input(z.object({ campaignId: id, ...pastView }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    const { asOf, knownAt } = viewDay(input, ctx.now());
    return readBreakdowns(ctx.db, campaign, asOf, berlinDay(ctx.now()), knownAt);
  });
