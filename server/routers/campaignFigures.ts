// The committee's figures beyond the summary: the pipeline, the breakdowns and the live
// summary (a subscription over SSE). Spread into the campaign router.
import { z } from "zod";
import { campaignFor, campaignForViewer, type Viewer } from "../access";
import type { Campaign } from "../../db/schema";
import { readBreakdowns } from "../committee/breakdowns";
import { liveDigests } from "../committee/liveDigests";
import { readPipeline } from "../committee/pipeline";
import { berlinDay } from "../domain/dates";
import { overallSummary } from "../domain/summary";
import { readSummary } from "../ledger/figuresRead";
import type { Reader } from "../ledger/tx";
import { sessionProcedure, staffProcedure } from "../trpc";
import { businessDate, id } from "../validation";

/** The summary as this viewer may see it: staff everything, a sponsor the overall figures. */
export function summaryFor(db: Reader, campaign: Campaign, viewer: Viewer, asOf: string) {
  const summary = readSummary(db, campaign, asOf);
  return viewer.kind === "staff" ? summary : overallSummary(summary);
}

export const campaignFigureProcedures = {
  /** Organiser, committee, admin: intent money by sponsor and age, and open conditional pledges. */
  pipeline: staffProcedure
    .input(z.object({ campaignId: id, limit: z.int().min(1).max(500).default(50) }))
    .query(({ ctx, input }) => {
      const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
      return readPipeline(ctx.db, campaign.id, berlinDay(ctx.now()), input.limit);
    }),

  /** Organiser, committee, admin: counted own funds by sector, membership, public/private, top sponsors, raisers. */
  breakdowns: staffProcedure
    .input(z.object({ campaignId: id, asOf: businessDate.optional() }))
    .query(({ ctx, input }) => {
      const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
      const today = berlinDay(ctx.now());
      return readBreakdowns(ctx.db, campaign, input.asOf ?? today, today);
    }),

  /**
   * As campaign.summary, live: the current summary at once, then again after every change
   * that alters it. Each event's id is a digest of its content, so a client that reconnects
   * with its last id gets the summary only if it changed meanwhile, and never misses one.
   */
  onSummary: sessionProcedure
    .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
    .subscription(async function* ({ ctx, input, signal }) {
      const { viewer } = campaignForViewer(ctx.db, ctx, input.campaignId);
      const read = () => {
        const { campaign } = campaignForViewer(ctx.db, ctx, input.campaignId);
        return summaryFor(ctx.db, campaign, viewer, berlinDay(ctx.now()));
      };
      yield* liveDigests(ctx.db, input.campaignId, read, { lastEventId: input.lastEventId, signal });
    }),
};
