import { z } from "zod";
import { audit } from "../../audit";
import { UNKNOWN_USER_HASH, verifyPassword } from "../../auth/password";
import { existingUser, startSession } from "../../auth/sessions";
import { DomainError } from "../../domain/errors";
import { userByEmail } from "../../queries/users";
import { publicProcedure } from "../../trpc";
import { email } from "../inputs";

function tooMany(seconds: number): DomainError {
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    "throttled",
    `too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
  );
}

/**
 * Anyone: checks the password and sets the HttpOnly session cookie. Failed attempts are
 * throttled per account and all attempts per address; both are in the audit log.
 */
export const authLogin = publicProcedure
  .input(z.object({ email, password: z.string().min(1).max(1000) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const address = ctx.ip ?? "unknown";
    const { loginPerAccount, loginPerAddress } = ctx.limits;
    const wait = Math.max(
      loginPerAccount.retryAfter(input.email, now.getTime()),
      loginPerAddress.retryAfter(address, now.getTime()),
    );
    if (wait > 0) throw tooMany(wait);
    loginPerAddress.record(address, now.getTime());

    const user = userByEmail(ctx.db, input.email);
    // Compare against a dummy hash for unknown emails so timing does not reveal accounts.
    const valid = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid || user.disabledAt !== null) {
      loginPerAccount.record(input.email, now.getTime());
      const reason = !user ? "unknown email" : !valid ? "wrong password" : "disabled";
      audit(ctx.db, now, { action: "login_failed", subjectUserId: user?.id ?? null, ip: ctx.ip, detail: { reason } });
      throw new DomainError("unauthenticated", "wrong email or password");
    }
    loginPerAccount.clear(input.email);
    const session = startSession(ctx.db, user.id, now);
    audit(ctx.db, now, { action: "login", userId: user.id, ip: ctx.ip });
    ctx.cookies.setSession(session.token, session.expiresAt);
    return existingUser(ctx.services.lookups, user.id);
  });
