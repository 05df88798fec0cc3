import { existingUser } from "../../auth/sessions";
import { listUsers } from "../../queries/users";
import { adminProcedure } from "../../trpc";

/** Admin: every user with roles and whether it is disabled. */
export const userList = adminProcedure.query(({ ctx }) =>
  listUsers(ctx.db).map((u) => ({
    ...existingUser(ctx.services.lookups, u.id),
    disabled: u.disabledAt !== null,
    createdAt: new Date(u.createdAt).toISOString(),
  })),
);
