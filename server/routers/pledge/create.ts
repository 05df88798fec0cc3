import { campaignFor } from "../../access";
import { staffProcedure } from "../../trpc";
import { rejectFutureDates } from "../inputs";
import { pledgeView } from "../views";
import { createPledgeInput } from "./fields";

/** Organiser, admin: log a pledge; `paid` records the full payment on the pledge date. */
export const pledgeCreate = staffProcedure.input(createPledgeInput).mutation(async ({ ctx, input }) => {
  rejectFutureDates(ctx.now(), { pledgedAt: input.pledgedAt });
  campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const actor = { userId: ctx.user.id, now: ctx.now() };
  return pledgeView(await ctx.services.ledger.run((c) => c.createPledge(actor, input)));
});
