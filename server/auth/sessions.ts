// Sessions: a random token in the cookie, only its SHA-256 in the database.
import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/open";
import { memberships, sessions, users, type MemberRole } from "../../db/schema";
import { hashToken, newToken } from "./tokens";

export const SESSION_DAYS = 30;

export interface SessionUser {
  kind: "user";
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: { campaignId: number; role: MemberRole }[];
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
export function loadSessionUser(db: Db, token: string, now: Date): SessionUser | null {
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now.getTime())))
    .get();
  if (!row || row.user.disabledAt !== null) return null;
  return loadUser(db, row.user.id);
}

export function loadUser(db: Db, userId: number): SessionUser | null {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const roles = db.select({ campaignId: memberships.campaignId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId)).all();
  return { kind: "user", id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, memberships: roles };
}
