// Personal API tokens: shown once, stored hashed, scoped (`read` or `write`), expiring and
// revocable. `Authorization: Bearer <token>` acts as the token's user within its scope
// (access.ts, tokenMay), so scripts need no password and no cookie.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/open";
import { apiTokens, users } from "../../db/schema";
import { API_TOKEN_DAYS, type ApiTokenScope } from "../domain/codes";
import type { Lookups } from "../queries/lookups";
import { loadUser, type SessionUser } from "./sessions";
import { hashToken, newToken } from "./tokens";

/** Tokens carry a recognisable prefix so a leaked one is easy to spot in logs and scanners. */
const PREFIX = "cft_";
const DAY_MS = 86_400_000;

export interface NewApiToken {
  name: string;
  scope: ApiTokenScope;
  /** 1 to API_TOKEN_DAYS.max; API_TOKEN_DAYS.default when not given. */
  expiresInDays?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function createApiToken(db: Db, userId: number, input: NewApiToken, now: Date) {
  const token = PREFIX + newToken();
  const expiresAt = now.getTime() + (input.expiresInDays ?? API_TOKEN_DAYS.default) * DAY_MS;
  const row = db
    .insert(apiTokens)
    .values({
      userId,
      name: input.name,
      scope: input.scope,
      tokenHash: hashToken(token),
      createdAt: now.getTime(),
      expiresAt,
    })
    .returning()
    .get();
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    token,
  };
}

export function listApiTokens(db: Db, userId: number, now: Date) {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id))
    .all()
    .map((t) => ({
      id: t.id,
      name: t.name,
      scope: t.scope,
      createdAt: iso(t.createdAt),
      expiresAt: iso(t.expiresAt),
      lastUsedAt: t.lastUsedAt === null ? null : iso(t.lastUsedAt),
      revoked: t.revokedAt !== null,
      expired: t.expiresAt <= now.getTime(),
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

/** Changing or resetting the password, or disabling the user, revokes its tokens for good. */
export function revokeAllApiTokens(db: Db, userId: number, now: Date): void {
  db.update(apiTokens)
    .set({ revokedAt: now.getTime() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run();
}

/**
 * What a Bearer token stands for: `unknown` when it matches no token at all (a guess, which
 * the throttle counts), `refused` for a real token that is revoked, expired or whose user is
 * disabled (a script past its time, not a guess), else the user and the token's scope.
 * `recordUse` notes the time on the token (a request); a live stream asking again before
 * each event does not.
 */
export type BearerResult =
  | { kind: "unknown" }
  | { kind: "refused" }
  | { kind: "ok"; user: SessionUser; scope: ApiTokenScope };

export function loadBearer(
  db: Db,
  lookups: Lookups,
  token: string,
  now: Date,
  { recordUse = true }: { recordUse?: boolean } = {},
): BearerResult {
  if (!token.startsWith(PREFIX)) return { kind: "unknown" };
  const row = db
    .select({
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt,
      userId: users.id,
      disabledAt: users.disabledAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return { kind: "unknown" };
  if (row.revokedAt !== null || row.expiresAt <= now.getTime() || row.disabledAt !== null) return { kind: "refused" };
  const user = loadUser(lookups, row.userId);
  if (!user) return { kind: "refused" };
  if (recordUse) db.update(apiTokens).set({ lastUsedAt: now.getTime() }).where(eq(apiTokens.id, row.tokenId)).run();
  return { kind: "ok", user, scope: row.scope };
}
