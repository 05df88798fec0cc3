import { z } from "zod";
import { audit } from "../../audit";
import { MIN_PASSWORD_LENGTH, verifyPassword } from "../../auth/password";
import { endAllSessions, startSession } from "../../auth/sessions";
import { setPassword } from "../../auth/users";
import { badField, notFound } from "../../domain/errors";
import { userById } from "../../queries/users";
import { staffProcedure } from "../../trpc";

/** A user: a new password, given the current one; other sessions end. */
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
    if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
      throw badField("currentPassword", "does not match the current password");
    }
    await setPassword(ctx.db, row.id, input.newPassword);
    endAllSessions(ctx.db, row.id);
    ctx.services.feed.accessChanged({ userId: row.id });
    const session = startSession(ctx.db, row.id, ctx.now());
    ctx.cookies.setSession(session.token, session.expiresAt);
    audit(ctx.db, ctx.now(), { action: "password_changed", userId: row.id, subjectUserId: row.id, ip: ctx.ip });
    return { ok: true };
  });
