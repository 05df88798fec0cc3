// Sessions: a random token in the cookie, only its SHA-256 in the database.
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/open";
import { memberships, sessions, users, type MemberRole, type UserLocale } from "../../db/schema";
import { hashToken, newToken } from "./tokens";

export const SESSION_DAYS = 30;

export interface SessionUser {
  kind: "user";
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: { campaignId: number; role: MemberRole }[];
  /** The UI language the user chose; null until it chooses one. */
  locale: UserLocale | null;
}

export function startSession(db: Db, userId: number, now: Date): { token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now.getTime(), expiresAt: expiresAt.getTime() }).run();
  return { token, expiresAt };
}

export function endSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

/** Disabling a user or resetting its password ends every session it has at once. */
export function endAllSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** The user behind a live session token, or null (unknown, expired, or user disabled). */
// Every request looks its session up: prepared once per database, not built anew each time.
function prepareLookups(db: Db) {
  return {
    session: db.select({ user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder("tokenHash")), gt(sessions.expiresAt, sql.placeholder("now")))).prepare(),
    user: db.select().from(users).where(eq(users.id, sql.placeholder("userId"))).prepare(),
    roles: db.select({ campaignId: memberships.campaignId, role: memberships.role }).from(memberships)
      .where(eq(memberships.userId, sql.placeholder("userId"))).prepare(),
  };
}
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookups>>();

function lookupsFor(db: Db) {
  let prepared = lookups.get(db);
  if (!prepared) {
    prepared = prepareLookups(db);
    lookups.set(db, prepared);
  }
  return prepared;
}

export function loadSessionUser(db: Db, token: string, now: Date): SessionUser | null {
  const row = lookupsFor(db).session.get({ tokenHash: hashToken(token), now: now.getTime() });
  if (!row || row.user.disabledAt !== null) return null;
  return userWithRoles(db, row.user);
}

export function loadUser(db: Db, userId: number): SessionUser | null {
  const user = lookupsFor(db).user.get({ userId });
  return user ? userWithRoles(db, user) : null;
}

function userWithRoles(db: Db, user: typeof users.$inferSelect): SessionUser {
  const roles = lookupsFor(db).roles.all({ userId: user.id });
  return { kind: "user", id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, memberships: roles, locale: user.locale };
}
