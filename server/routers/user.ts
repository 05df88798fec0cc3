import { TRPCError } from "@trpc/server";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { campaigns, memberships, USER_LOCALES, users } from "../../db/schema";
import { audit } from "../audit";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password";
import { revokeAllApiTokens } from "../auth/apiTokens";
import { endAllSessions, loadUser } from "../auth/sessions";
import { createUser } from "../auth/users";
import { notFound } from "../errors";
import { adminProcedure, router, staffProcedure } from "../trpc";
import { id } from "../validation";

const email = z.string().trim().toLowerCase().pipe(z.email());
const password = z.string().min(MIN_PASSWORD_LENGTH).max(1000);

const createUserInput = z
  .object({
    email,
    name: z.string().trim().min(1).max(200),
    password,
    role: z.enum(["admin", "organiser", "committee"]),
    campaignId: id.optional(),
  })
  .refine((u) => u.role === "admin" || u.campaignId !== undefined, {
    path: ["campaignId"],
    message: "An organiser or committee member needs a campaignId",
  });

function campaignMustExist(ctx: { db: Parameters<typeof loadUser>[0] }, campaignId: number) {
  if (!ctx.db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get()) throw notFound("campaign");
}

function userMustExist(ctx: { db: Parameters<typeof loadUser>[0] }, userId: number) {
  const user = ctx.db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw notFound("user");
  return user;
}

export const userRouter = router({
  /** Admin: every user with roles and whether it is disabled. */
  list: adminProcedure.query(({ ctx }) =>
    ctx.db.select().from(users).orderBy(users.email).all().map((u) => ({
      ...loadUser(ctx.db, u.id)!,
      disabled: u.disabledAt !== null,
      createdAt: new Date(u.createdAt).toISOString(),
    })),
  ),

  /** Admin: a new admin, or an organiser or committee member of one campaign. */
  create: adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
    if (input.campaignId !== undefined) campaignMustExist(ctx, input.campaignId);
    if (ctx.db.select().from(users).where(eq(users.email, input.email)).get()) {
      throw new TRPCError({ code: "CONFLICT", message: "a user with this email exists" });
    }
    const user = await createUser(ctx.db, { ...input, now: ctx.now() });
    audit(ctx.db, ctx.now(), { action: "user_created", userId: ctx.user.id, subjectUserId: user.id, campaignId: input.campaignId ?? null, ip: ctx.ip, detail: { role: input.role } });
    return user;
  }),

  /** Admin: make a user organiser or committee member of a campaign, or take the role away (`none`). */
  setMembership: adminProcedure
    .input(z.object({ userId: id, campaignId: id, role: z.enum(["organiser", "committee", "none"]) }))
    .mutation(({ ctx, input }) => {
      userMustExist(ctx, input.userId);
      campaignMustExist(ctx, input.campaignId);
      const where = and(eq(memberships.userId, input.userId), eq(memberships.campaignId, input.campaignId));
      ctx.db.transaction((tx) => {
        const before = tx.select().from(memberships).where(where).get();
        if (input.role === "none") tx.delete(memberships).where(where).run();
        else tx.insert(memberships).values({ userId: input.userId, campaignId: input.campaignId, role: input.role })
          .onConflictDoUpdate({ target: [memberships.userId, memberships.campaignId], set: { role: input.role } }).run();
        audit(tx, ctx.now(), {
          action: "role_changed", userId: ctx.user.id, subjectUserId: input.userId, campaignId: input.campaignId, ip: ctx.ip,
          detail: { before: before?.role ?? "none", after: input.role },
        });
      });
      return loadUser(ctx.db, input.userId)!;
    }),

  /** Admin: disable a user (its sessions end at once; its API tokens stop working) or enable it again. */
  setDisabled: adminProcedure.input(z.object({ userId: id, disabled: z.boolean() })).mutation(({ ctx, input }) => {
    userMustExist(ctx, input.userId);
    if (input.userId === ctx.user.id && input.disabled) throw new TRPCError({ code: "CONFLICT", message: "you cannot disable yourself" });
    ctx.db.update(users).set({ disabledAt: input.disabled ? ctx.now().getTime() : null }).where(eq(users.id, input.userId)).run();
    if (input.disabled) {
      endAllSessions(ctx.db, input.userId);
      revokeAllApiTokens(ctx.db, input.userId, ctx.now());
    }
    audit(ctx.db, ctx.now(), { action: input.disabled ? "user_disabled" : "user_enabled", userId: ctx.user.id, subjectUserId: input.userId, ip: ctx.ip });
    return { ...loadUser(ctx.db, input.userId)!, disabled: input.disabled };
  }),

  /** Admin: make a user an admin or take it back; the last admin cannot step down. */
  setAdmin: adminProcedure.input(z.object({ userId: id, isAdmin: z.boolean() })).mutation(({ ctx, input }) => {
    const user = userMustExist(ctx, input.userId);
    if (user.isAdmin && !input.isAdmin) {
      const admins = ctx.db.select().from(users).where(and(eq(users.isAdmin, true), isNull(users.disabledAt))).all();
      if (admins.length <= 1) throw new TRPCError({ code: "CONFLICT", message: "the last admin cannot stop being one" });
    }
    ctx.db.update(users).set({ isAdmin: input.isAdmin }).where(eq(users.id, input.userId)).run();
    audit(ctx.db, ctx.now(), {
      action: "role_changed", userId: ctx.user.id, subjectUserId: input.userId, ip: ctx.ip,
      detail: { before: user.isAdmin ? "admin" : "not admin", after: input.isAdmin ? "admin" : "not admin" },
    });
    return { ...loadUser(ctx.db, input.userId)!, disabled: user.disabledAt !== null };
  }),

  /** Any signed-in user, for itself: the UI language to show after its next sign-in. Sponsors keep theirs in the browser. */
  setLocale: staffProcedure.input(z.object({ locale: z.enum(USER_LOCALES) })).mutation(({ ctx, input }) => {
    ctx.db.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.user.id)).run();
    return loadUser(ctx.db, ctx.user.id)!;
  }),

  /** Admin: set a new password for a user; its sessions end. */
  resetPassword: adminProcedure.input(z.object({ userId: id, password })).mutation(async ({ ctx, input }) => {
    userMustExist(ctx, input.userId);
    const passwordHash = await hashPassword(input.password);
    ctx.db.update(users).set({ passwordHash }).where(eq(users.id, input.userId)).run();
    endAllSessions(ctx.db, input.userId);
    revokeAllApiTokens(ctx.db, input.userId, ctx.now());
    audit(ctx.db, ctx.now(), { action: "password_reset", userId: ctx.user.id, subjectUserId: input.userId, ip: ctx.ip });
    return { ok: true };
  }),
});
