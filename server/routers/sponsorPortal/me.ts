import { berlinDay } from "../../domain/dates";
import { countedOfPledges } from "../../domain/figures";
import { isBinding } from "../../domain/codes";
import { leverageOf } from "../../domain/leverage";
import { allocatePayments } from "../../domain/schedule";
import { overallSummary } from "../../domain/summary";
import { readPortal } from "../../queries/portal";
import { sponsorProcedure } from "../../trpc";
import { campaignView, ownSponsorView, raisedThroughView, sponsorPledgeView } from "../views";

/** A sponsor: everything the portal shows, its own data only. */
export const sponsorPortalMe = sponsorProcedure.query(({ ctx }) => {
  const today = berlinDay(ctx.now());
  const { sponsor, campaign, summary, own, payments, schedules, raised } = readPortal(
    ctx.db,
    ctx.sponsor.sponsorId,
    today,
  );
  const share = campaign.inKindSharePercent;
  return {
    sponsor: ownSponsorView(sponsor),
    /** Payment reminders by e-mail: on unless the sponsor opted out (setReminders). */
    remindersEnabled: sponsor.remindersOptedOutAt === null,
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
      payments: payments
        .filter((x) => x.pledgeId === p.id)
        .map((x) => ({ id: x.id, amountCents: x.amountCents, paidAt: x.paidAt })),
      schedule:
        p.status === "withdrawn"
          ? []
          : allocatePayments(schedules.get(p.id) ?? [], p.receivedCents, today, p.status === "confirmed"),
    })),
    raised: raisedThroughView(
      raised.map(({ pledge, sponsorName, sponsorListing }) => ({
        sponsorId: pledge.sponsorId,
        sponsorName,
        sponsorListing,
        amountCents: pledge.amountCents,
        countedCents: countedOfPledges([pledge], share),
        type: pledge.type,
        status: pledge.status,
        pledgedAt: pledge.pledgedAt,
      })),
    ),
  };
});
