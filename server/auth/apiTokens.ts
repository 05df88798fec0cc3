// Personal API tokens: shown once, stored hashed, revocable. `Authorization: Bearer <token>`
// acts as the token's user, so scripts need no password and no cookie.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/open";
import type { Lookups } from "../queries/lookups";
import { apiTokens, users } from "../../db/schema";
import { loadUser, type SessionUser } from "./sessions";
import { hashToken, newToken } from "./tokens";

/** Tokens carry a recognisable prefix so a leaked one is easy to spot in logs and scanners. */
const PREFIX = "cft_";

export function createApiToken(db: Db, userId: number, name: string, now: Date) {
  const token = PREFIX + newToken();
  const row = db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), createdAt: now.getTime() })
    .returning()
    .get();
  return { id: row.id, name: row.name, createdAt: new Date(row.createdAt).toISOString(), token };
}

export function listApiTokens(db: Db, userId: number) {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id))
    .all()
    .map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: new Date(t.createdAt).toISOString(),
      lastUsedAt: t.lastUsedAt === null ? null : new Date(t.lastUsedAt).toISOString(),
      revoked: t.revokedAt !== null,
    }));
}

/** Revokes one of the user's own tokens; false when it has no such live token. */
export function revokeApiToken(db: Db, userId: number, tokenId: number, now: Date): boolean {
  const done = db
    .update(apiTokens)
    .set({ revokedAt: now.getTime() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning()
    .all();
  return done.length > 0;
}

/** Disabling a user or resetting its password revokes its tokens for good. */
export function revokeAllApiTokens(db: Db, userId: number, now: Date): void {
  db.update(apiTokens)
    .set({ revokedAt: now.getTime() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run();
}

/**
 * The user behind a live token, or null (unknown, revoked, user disabled). `recordUse` notes
 * the time on the token (a request); a live stream asking again before each event does not.
 */
export function loadBearerUser(
  db: Db,
  lookups: Lookups,
  token: string,
  now: Date,
  { recordUse = true }: { recordUse?: boolean } = {},
): SessionUser | null {
  if (!token.startsWith(PREFIX)) return null;
  const row = db
    .select({ tokenId: apiTokens.id, userId: users.id, disabledAt: users.disabledAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row || row.disabledAt !== null) return null;
  if (recordUse) db.update(apiTokens).set({ lastUsedAt: now.getTime() }).where(eq(apiTokens.id, row.tokenId)).run();
  return loadUser(lookups, row.userId);
}
