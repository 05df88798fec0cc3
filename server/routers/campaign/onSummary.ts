import { z } from "zod";
import { campaignForViewer } from "../../access";
import { berlinDay } from "../../domain/dates";
import { liveDigests } from "../../live/digests";
import { readSummary } from "../../queries/summary";
import { liveStream, sessionProcedure } from "../../trpc";
import { id } from "../inputs";
import { summaryView } from "../views";

/**
 * As campaign.summary, live: the current summary at once, then again after every change
 * that alters it. Each event's id is a digest of its content, so a client that reconnects
 * with its last id gets the summary only if it changed meanwhile, and never misses one.
 */
export const campaignOnSummary = sessionProcedure
  .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
  .subscription(({ ctx, input, signal }) =>
    liveStream(async function* () {
      const { lookups, feed } = ctx.services;
      const { viewer } = campaignForViewer(lookups, ctx, input.campaignId);
      const read = () => {
        const { campaign } = campaignForViewer(lookups, ctx, input.campaignId);
        return summaryView(readSummary(ctx.db, campaign, berlinDay(ctx.now())), viewer);
      };
      yield* liveDigests(feed, input.campaignId, read, { lastEventId: input.lastEventId, signal });
    }),
  );
