import { z } from "zod";
import { existingUser } from "../../auth/sessions";
import { setMembership } from "../../auth/users";
import { MEMBER_ROLES } from "../../domain/codes";
import { adminProcedure } from "../../trpc";
import { id } from "../inputs";
import { assertCampaignExists, existingUserRow } from "./load";

/**
 * Admin: make a user organiser, committee member or funder of a campaign, or take the role away
 * (`none`). A funder account holds funder roles only: mixing is a CONFLICT (auth/users.ts).
 */
export const userSetMembership = adminProcedure
  .input(z.object({ userId: id, campaignId: id, role: z.enum([...MEMBER_ROLES, "none"]) }))
  .mutation(({ ctx, input }) => {
    existingUserRow(ctx.db, input.userId);
    assertCampaignExists(ctx.db, input.campaignId);
    setMembership(ctx.db, { userId: ctx.user.id, now: ctx.now(), ip: ctx.ip }, input);
    ctx.services.feed.accessChanged({ userId: input.userId });
    return existingUser(ctx.services.lookups, input.userId);
  });
