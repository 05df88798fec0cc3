import { z } from "zod";
import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { bankEntryView } from "./view";

/** Organiser, admin: book a waiting (or dismissed) credit as a payment of this pledge, on its booking date. */
export const paymentAssignEntry = staffProcedure
  .input(z.object({ entryId: id, pledgeId: id }))
  .mutation(async ({ ctx, input }) => {
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return bankEntryView(
      await ctx.services.ledger.run((c) => c.assignBankEntry(actor, input, writeCheck(ctx.user, "bank entry"))),
    );
  });
