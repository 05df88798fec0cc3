import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { UNKNOWN_USER_HASH, verifyPassword } from "../auth/password";
import { endSession, loadUser, startSession } from "../auth/sessions";
import { publicProcedure, router, signedInProcedure } from "../trpc";

export const authRouter = router({
  /** Anyone: checks the password and sets the HttpOnly session cookie. */
  login: publicProcedure
    .input(z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), password: z.string().min(1).max(1000) }))
    .mutation(async ({ ctx, input }) => {
      const user = ctx.db.select().from(users).where(eq(users.email, input.email)).get();
      // Compare against a dummy hash for unknown emails so timing does not reveal accounts.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!user || !valid || user.disabledAt !== null) {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "wrong email or password" });
      }
      const session = startSession(ctx.db, user.id, ctx.now());
      ctx.cookies.setSession(session.token, session.expiresAt);
      return loadUser(ctx.db, user.id)!;
    }),

  /** Signed in: ends this session. */
  logout: signedInProcedure.mutation(({ ctx }) => {
    if (ctx.sessionToken) endSession(ctx.db, ctx.sessionToken);
    ctx.cookies.clearSession();
    return { ok: true };
  }),

  /** Anyone: the signed-in user with roles, or null without a session. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
