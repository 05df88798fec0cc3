// The request context: the services (database, ledger, change feed …), who is asking (a user,
// a sponsor, or nobody), the clock, the session cookie and the throttles. Tests build it with
// createContextInner; HTTP requests go through createHttpContext.
import "@fastify/cookie";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import type { FastifyRequest } from "fastify";
import { loadBearer } from "./auth/apiTokens";
import { assertTokenAttemptAllowed, recordUnknownToken } from "./auth/attempts";
import { SESSION_COOKIE, sessionCookieJar, type CookieJar } from "./auth/cookies";
import { loadSessionUser, type SessionUser } from "./auth/sessions";
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
}

const ignoredCookies: CookieJar = { setSession() {}, clearSession() {} };

export async function createContextInner(opts: ContextOptions) {
  return {
    services: opts.services,
    db: opts.services.db,
    user: opts.user ?? null,
    sponsor: opts.user ? null : (opts.sponsor ?? null),
    tokenScope: opts.user ? (opts.tokenScope ?? null) : null,
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

/**
 * Who is asking: a Bearer API token, else the session cookie (a user's or a sponsor's). A
 * token that matches none counts as a guess against the address's sign-in throttle, and an
 * address over that throttle is refused (`throttled`) before its token is looked up.
 */
export function identify(deps: HttpContextDeps, req: FastifyRequest) {
  const now = deps.now();
  const { db, lookups, limits } = deps.services;
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) {
    assertTokenAttemptAllowed(limits, req.ip, now.getTime());
    const found = loadBearer(db, lookups, bearer, now);
    if (found.kind === "unknown") recordUnknownToken(limits, req.ip, now.getTime());
    return found.kind === "ok"
      ? { user: found.user, sponsor: null, token: null, tokenScope: found.scope }
      : { user: null, sponsor: null, token: null, tokenScope: null };
  }
  const token = req.cookies[SESSION_COOKIE] ?? null;
  if (!token) return { user: null, sponsor: null, token, tokenScope: null };
  const user = loadSessionUser(lookups, token, now);
  return { user, sponsor: user ? null : loadSponsorSession(db, token, now), token, tokenScope: null };
}

export function createHttpContext(deps: HttpContextDeps) {
  return async ({ req, res }: CreateFastifyContextOptions) => {
    let who: ReturnType<typeof identify>;
    try {
      who = identify(deps, req);
    } catch (error) {
      throw toTRPCError(error); // a throttled address: 429, not a 500
    }
    const { user, sponsor, token, tokenScope } = who;
    return createContextInner({
      services: deps.services,
      now: deps.now,
      user,
      sponsor,
      tokenScope,
      sessionToken: token,
      ip: req.ip,
      baseUrl: baseUrlOf(req, deps.publicUrl),
      cookies: sessionCookieJar(req, res, deps.publicUrl),
    });
  };
}
