// Sessions: a random token in the cookie, only its SHA-256 in the database.
import { eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { sessions, type User } from "../../db/schema";
import type { MemberRole, UserLocale } from "../domain/codes";
import { notFound } from "../domain/errors";
import type { Lookups } from "../queries/lookups";
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

export function startSession(db: Reader, userId: number, now: Date): { token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  db.insert(sessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now.getTime(), expiresAt: expiresAt.getTime() })
    .run();
  return { token, expiresAt };
}

export function endSession(db: Reader, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run();
}

/** Disabling a user or resetting its password ends every session it has at once. */
export function endAllSessions(db: Reader, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** The user behind a live session token, or null (unknown, expired, or user disabled). */
export function loadSessionUser(lookups: Lookups, token: string, now: Date): SessionUser | null {
  const row = lookups.sessionUser.get({ tokenHash: hashToken(token), now: now.getTime() });
  if (!row || row.user.disabledAt !== null) return null;
  return userWithRoles(lookups, row.user);
}

/** The user with its roles as they are now, or null once it is disabled (or gone). */
export function loadActiveUser(lookups: Lookups, userId: number): SessionUser | null {
  const user = lookups.userById.get({ userId });
  return user && user.disabledAt === null ? userWithRoles(lookups, user) : null;
}

/** A user with its roles, as auth.me and the user procedures return it. */
export function loadUser(lookups: Lookups, userId: number): SessionUser | null {
  const user = lookups.userById.get({ userId });
  return user ? userWithRoles(lookups, user) : null;
}

function userWithRoles(lookups: Lookups, user: User): SessionUser {
  const roles = lookups.rolesOf.all({ userId: user.id });
  return {
    kind: "user",
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    memberships: roles,
    locale: user.locale,
  };
}

/** As loadUser, for a user known to exist (just signed in, just changed): NOT_FOUND otherwise. */
export function existingUser(lookups: Lookups, userId: number): SessionUser {
  const user = loadUser(lookups, userId);
  if (!user) throw notFound("user");
  return user;
}
