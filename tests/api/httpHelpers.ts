// A real server for HTTP tests: buildApp on a free port with the test's database and clock,
// and a small fetch client that keeps redirects and Set-Cookie headers visible.
import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { Db } from "../../db/open";
import { buildApp } from "../../server/app";
import { PASSWORD, servicesFor } from "./helpers";

export interface HttpResponse {
  status: number;
  /** Parsed JSON, or the text when the body is not JSON. */
  body: any;
  text: string;
  headers: Headers;
  /** The `name=value` pairs of Set-Cookie headers. */
  cookies: string[];
}

export type Server = Awaited<ReturnType<typeof serve>>;

/**
 * Starts the app; call `close()` when done (afterEach). With `trustProxy` the client address
 * comes from X-Forwarded-For, so a test can speak from several addresses.
 */
export async function serve(db: Db, now: () => Date, options: { trustProxy?: boolean } = {}) {
  const app: FastifyInstance = await buildApp({ services: servicesFor(db), now, trustProxy: options.trustProxy });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const request = async (path: string, init: RequestInit = {}): Promise<HttpResponse> => {
    const res = await fetch(base + path, { redirect: "manual", ...init });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return {
      status: res.status,
      body,
      text,
      headers: res.headers,
      cookies: res.headers.getSetCookie().map((c) => c.split(";")[0]),
    };
  };

  /** A tRPC mutation: JSON POST, optionally with a cookie or other headers. */
  const mutate = (path: string, input: unknown, headers: Record<string, string> = {}) =>
    request(`/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(input),
    });

  /** A tRPC query by GET. */
  const query = (path: string, input?: unknown, headers: Record<string, string> = {}) =>
    request(`/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, {
      headers,
    });

  /** Signs in and returns the `sid=…` cookie to send back. */
  const login = async (email: string, password = PASSWORD) => {
    const res = await mutate("auth.login", { email, password });
    expect(res.status, res.text).toBe(200);
    expect(res.cookies).toHaveLength(1);
    return res.cookies[0];
  };

  /** auth.me as the cookie (or header set) sees it. */
  const me = async (headers: Record<string, string>) => {
    const res = await query("auth.me", undefined, headers);
    expect(res.status, res.text).toBe(200);
    return res.body.result.data;
  };

  return { app, base, request, mutate, query, login, me, close: () => app.close() };
}
