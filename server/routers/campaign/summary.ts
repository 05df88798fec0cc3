import { z } from "zod";
import { campaignForOverview } from "../../access";
import { stateShareOf } from "../../queries/drawdown";
import { readSummary } from "../../queries/summary";
import { sessionProcedure } from "../../trpc";
import { id, pastView } from "../inputs";
import { summaryView } from "../views";
import { viewDay } from "../viewDay";

/**
 * Organiser, committee, admin: the figures at the end of `asOf` (default today, or the day of
 * `knownAt`), as recorded by `knownAt` when given (later corrections left out).
 * A sponsor or a funder of the campaign: the overall figures only (`scope: "overall"`).
 * Staff's also carries the state's calls and money received by then (`stateShare`).
 */
export const campaignSummary = sessionProcedure
  .input(z.object({ campaignId: id, ...pastView }))
  .query(({ ctx, input }) => {
    const { campaign, viewer } = campaignForOverview(ctx.services.lookups, ctx, input.campaignId);
    const { asOf, knownAt } = viewDay(input, ctx.now());
    const summary = summaryView(readSummary(ctx.db, campaign, asOf, knownAt), viewer);
    if (viewer.kind !== "staff") return summary;
    return { ...summary, stateShare: stateShareOf(ctx.db, campaign.id, asOf, knownAt) };
  });
