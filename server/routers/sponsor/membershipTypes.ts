import { z } from "zod";
import { campaignFor } from "../../access";
import { membershipTypesOf } from "../../queries/sponsors";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/** Organiser, committee, admin: the membership types the campaign's sponsors have (the sponsor form's suggestions). */
export const sponsorMembershipTypes = staffProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
  return membershipTypesOf(ctx.db, campaign.id);
});
