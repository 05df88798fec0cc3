// The session cookie: HttpOnly, SameSite=Lax, Secure when served over HTTPS (directly or,
// with PUBLIC_URL set to https://…, behind a TLS proxy).
import "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "sid";

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export function sessionCookieJar(req: FastifyRequest, res: FastifyReply, publicUrl: string | null): CookieJar {
  const secure = req.protocol === "https" || !!publicUrl?.startsWith("https:");
  const base = { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
  return {
    setSession: (token, expiresAt) => void res.setCookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }),
    clearSession: () => void res.clearCookie(SESSION_COOKIE, base),
  };
}
