// The request context: the database, the signed-in user, the clock and the session cookie.
// Tests build it with createContextInner; HTTP requests go through createHttpContext.
import "@fastify/cookie";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import type { Db } from "../db/open";
import { loadSessionUser, type SessionUser } from "./auth/sessions";
import { SESSION_COOKIE, sessionCookieJar, type CookieJar } from "./auth/cookies";

export interface ContextOptions {
  db: Db;
  user?: SessionUser | null;
  now?: () => Date;
  cookies?: CookieJar;
  /** The raw session token of the request, so logout can end exactly this session. */
  sessionToken?: string | null;
}

const ignoredCookies: CookieJar = { setSession() {}, clearSession() {} };

export async function createContextInner(opts: ContextOptions) {
  return {
    db: opts.db,
    user: opts.user ?? null,
    now: opts.now ?? (() => new Date()),
    cookies: opts.cookies ?? ignoredCookies,
    sessionToken: opts.sessionToken ?? null,
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;

export function createHttpContext(deps: { db: Db; now: () => Date }) {
  return async ({ req, res }: CreateFastifyContextOptions) => {
    const token = req.cookies[SESSION_COOKIE] ?? null;
    const user = token ? loadSessionUser(deps.db, token, deps.now()) : null;
    return createContextInner({ db: deps.db, now: deps.now, user, sessionToken: token, cookies: sessionCookieJar(req, res) });
  };
}
