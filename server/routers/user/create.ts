import { z } from "zod";
import { audit } from "../../audit";
import { MIN_PASSWORD_LENGTH } from "../../auth/password";
import { createUser } from "../../auth/users";
import { MEMBER_ROLES } from "../../domain/codes";
import { conflict } from "../../domain/errors";
import { userByEmail } from "../../queries/users";
import { adminProcedure } from "../../trpc";
import { email, id } from "../inputs";
import { assertCampaignExists } from "./load";

const createUserInput = z
  .object({
    email,
    name: z.string().trim().min(1).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
    role: z.enum(["admin", ...MEMBER_ROLES]),
    campaignId: id.optional(),
  })
  .refine((u) => u.role === "admin" || u.campaignId !== undefined, {
    path: ["campaignId"],
    message: "An organiser, committee member or funder needs a campaignId",
  });

/** Admin: a new admin, or an organiser, committee member or funder of one campaign. */
export const userCreate = adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
  if (input.campaignId !== undefined) assertCampaignExists(ctx.db, input.campaignId);
  if (userByEmail(ctx.db, input.email)) throw conflict("a user with this email exists");
  const user = await createUser(ctx.db, ctx.services.lookups, { ...input, now: ctx.now() });
  audit(ctx.db, ctx.now(), {
    action: "user_created",
    userId: ctx.user.id,
    subjectUserId: user.id,
    campaignId: input.campaignId ?? null,
    ip: ctx.ip,
    detail: { role: input.role },
  });
  return user;
});
