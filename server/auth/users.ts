// User accounts: creating them (user.create, the first admin, the demo) and changing their roles, status, language and password.
import { and, eq, ne } from "drizzle-orm";
import type { Db, Reader } from "../../db/open";
import { memberships, users } from "../../db/schema";
import { audit } from "../audit";
import { conflict } from "../domain/errors";
import type { MemberRole, UserLocale } from "../domain/codes";
import type { Lookups } from "../queries/lookups";
import { hashPassword } from "./password";
import { loadUser, type SessionUser } from "./sessions";

export interface NewUser {
  email: string;
  name: string;
  role: "admin" | MemberRole;
  campaignId?: number;
  now: Date;
}

export async function createUser(
  db: Db,
  lookups: Lookups,
  input: NewUser & { password: string },
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const userId = db.transaction((tx) => insertUser(tx, { ...input, passwordHash }));
  const user = loadUser(lookups, userId);
  if (!user) throw new Error("the user was not created");
  return user;
}

/** Inserts a user whose password is already hashed (hashing is async; inserts are not). */
export function insertUser(db: Reader, input: NewUser & { passwordHash: string }): number {
  const user = db
    .insert(users)
    .values({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash: input.passwordHash,
      isAdmin: input.role === "admin",
      createdAt: input.now.getTime(),
    })
    .returning()
    .get();
  if (input.role !== "admin" && input.campaignId !== undefined) {
    db.insert(memberships).values({ userId: user.id, campaignId: input.campaignId, role: input.role }).run();
  }
  return user.id;
}

/**
 * A campaign role for the user, or none; the audit log keeps what it was before. A funder
 * account holds funder roles only (access.ts: a funder may call a few procedures at all), so a
 * funder role beside a staff role, in another campaign, is a CONFLICT: use another account.
 */
export function setMembership(
  db: Db,
  by: { userId: number; now: Date; ip: string | null },
  input: { userId: number; campaignId: number; role: MemberRole | "none" },
): void {
  const where = and(eq(memberships.userId, input.userId), eq(memberships.campaignId, input.campaignId));
  db.transaction((tx) => {
    const before = tx.select().from(memberships).where(where).get();
    if (input.role !== "none") {
      const others = tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.userId, input.userId), ne(memberships.campaignId, input.campaignId)))
        .all();
      const funder = input.role === "funder";
      if (others.some((m) => (m.role === "funder") !== funder))
        throw conflict(
          funder
            ? "this user works on another campaign: a funder needs an account of its own"
            : "this user is a funder of another campaign: organisers and committee members need another account",
        );
    }
    if (input.role === "none") tx.delete(memberships).where(where).run();
    else {
      tx.insert(memberships)
        .values({ userId: input.userId, campaignId: input.campaignId, role: input.role })
        .onConflictDoUpdate({ target: [memberships.userId, memberships.campaignId], set: { role: input.role } })
        .run();
    }
    audit(tx, by.now, {
      action: "role_changed",
      userId: by.userId,
      subjectUserId: input.userId,
      campaignId: input.campaignId,
      ip: by.ip,
      detail: { before: before?.role ?? "none", after: input.role },
    });
  });
}

/** Disabled users cannot sign in; enabling one again lets it. */
export function setDisabled(db: Reader, userId: number, disabledAt: number | null): void {
  db.update(users).set({ disabledAt }).where(eq(users.id, userId)).run();
}

export function setAdmin(db: Reader, userId: number, isAdmin: boolean): void {
  db.update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
}

export function setLocale(db: Reader, userId: number, locale: UserLocale): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export async function setPassword(db: Reader, userId: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}
