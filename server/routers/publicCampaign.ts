// The public page of a campaign, when an admin switched it on: totals, progress,
// eligibility and the supporters who consented to be listed. No session needed.
import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { campaigns, pledges, sponsors } from "../../db/schema";
import { berlinDay } from "../domain/dates";
import { BINDING_STATUSES, countedOfPledges } from "../domain/figures";
import { overallSummary } from "../domain/summary";
import { notFound } from "../errors";
import { readSummary } from "../ledger/figuresRead";
import { publicProcedure, router } from "../trpc";
import { id } from "../validation";

export const publicCampaignRouter = router({
  /** Anyone: the public figures; NOT_FOUND while the campaign's public page is off. */
  get: publicProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
    const campaign = ctx.db.select().from(campaigns).where(and(eq(campaigns.id, input.campaignId), eq(campaigns.publicPage, true))).get();
    if (!campaign) throw notFound("campaign");
    const summary = overallSummary(readSummary(ctx.db, campaign, berlinDay(ctx.now())));
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
    return { campaign: { id: campaign.id, name: campaign.name, region: campaign.region, applicationStatus: campaign.applicationStatus }, summary, supporters };
  }),
});
