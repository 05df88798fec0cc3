import { z } from "zod";
import { berlinDay } from "../../domain/dates";
import { liveDigests } from "../../live/digests";
import { publicFigures } from "../../queries/publicCampaign";
import { liveStream, publicProcedure } from "../../trpc";
import { id } from "../inputs";
import { publicCampaignOf } from "./load";

/**
 * Anyone, live (SSE; the Funding-Barometer): `get` without the supporters, at once and after
 * every change. NOT_FOUND while the public page is off; checked again on every round, so
 * switching the page off ends the stream.
 */
export const publicCampaignOnSummary = publicProcedure
  .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
  .subscription(({ ctx, input, signal }) =>
    liveStream(async function* () {
      const read = () => publicFigures(ctx.db, publicCampaignOf(ctx.db, input.campaignId), berlinDay(ctx.now()));
      yield* liveDigests(ctx.services.feed, input.campaignId, read, { lastEventId: input.lastEventId, signal });
    }),
  );
