import { z } from "zod";
import { audit } from "../../audit";
import { revokeAccessLinks } from "../../auth/sponsorLinks";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorFor } from "./load";

/** Organiser, admin: every link of the sponsor stops working, and its sessions end. */
export const sponsorRevokeAccessLinks = staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
  const sponsor = sponsorFor(ctx, input.sponsorId, "write");
  const revoked = revokeAccessLinks(ctx.db, sponsor.id, ctx.now());
  ctx.services.feed.accessChanged({ sponsorId: sponsor.id });
  audit(ctx.db, ctx.now(), {
    action: "sponsor_links_revoked",
    userId: ctx.user.id,
    sponsorId: sponsor.id,
    campaignId: sponsor.campaignId,
    ip: ctx.ip,
    detail: { revoked },
  });
  return { revoked };
});
