import { z } from "zod";
import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { bankEntryView } from "./view";

/** Organiser, admin: a waiting credit is not the campaign's money; it leaves the queue, nothing is booked. */
export const paymentDismissEntry = staffProcedure.input(z.object({ entryId: id })).mutation(async ({ ctx, input }) => {
  const actor = { userId: ctx.user.id, now: ctx.now() };
  return bankEntryView(
    await ctx.services.ledger.run((c) => c.dismissBankEntry(actor, input.entryId, writeCheck(ctx.user, "bank entry"))),
  );
});
