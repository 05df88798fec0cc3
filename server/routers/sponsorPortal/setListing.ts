import { z } from "zod";
import { audit } from "../../audit";
import { LISTINGS } from "../../domain/codes";
import { sponsorProcedure } from "../../trpc";
import { ownSponsorView } from "../views";

/** A sponsor: whether and how it is listed on the public page (hidden, name, name and amount). */
export const sponsorPortalSetListing = sponsorProcedure
  .input(z.object({ listing: z.enum(LISTINGS) }))
  .mutation(async ({ ctx, input }) => {
    const { sponsorId, campaignId } = ctx.sponsor;
    const { sponsor, before } = await ctx.services.ledger.run((c) => c.setListing(sponsorId, input.listing));
    audit(ctx.db, ctx.now(), {
      action: "listing_changed",
      sponsorId,
      campaignId,
      ip: ctx.ip,
      detail: { before, after: input.listing },
    });
    return ownSponsorView(sponsor);
  });
