import { z } from "zod";
import { campaignFor } from "../../access";
import { likelyDuplicates } from "../../domain/names";
import { liveSponsorsOf } from "../../queries/sponsors";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorViewFor } from "../views";

/** Organiser, committee, admin: groups of sponsors that look like one (name without legal form, or VAT id). */
export const sponsorDuplicates = staffProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
  const { campaign, role } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
  return likelyDuplicates(liveSponsorsOf(ctx.db, campaign.id)).map((g) => ({
    reason: g.reason,
    sponsors: g.sponsors.map((s) => sponsorViewFor(s, role)),
  }));
});
