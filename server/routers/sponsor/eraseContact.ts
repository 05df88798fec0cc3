import { z } from "zod";
import { audit } from "../../audit";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorView } from "../views";
import { sponsorFor } from "./load";

/**
 * Organiser, admin: erase the contact person's data (GDPR Art. 17). The ledger's history is
 * not touched: events never copy contact data, they refer to the pledge and its sponsor.
 */
export const sponsorEraseContact = staffProcedure
  .input(z.object({ sponsorId: id }))
  .mutation(async ({ ctx, input }) => {
    const sponsor = sponsorFor(ctx, input.sponsorId, "write");
    const row = await ctx.services.ledger.run((c) => c.eraseContact(sponsor.id));
    audit(ctx.db, ctx.now(), {
      action: "contact_erased",
      userId: ctx.user.id,
      sponsorId: sponsor.id,
      campaignId: sponsor.campaignId,
      ip: ctx.ip,
    });
    return sponsorView(row);
  });
