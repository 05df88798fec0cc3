import { z } from "zod";
import { audit } from "../../audit";
import { createAccessLink } from "../../auth/sponsorLinks";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorFor } from "./load";

/**
 * Organiser, admin: a sign-in link for the sponsor's portal (14 days; a new link revokes
 * the earlier ones). The token is in this answer only.
 */
export const sponsorCreateAccessLink = staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
  const sponsor = sponsorFor(ctx, input.sponsorId, "write");
  const link = createAccessLink(ctx.db, sponsor.id, ctx.user.id, ctx.now());
  audit(ctx.db, ctx.now(), {
    action: "sponsor_link_created",
    userId: ctx.user.id,
    sponsorId: sponsor.id,
    campaignId: sponsor.campaignId,
    ip: ctx.ip,
  });
  return { url: `${ctx.baseUrl}/s/${link.token}`, expiresAt: link.expiresAt.toISOString() };
});
