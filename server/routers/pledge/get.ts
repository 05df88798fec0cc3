import { z } from "zod";
import { assertCampaignAccess } from "../../access";
import { berlinDay } from "../../domain/dates";
import { notFound } from "../../domain/errors";
import { outstandingCents } from "../../domain/pledgeRules";
import { pledgeById, pledgeDetail } from "../../queries/pledges";
import { sponsorById } from "../../queries/sponsors";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { pledgeView } from "../views";

/**
 * Organiser, committee, admin: one pledge with its sponsor, payments and schedule (what is
 * paid, what is overdue). Organisers and admins also get the sponsor's contact e-mail (where
 * its letters are mailed); the committee does not see contact data.
 */
export const pledgeGet = staffProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
  const pledge = pledgeById(ctx.db, input.pledgeId);
  if (!pledge) throw notFound("pledge");
  const role = assertCampaignAccess(ctx.user, pledge.campaignId, "read", "pledge");
  const contact: { sponsorContactEmail?: string | null } =
    role === "committee" ? {} : { sponsorContactEmail: sponsorById(ctx.db, pledge.sponsorId)?.contactEmail ?? null };
  return {
    ...pledgeView(pledge),
    ...pledgeDetail(ctx.db, pledge, berlinDay(ctx.now())),
    /** No later change may be dated before this (and the pledge date is fixed once a change is dated after it). */
    lastEventAt: pledge.lastEventAt,
    outstandingCents: outstandingCents(pledge),
    ...contact,
  };
});
