import { z } from "zod";
import { audit } from "../../audit";
import { revokeAllApiTokens } from "../../auth/apiTokens";
import { MIN_PASSWORD_LENGTH } from "../../auth/password";
import { endAllSessions } from "../../auth/sessions";
import { setPassword } from "../../auth/users";
import { adminProcedure } from "../../trpc";
import { id } from "../inputs";
import { existingUserRow } from "./load";

/** Admin: set a new password for a user; its sessions end and its API tokens stop working. */
export const userResetPassword = adminProcedure
  .input(z.object({ userId: id, password: z.string().min(MIN_PASSWORD_LENGTH).max(1000) }))
  .mutation(async ({ ctx, input }) => {
    existingUserRow(ctx.db, input.userId);
    await setPassword(ctx.db, input.userId, input.password);
    endAllSessions(ctx.db, input.userId);
    revokeAllApiTokens(ctx.db, input.userId, ctx.now());
    ctx.services.feed.accessChanged({ userId: input.userId });
    audit(ctx.db, ctx.now(), {
      action: "password_reset",
      userId: ctx.user.id,
      subjectUserId: input.userId,
      ip: ctx.ip,
    });
    return { ok: true };
  });
