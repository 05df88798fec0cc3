import { z } from "zod";
import { audit } from "../../audit";
import { existingUser } from "../../auth/sessions";
import { setAdmin } from "../../auth/users";
import { conflict } from "../../domain/errors";
import { activeAdminCount } from "../../queries/users";
import { adminProcedure } from "../../trpc";
import { id } from "../inputs";
import { existingUserRow } from "./load";

/** Admin: make a user an admin or take it back; the last admin cannot step down. */
export const userSetAdmin = adminProcedure
  .input(z.object({ userId: id, isAdmin: z.boolean() }))
  .mutation(({ ctx, input }) => {
    const user = existingUserRow(ctx.db, input.userId);
    if (user.isAdmin && !input.isAdmin && activeAdminCount(ctx.db) <= 1)
      throw conflict("the last admin cannot stop being one");
    setAdmin(ctx.db, input.userId, input.isAdmin);
    ctx.services.feed.accessChanged({ userId: input.userId });
    audit(ctx.db, ctx.now(), {
      action: "role_changed",
      userId: ctx.user.id,
      subjectUserId: input.userId,
      ip: ctx.ip,
      detail: { before: user.isAdmin ? "admin" : "not admin", after: input.isAdmin ? "admin" : "not admin" },
    });
    return { ...existingUser(ctx.services.lookups, input.userId), disabled: user.disabledAt !== null };
  });
