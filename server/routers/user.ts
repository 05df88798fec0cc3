import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { campaigns, users } from "../../db/schema";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { createUser } from "../auth/users";
import { notFound } from "../errors";
import { adminProcedure, router } from "../trpc";
import { id } from "../validation";

const createUserInput = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
    role: z.enum(["admin", "organiser", "committee"]),
    campaignId: id.optional(),
  })
  .refine((u) => u.role === "admin" || u.campaignId !== undefined, {
    path: ["campaignId"],
    message: "An organiser or committee member needs a campaignId",
  });

export const userRouter = router({
  /** Admin: a new admin, or an organiser or committee member of one campaign. */
  create: adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
    if (input.campaignId !== undefined && !ctx.db.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).get()) {
      throw notFound("campaign");
    }
    if (ctx.db.select().from(users).where(eq(users.email, input.email)).get()) {
      throw new TRPCError({ code: "CONFLICT", message: "a user with this email exists" });
    }
    return createUser(ctx.db, { ...input, now: ctx.now() });
  }),
});
