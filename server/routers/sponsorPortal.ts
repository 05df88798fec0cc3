// The sponsor's own view: its pledges, payments, schedule, what its money unlocks, the
// pledges it raised for others, and its public-listing consent.
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { campaigns, LISTINGS, payments, pledges, sponsors } from "../../db/schema";
import { audit } from "../audit";
import { berlinDay } from "../domain/dates";
import { countedOfPledges, isBinding } from "../domain/figures";
import { leverageOf } from "../domain/leverage";
import { allocatePayments } from "../domain/schedule";
import { readSchedules } from "../ledger/schedules";
import { overallSummary } from "../domain/summary";
import { readSummary } from "../ledger/figuresRead";
import { router, sponsorProcedure } from "../trpc";
import { campaignView, sponsorPledgeView, sponsorView } from "./views";

const pledgedFor = alias(sponsors, "pledged_for");

export const sponsorPortalRouter = router({
  /** A sponsor: everything the portal shows, its own data only. */
  me: sponsorProcedure.query(({ ctx }) => {
    const today = berlinDay(ctx.now());
    return ctx.db.transaction((tx) => {
      const sponsor = tx.select().from(sponsors).where(eq(sponsors.id, ctx.sponsor.sponsorId)).get()!;
      const campaign = tx.select().from(campaigns).where(eq(campaigns.id, sponsor.campaignId)).get()!;
      const summary = readSummary(tx, campaign, today);
      const own = tx.select().from(pledges).where(eq(pledges.sponsorId, sponsor.id)).orderBy(asc(pledges.pledgedAt), asc(pledges.id)).all();
      const paid = own.length === 0 ? [] : tx.select().from(payments).where(inArray(payments.pledgeId, own.map((p) => p.id))).orderBy(asc(payments.paidAt)).all();
      const share = campaign.inKindSharePercent;
      const schedules = readSchedules(tx, own, campaign);
      const raised = tx.select({ pledge: pledges, sponsorName: pledgedFor.name }).from(pledges)
        .innerJoin(pledgedFor, eq(pledgedFor.id, pledges.sponsorId))
        .where(and(eq(pledges.campaignId, campaign.id), eq(pledges.raisedBySponsorId, sponsor.id)))
        .orderBy(asc(pledges.pledgedAt)).all();
      return {
        sponsor: sponsorView(sponsor),
        campaign: campaignView(campaign, "sponsor"),
        summary: overallSummary(summary),
        leverage: leverageOf({
          sponsorCountedCents: countedOfPledges(own, share),
          campaignCountedCents: summary.countedCents,
          potentialMatchCents: summary.potentialMatchCents,
          matchRatioHundredths: campaign.matchRatioHundredths,
          matchCapCents: campaign.matchCapCents,
          eligible: summary.eligible,
        }),
        pledges: own.map((p) => ({
          ...sponsorPledgeView(p),
          counts: isBinding(p.status),
          countedCents: countedOfPledges([p], share),
          payments: paid.filter((x) => x.pledgeId === p.id).map((x) => ({ id: x.id, amountCents: x.amountCents, paidAt: x.paidAt })),
          schedule: p.status === "withdrawn" ? [] : allocatePayments(schedules.get(p.id)!, p.receivedCents, today, p.status === "confirmed"),
        })),
        raisedPledges: raised.map(({ pledge, sponsorName }) => ({
          id: pledge.id, sponsorName, amountCents: pledge.amountCents, type: pledge.type, status: pledge.status,
          pledgedAt: pledge.pledgedAt, countedCents: countedOfPledges([pledge], share),
        })),
      };
    });
  }),

  /** A sponsor: whether and how it is listed on the public page (hidden, name, name and amount). */
  setListing: sponsorProcedure.input(z.object({ listing: z.enum(LISTINGS) })).mutation(({ ctx, input }) => {
    const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, ctx.sponsor.sponsorId)).get()!;
    const row = ctx.db.update(sponsors).set({ listing: input.listing, version: sponsor.version + 1 }).where(eq(sponsors.id, sponsor.id)).returning().get();
    audit(ctx.db, ctx.now(), { action: "listing_changed", sponsorId: sponsor.id, campaignId: sponsor.campaignId, ip: ctx.ip, detail: { before: sponsor.listing, after: input.listing } });
    return sponsorView(row);
  }),
});
