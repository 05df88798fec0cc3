import { z } from "zod";
import { campaignForViewer } from "../../access";
import { berlinDay } from "../../domain/dates";
import { accessTopicsOf } from "../../live/changeFeed";
import { liveDigests } from "../../live/digests";
import { stateShareOf } from "../../queries/drawdown";
import { readSummary } from "../../queries/summary";
import { liveStream, sessionProcedure } from "../../trpc";
import { id } from "../inputs";
import { summaryView } from "../views";

/**
 * As campaign.summary, live: the current summary at once, then again after every change
 * that alters it. Each event's id is a digest of its content, so a client that reconnects
 * with its last id gets the summary only if it changed meanwhile, and never misses one.
 * Access is checked again before every event, and a change of it (sign-out, password reset,
 * user disabled, role taken away, sponsor links revoked) wakes the stream: it ends with
 * UNAUTHORIZED once the session is gone, NOT_FOUND once the campaign is out of reach.
 * Staff streams share one summary per change, a sponsor's streams one per sponsor; the
 * staff's also carries the state's calls and payments to date (`stateShare`).
 */
export const campaignOnSummary = sessionProcedure
  .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
  .subscription(({ ctx, input, signal }) =>
    liveStream(async function* () {
      const check = () => {
        const who = ctx.whoNow();
        const { campaign, viewer } = campaignForViewer(ctx.services.lookups, who, input.campaignId);
        const day = berlinDay(ctx.now());
        return {
          key: `${viewer.kind === "staff" ? "staff" : `sponsor:${viewer.sponsorId}`}/${day}`,
          wakeOn: accessTopicsOf(who),
          read: () => {
            const summary = summaryView(readSummary(ctx.db, campaign, day), viewer);
            // The state's calls and payments change no figure of own funds, yet the dashboard's
            // Landesmittel card follows them: with them in staff's summary, a call wakes it too.
            return viewer.kind === "staff"
              ? { ...summary, stateShare: stateShareOf(ctx.db, campaign.id, day) }
              : summary;
          },
        };
      };
      yield* liveDigests(ctx.services, input.campaignId, check, { lastEventId: input.lastEventId, signal });
    }),
  );
