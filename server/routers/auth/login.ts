import { z } from "zod";
import { audit } from "../../audit";
import { reservePasswordAttempt } from "../../auth/attempts";
import { UNKNOWN_USER_HASH, verifyPassword } from "../../auth/password";
import { existingUser, startSession } from "../../auth/sessions";
import { DomainError } from "../../domain/errors";
import { userByEmail } from "../../queries/users";
import { publicProcedure } from "../../trpc";
import { email } from "../inputs";

/**
 * Anyone: checks the password and sets the HttpOnly session cookie. The attempt is counted
 * before the password is checked (auth/attempts.ts): per address, per account from that
 * address, and per account overall; sign-ins and failures are in the audit log.
 */
export const authLogin = publicProcedure
  .input(z.object({ email, password: z.string().min(1).max(1000) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const attempt = reservePasswordAttempt(ctx.limits, input.email, ctx.ip ?? "unknown", now.getTime());

    const user = userByEmail(ctx.db, input.email);
    // Compare against a dummy hash for unknown emails so timing does not reveal accounts.
    const valid = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid || user.disabledAt !== null) {
      const reason = !user ? "unknown email" : !valid ? "wrong password" : "disabled";
      audit(ctx.db, now, { action: "login_failed", subjectUserId: user?.id ?? null, ip: ctx.ip, detail: { reason } });
      throw new DomainError("unauthenticated", "wrong email or password");
    }
    attempt.succeeded();
    const session = startSession(ctx.db, user.id, now);
    audit(ctx.db, now, { action: "login", userId: user.id, ip: ctx.ip });
    ctx.cookies.setSession(session.token, session.expiresAt);
    return existingUser(ctx.services.lookups, user.id);
  });
