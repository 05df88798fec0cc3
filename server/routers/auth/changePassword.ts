import { z } from "zod";
import { audit } from "../../audit";
import { revokeAllApiTokens } from "../../auth/apiTokens";
import { reservePasswordAttempt } from "../../auth/attempts";
import { MIN_PASSWORD_LENGTH, verifyPassword } from "../../auth/password";
import { endAllSessions, startSession } from "../../auth/sessions";
import { setPassword } from "../../auth/users";
import { badField, notFound } from "../../domain/errors";
import { userById } from "../../queries/users";
import { staffProcedure } from "../../trpc";

/**
 * A user (never through an API token): a new password, given the current one. A wrong current
 * password counts against the sign-in throttles, as a wrong password at auth.login does. Other
 * sessions end and every API token of the user is revoked.
 */
export const authChangePassword = staffProcedure
  .input(
    z.object({
      currentPassword: z.string().min(1).max(1000),
      newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const row = userById(ctx.db, ctx.user.id);
    if (!row) throw notFound("user");
    const now = ctx.now();
    const attempt = reservePasswordAttempt(
      ctx.limits,
      row.email,
      ctx.ip ?? "unknown",
      now.getTime(),
      "password attempts",
    );
    if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
      throw badField("currentPassword", "does not match the current password");
    }
    attempt.succeeded();
    await setPassword(ctx.db, row.id, input.newPassword);
    endAllSessions(ctx.db, row.id);
    revokeAllApiTokens(ctx.db, row.id, now);
    ctx.services.feed.accessChanged({ userId: row.id });
    const session = startSession(ctx.db, row.id, now);
    ctx.cookies.setSession(session.token, session.expiresAt);
    audit(ctx.db, now, { action: "password_changed", userId: row.id, subjectUserId: row.id, ip: ctx.ip });
    return { ok: true };
  });
