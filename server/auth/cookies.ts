// The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS.
import "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "sid";

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export function sessionCookieJar(req: FastifyRequest, res: FastifyReply): CookieJar {
  const base = { path: "/", httpOnly: true, sameSite: "lax" as const, secure: req.protocol === "https" };
  return {
    setSession: (token, expiresAt) => void res.setCookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }),
    clearSession: () => void res.clearCookie(SESSION_COOKIE, base),
  };
}
