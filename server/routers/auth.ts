import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { audit } from "../audit";
import { badField } from "../errors";
import { hashPassword, MIN_PASSWORD_LENGTH, UNKNOWN_USER_HASH, verifyPassword } from "../auth/password";
import { endAllSessions, endSession, loadUser, startSession } from "../auth/sessions";
import { endSponsorSession } from "../auth/sponsorLinks";
import { publicProcedure, router, sessionProcedure, staffProcedure } from "../trpc";

const email = z.string().trim().toLowerCase().pipe(z.email());

function tooMany(seconds: number): TRPCError {
  const minutes = Math.ceil(seconds / 60);
  return new TRPCError({ code: "TOO_MANY_REQUESTS", message: `too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}` });
}

export const authRouter = router({
  /**
   * Anyone: checks the password and sets the HttpOnly session cookie. Failed attempts are
   * throttled per account and all attempts per address; both are in the audit log.
   */
  login: publicProcedure.input(z.object({ email, password: z.string().min(1).max(1000) })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const address = ctx.ip ?? "unknown";
    const { loginPerAccount, loginPerAddress } = ctx.limits;
    const wait = Math.max(loginPerAccount.retryAfter(input.email, now.getTime()), loginPerAddress.retryAfter(address, now.getTime()));
    if (wait > 0) throw tooMany(wait);
    loginPerAddress.record(address, now.getTime());

    const user = ctx.db.select().from(users).where(eq(users.email, input.email)).get();
    // Compare against a dummy hash for unknown emails so timing does not reveal accounts.
    const valid = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid || user.disabledAt !== null) {
      loginPerAccount.record(input.email, now.getTime());
      audit(ctx.db, now, { action: "login_failed", subjectUserId: user?.id ?? null, ip: ctx.ip, detail: { reason: !user ? "unknown email" : !valid ? "wrong password" : "disabled" } });
      throw new TRPCError({ code: "UNAUTHORIZED", message: "wrong email or password" });
    }
    loginPerAccount.clear(input.email);
    const session = startSession(ctx.db, user.id, now);
    audit(ctx.db, now, { action: "login", userId: user.id, ip: ctx.ip });
    ctx.cookies.setSession(session.token, session.expiresAt);
    return loadUser(ctx.db, user.id)!;
  }),

  /** A user or a sponsor: ends this session. */
  logout: sessionProcedure.mutation(({ ctx }) => {
    if (ctx.sessionToken) (ctx.user ? endSession : endSponsorSession)(ctx.db, ctx.sessionToken);
    audit(ctx.db, ctx.now(), { action: "logout", userId: ctx.user?.id ?? null, sponsorId: ctx.sponsor?.sponsorId ?? null, ip: ctx.ip });
    ctx.cookies.clearSession();
    return { ok: true };
  }),

  /** Anyone: the signed-in user with roles, the signed-in sponsor, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user ?? ctx.sponsor),

  /** A user: a new password, given the current one; other sessions end. */
  changePassword: staffProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(1000), newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1000) }))
    .mutation(async ({ ctx, input }) => {
      const row = ctx.db.select().from(users).where(eq(users.id, ctx.user.id)).get()!;
      if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
        throw badField("currentPassword", "does not match the current password");
      }
      const passwordHash = await hashPassword(input.newPassword);
      ctx.db.update(users).set({ passwordHash }).where(eq(users.id, row.id)).run();
      endAllSessions(ctx.db, row.id);
      const session = startSession(ctx.db, row.id, ctx.now());
      ctx.cookies.setSession(session.token, session.expiresAt);
      audit(ctx.db, ctx.now(), { action: "password_changed", userId: row.id, subjectUserId: row.id, ip: ctx.ip });
      return { ok: true };
    }),
});
