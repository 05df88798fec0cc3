import { z } from "zod";
import { audit } from "../../audit";
import { revokeAllApiTokens } from "../../auth/apiTokens";
import { endAllSessions, existingUser } from "../../auth/sessions";
import { setDisabled } from "../../auth/users";
import { conflict } from "../../domain/errors";
import { adminProcedure } from "../../trpc";
import { id } from "../inputs";
import { existingUserRow } from "./load";

/** Admin: disable a user (its sessions end at once; its API tokens stop working) or enable it again. */
export const userSetDisabled = adminProcedure
  .input(z.object({ userId: id, disabled: z.boolean() }))
  .mutation(({ ctx, input }) => {
    existingUserRow(ctx.db, input.userId);
    if (input.userId === ctx.user.id && input.disabled) throw conflict("you cannot disable yourself");
    setDisabled(ctx.db, input.userId, input.disabled ? ctx.now().getTime() : null);
    if (input.disabled) {
      endAllSessions(ctx.db, input.userId);
      revokeAllApiTokens(ctx.db, input.userId, ctx.now());
      ctx.services.feed.accessChanged({ userId: input.userId });
    }
    audit(ctx.db, ctx.now(), {
      action: input.disabled ? "user_disabled" : "user_enabled",
      userId: ctx.user.id,
      subjectUserId: input.userId,
      ip: ctx.ip,
    });
    return { ...existingUser(ctx.services.lookups, input.userId), disabled: input.disabled };
  });
