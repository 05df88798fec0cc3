import { z } from "zod";
import { revokeAccessLinks } from "../../auth/sponsorLinks";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorView } from "../views";
import { liveSponsorFor } from "./load";

/**
 * Organiser, admin: merge a duplicate into another sponsor of the same campaign. Its
 * pledges move (each with an event), pledges it raised are credited to the other, blank
 * fields are filled from it; the duplicate stays, marked merged, and its links end.
 */
export const sponsorMerge = staffProcedure
  .input(z.object({ intoSponsorId: id, fromSponsorId: id }))
  .mutation(async ({ ctx, input }) => {
    const into = liveSponsorFor(ctx, input.intoSponsorId, "write");
    const from = liveSponsorFor(ctx, input.fromSponsorId, "write");
    const actor = { userId: ctx.user.id, now: ctx.now() };
    const merged = await ctx.services.ledger.run((c) => c.mergeSponsors(actor, into.id, from.id));
    revokeAccessLinks(ctx.db, from.id, actor.now);
    ctx.services.feed.accessChanged({ sponsorId: from.id });
    return sponsorView(merged);
  });
