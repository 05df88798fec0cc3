import { campaignFor } from "../../access";
import { badField } from "../../domain/errors";
import { staffProcedure } from "../../trpc";
import { rejectFutureDates } from "../inputs";
import { pledgeView } from "../views";
import { createPledgeInput } from "./fields";

/**
 * Organiser, admin: log a pledge; `paid` records the full payment on the pledge date. With
 * `newSponsor` the sponsor is created in the same transaction: a refused pledge leaves none.
 */
export const pledgeCreate = staffProcedure.input(createPledgeInput).mutation(async ({ ctx, input }) => {
  rejectFutureDates(ctx.now(), { pledgedAt: input.pledgedAt });
  campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const actor = { userId: ctx.user.id, now: ctx.now() };
  const { sponsorId, newSponsor, ...pledge } = input;
  return pledgeView(
    await ctx.services.ledger.run((c) => {
      if (newSponsor) return c.createPledgeWithSponsor(actor, pledge, newSponsor);
      if (sponsorId === undefined) throw badField("sponsorId", "Give either sponsorId or newSponsor");
      return c.createPledge(actor, { ...pledge, sponsorId });
    }),
  );
});
