import { z } from "zod";
import { campaignForOverview } from "../../access";
import { readDrawdown } from "../../queries/drawdown";
import { staffProcedure } from "../../trpc";
import { id, pastView } from "../inputs";
import { viewDay } from "../viewDay";

/**
 * Organiser, committee, admin, funder: the drawdown of the state's share at the end of `asOf`
 * (default today in Berlin): own funds received (sponsoring net), the grant, its retention, what
 * was called and received, and what may be called now (`callableCents`, 0 before the grant).
 */
export const campaignDrawdown = staffProcedure
  .input(z.object({ campaignId: id, asOf: pastView.asOf }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignForOverview(ctx.services.lookups, ctx, input.campaignId);
    const { asOf } = viewDay(input, ctx.now());
    return readDrawdown(ctx.db, campaign, asOf);
  });
