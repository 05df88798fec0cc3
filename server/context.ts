// The request context: the services (database, ledger, change feed …), who is asking (a user,
// a sponsor, or nobody) and how to ask again, the clock, the session cookie and the throttles.
// Tests build it with createContextInner; HTTP requests go through createHttpContext.
import "@fastify/cookie";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import type { FastifyRequest } from "fastify";
import type { Who } from "./access";
import { loadBearer } from "./auth/apiTokens";
import { assertTokenAttemptAllowed, recordUnknownToken } from "./auth/attempts";
import { SESSION_COOKIE, sessionCookieJar, type CookieJar } from "./auth/cookies";
import { loadActiveUser, loadSessionUser, type SessionUser } from "./auth/sessions";
import { loadSponsorSession, type SponsorSession } from "./auth/sponsorLinks";
import type { Limits } from "./auth/throttle";
import type { ApiTokenScope } from "./domain/codes";
import { toTRPCError } from "./errors";
import type { Services } from "./services";

export interface ContextOptions {
  services: Services;
  user?: SessionUser | null;
  sponsor?: SponsorSession | null;
  /** Set when the user acts through an API token: what the token allows (access.ts, tokenMayCall). */
  tokenScope?: ApiTokenScope | null;
  now?: () => Date;
  cookies?: CookieJar;
  /** The raw session token of the request, so logout can end exactly this session. */
  sessionToken?: string | null;
  ip?: string | null;
  /** Where links handed out point to (PUBLIC_URL, or the request's own origin). */
  baseUrl?: string;
  /** The throttles; the services' own unless a test brings its own. */
  limits?: Limits;
  /**
   * Who is asking now, by the credentials the request came with: a live stream asks before
   * every event, so it ends when the session, the token or the link does. Without it (a
   * caller in a test) the same user is read again (null once disabled) and a sponsor stays.
   */
  whoNow?: () => Who;
}

const ignoredCookies: CookieJar = { setSession() {}, clearSession() {} };

export async function createContextInner(opts: ContextOptions) {
  const user = opts.user ?? null;
  const sponsor = user ? null : (opts.sponsor ?? null);
  const { lookups } = opts.services;
  return {
    services: opts.services,
    db: opts.services.db,
    user,
    sponsor,
    tokenScope: user ? (opts.tokenScope ?? null) : null,
    whoNow: opts.whoNow ?? ((): Who => ({ user: user && loadActiveUser(lookups, user.id), sponsor })),
    now: opts.now ?? (() => new Date()),
    cookies: opts.cookies ?? ignoredCookies,
    sessionToken: opts.sessionToken ?? null,
    ip: opts.ip ?? null,
    baseUrl: opts.baseUrl ?? "http://localhost:3000",
    limits: opts.limits ?? opts.services.limits,
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;

/** What the HTTP routes and the tRPC adapter share: the services, the clock, PUBLIC_URL. */
export interface HttpContextDeps {
  services: Services;
  now: () => Date;
  publicUrl: string | null;
}

export function baseUrlOf(req: FastifyRequest, publicUrl: string | null): string {
  return (publicUrl ?? `${req.protocol}://${req.headers.host}`).replace(/\/+$/, "");
}

/** What a request shows of who it is: a Bearer API token, else the session cookie, or neither. */
export interface Credentials {
  bearer: string | null;
  token: string | null;
}

export function credentialsOf(req: FastifyRequest): Credentials {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? null;
  return { bearer, token: bearer ? null : (req.cookies[SESSION_COOKIE] ?? null) };
}

/** Who the credentials stand for now, and whether a Bearer token matched no token at all. */
export interface Identity extends Who {
  tokenScope: ApiTokenScope | null;
  unknownToken: boolean;
}

/** Who the credentials stand for now: the token's user, else the session's user or sponsor. */
export function whoIs(deps: HttpContextDeps, credentials: Credentials, { recordUse = true } = {}): Identity {
  const now = deps.now();
  const { db, lookups } = deps.services;
  const nobody = { user: null, sponsor: null, tokenScope: null, unknownToken: false };
  if (credentials.bearer) {
    const found = loadBearer(db, lookups, credentials.bearer, now, { recordUse });
    if (found.kind === "ok") return { ...nobody, user: found.user, tokenScope: found.scope };
    return { ...nobody, unknownToken: found.kind === "unknown" };
  }
  const { token } = credentials;
  if (!token) return nobody;
  const user = loadSessionUser(lookups, token, now);
  return { ...nobody, user, sponsor: user ? null : loadSponsorSession(db, token, now) };
}

/**
 * Who is asking: a Bearer API token, else the session cookie (a user's or a sponsor's). A
 * token that matches none counts as a guess against the address's sign-in throttle, and an
 * address over that throttle is refused (`throttled`) before its token is looked up.
 */
export function identify(deps: HttpContextDeps, req: FastifyRequest) {
  const credentials = credentialsOf(req);
  const { limits } = deps.services;
  const at = deps.now().getTime();
  if (credentials.bearer) assertTokenAttemptAllowed(limits, req.ip, at);
  const who = whoIs(deps, credentials);
  if (who.unknownToken) recordUnknownToken(limits, req.ip, at);
  return { user: who.user, sponsor: who.sponsor, tokenScope: who.tokenScope, token: credentials.token };
}

export function createHttpContext(deps: HttpContextDeps) {
  return async ({ req, res }: CreateFastifyContextOptions) => {
    const credentials = credentialsOf(req);
    let who: ReturnType<typeof identify>;
    try {
      who = identify(deps, req);
    } catch (error) {
      throw toTRPCError(error); // a throttled address: 429, not a 500
    }
    const { user, sponsor, tokenScope } = who;
    return createContextInner({
      whoNow: () => whoIs(deps, credentials, { recordUse: false }),
      services: deps.services,
      now: deps.now,
      user,
      sponsor,
      tokenScope,
      sessionToken: credentials.token,
      ip: req.ip,
      baseUrl: baseUrlOf(req, deps.publicUrl),
      cookies: sessionCookieJar(req, res, deps.publicUrl),
    });
  };
}
