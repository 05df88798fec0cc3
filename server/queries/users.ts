// Reading user accounts (never their password hashes to anyone outside auth).
import { and, eq, isNull, or } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { memberships, users, type User } from "../../db/schema";

export function listUsers(db: Reader): User[] {
  return db.select().from(users).orderBy(users.email).all();
}

export function userById(db: Reader, userId: number): User | undefined {
  return db.select().from(users).where(eq(users.id, userId)).get();
}

export function userByEmail(db: Reader, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

/** Admins who are not disabled: the last of them may not step down. */
export function activeAdminCount(db: Reader): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.disabledAt)))
    .all().length;
}

export function membershipOf(db: Reader, userId: number, campaignId: number) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.campaignId, campaignId)))
    .get();
}

/** Whether any account exists (a fresh database gets its first admin otherwise). */
export function hasUsers(db: Reader): boolean {
  return db.select({ id: users.id }).from(users).limit(1).get() !== undefined;
}

/**
 * Who may own a campaign's sponsors: its organisers and the admins, not disabled, by name.
 * Ids and names only: the sponsor form's owner list has no use for e-mails.
 */
export function campaignStaff(db: Reader, campaignId: number): { id: number; name: string }[] {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.campaignId, campaignId)))
    .where(and(isNull(users.disabledAt), or(eq(users.isAdmin, true), eq(memberships.role, "organiser"))))
    .orderBy(users.name, users.id)
    .all();
}
