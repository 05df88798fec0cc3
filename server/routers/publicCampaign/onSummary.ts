import { z } from "zod";
import { berlinDay } from "../../domain/dates";
import { liveDigests } from "../../live/digests";
import { publicFigures } from "../../queries/publicCampaign";
import { liveStream, publicProcedure } from "../../trpc";
import { id } from "../inputs";
import { publicCampaignOf } from "./load";

/**
 * Anyone, live (SSE; the Funding-Barometer): `get` without the supporters, at once and after
 * every change. NOT_FOUND while the public page is off; checked again on every change, so
 * switching the page off ends the stream. The figures are computed once per change for all
 * the campaign's public streams; each address may hold LIVE_STREAMS_PER_ADDRESS of them open
 * (more are answered 429: http/liveStreamCap.ts).
 */
export const publicCampaignOnSummary = publicProcedure
  .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
  .subscription(({ ctx, input, signal }) =>
    liveStream(async function* () {
      const check = () => {
        const day = berlinDay(ctx.now());
        return {
          key: `public/${day}`,
          wakeOn: [],
          read: () => publicFigures(ctx.db, publicCampaignOf(ctx.db, input.campaignId), day),
        };
      };
      yield* liveDigests(ctx.services, input.campaignId, check, { lastEventId: input.lastEventId, signal });
    }),
  );
