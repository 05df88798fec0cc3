import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { rejectFutureDates } from "../inputs";
import { pledgeView } from "../views";
import { updatePledgeInput } from "./fields";

/**
 * Organiser, admin: correct a pledge. A new amount keeps recorded payments (never below
 * them) and rebuilds the schedule; a given schedule must sum to the amount. `at` is the
 * business date from which a new amount or type counts.
 */
export const pledgeUpdate = staffProcedure.input(updatePledgeInput).mutation(async ({ ctx, input }) => {
  rejectFutureDates(ctx.now(), { at: input.at, pledgedAt: input.pledgedAt });
  const actor = { userId: ctx.user.id, now: ctx.now() };
  return pledgeView(await ctx.services.ledger.run((c) => c.updatePledge(actor, input, writeCheck(ctx.user))));
});
