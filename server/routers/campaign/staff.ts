import { z } from "zod";
import { campaignFor } from "../../access";
import { campaignStaff } from "../../queries/users";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/** Organiser, admin: who may follow up the campaign's sponsors (its organisers and the admins), `{id, name}`. */
export const campaignStaffList = staffProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  return campaignStaff(ctx.db, campaign.id);
});
