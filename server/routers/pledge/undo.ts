import { z } from "zod";
import { writeCheck } from "../../access";
import { staffProcedure } from "../../trpc";
import { id, optionalText, version } from "../inputs";
import { pledgeView } from "../views";

/** Organiser, admin: restore the state before the pledge's last change, as a new event. */
export const pledgeUndo = staffProcedure
  .input(z.object({ pledgeId: id, expectedVersion: version, reason: optionalText(1000) }))
  .mutation(async ({ ctx, input }) => {
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await ctx.services.ledger.run((c) => c.undoLastChange(actor, input, writeCheck(ctx.user))));
  });
