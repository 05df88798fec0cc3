import { z } from "zod";
import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { businessDate, cents, id, rejectFutureDates, version } from "../inputs";
import { pledgeView } from "../views";

/** Organiser, admin: a received amount on a confirmed pledge; paid in full makes it `paid`. */
export const pledgeRecordPayment = staffProcedure
  .input(z.object({ pledgeId: id, amountCents: cents, paidAt: businessDate, expectedVersion: version }))
  .mutation(async ({ ctx, input }) => {
    rejectFutureDates(ctx.now(), { paidAt: input.paidAt });
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await ctx.services.ledger.run((c) => c.recordPayment(actor, input, writeCheck(ctx.user))));
  });
