// The public page of a campaign, when an admin switched it on: totals, progress,
// eligibility and the supporters who consented to be listed. No session needed.
import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { campaigns, pledges, sponsors, type Campaign } from "../../db/schema";
import { liveDigests } from "../committee/liveDigests";
import { berlinDay } from "../domain/dates";
import { BINDING_STATUSES, countedOfPledges } from "../domain/figures";
import { overallSummary } from "../domain/summary";
import { notFound } from "../errors";
import { readSummary } from "../ledger/figuresRead";
import type { Reader } from "../ledger/tx";
import { publicProcedure, router } from "../trpc";
import { id } from "../validation";

/** A campaign whose public page is on; NOT_FOUND otherwise (or when there is none). */
function publicCampaignOf(db: Reader, campaignId: number): Campaign {
  const campaign = db.select().from(campaigns).where(and(eq(campaigns.id, campaignId), eq(campaigns.publicPage, true))).get();
  if (!campaign) throw notFound("campaign");
  return campaign;
}

/** What the public sees of a campaign and its figures: the overall summary, no breakdowns. */
function publicFigures(db: Reader, campaign: Campaign, now: Date) {
  const summary = overallSummary(readSummary(db, campaign, berlinDay(now)));
  return { campaign: { id: campaign.id, name: campaign.name, region: campaign.region, applicationStatus: campaign.applicationStatus }, summary };
}

export const publicCampaignRouter = router({
  /** Anyone: the public figures; NOT_FOUND while the campaign's public page is off. */
  get: publicProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
    const campaign = publicCampaignOf(ctx.db, input.campaignId);
    const binding = ctx.db.select({ sponsorId: pledges.sponsorId, name: sponsors.name, listing: sponsors.listing, status: pledges.status, type: pledges.type, amountCents: pledges.amountCents })
      .from(pledges).innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
      .where(and(eq(pledges.campaignId, campaign.id), inArray(pledges.status, [...BINDING_STATUSES]), ne(sponsors.listing, "hidden")))
      .all();
    const bySponsor = new Map<number, typeof binding>();
    for (const row of binding) bySponsor.set(row.sponsorId, [...(bySponsor.get(row.sponsorId) ?? []), row]);
    const supporters = [...bySponsor.values()]
      .map((rows) => ({
        name: rows[0].name,
        // Each sponsor's own consent: its amount only with name_and_amount.
        amountCents: rows[0].listing === "name_and_amount" ? countedOfPledges(rows, campaign.inKindSharePercent) : null,
      }))
      .sort((a, b) => (b.amountCents ?? -1) - (a.amountCents ?? -1) || a.name.localeCompare(b.name, "de"));
    return { ...publicFigures(ctx.db, campaign, ctx.now()), supporters };
  }),

  /**
   * Anyone, live (SSE; the Funding-Barometer): `get` without the supporters, at once and after
   * every change. NOT_FOUND while the public page is off; checked again on every round, so
   * switching the page off ends the stream.
   */
  onSummary: publicProcedure
    .input(z.object({ campaignId: id, lastEventId: z.string().max(100).nullish() }))
    .subscription(async function* ({ ctx, input, signal }) {
      const read = () => publicFigures(ctx.db, publicCampaignOf(ctx.db, input.campaignId), ctx.now());
      yield* liveDigests(ctx.db, input.campaignId, read, { lastEventId: input.lastEventId, signal });
    }),
});
