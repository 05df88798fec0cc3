import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { rejectFutureDates } from "../inputs";
import { pledgeView } from "../views";
import { setStatusInput } from "./fields";

/** Organiser, admin: intent → confirmed, intent|confirmed → withdrawn (with a reason), withdrawn → intent. */
export const pledgeSetStatus = staffProcedure.input(setStatusInput).mutation(async ({ ctx, input }) => {
  rejectFutureDates(ctx.now(), { at: input.at });
  const actor = { userId: ctx.user.id, now: ctx.now() };
  return pledgeView(await ctx.services.ledger.run((c) => c.setPledgeStatus(actor, input, writeCheck(ctx.user))));
});
