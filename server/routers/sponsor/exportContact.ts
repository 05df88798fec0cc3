import { z } from "zod";
import { audit } from "../../audit";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorFor } from "./load";

/** Organiser, admin: the contact person's data on request (GDPR Art. 15), as stored. */
export const sponsorExportContact = staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
  const sponsor = sponsorFor(ctx, input.sponsorId, "write");
  audit(ctx.db, ctx.now(), {
    action: "contact_exported",
    userId: ctx.user.id,
    sponsorId: sponsor.id,
    campaignId: sponsor.campaignId,
    ip: ctx.ip,
  });
  return {
    sponsorId: sponsor.id,
    sponsorName: sponsor.name,
    contactName: sponsor.contactName,
    contactEmail: sponsor.contactEmail,
    exportedAt: ctx.now().toISOString(),
  };
});
