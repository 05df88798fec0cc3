// Real HTTP against buildApp on a free port: plain JSON (no transformer), cookies, the
// mutation guard, batching limits and error shapes (CONTRACT.md "HTTP" and "Errors").
import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { addSponsor, PASSWORD, rowCounts, servicesFor, setup, type Setup } from "./helpers";

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(s: Setup) {
  app = await buildApp({ services: servicesFor(s.db), now: s.clock.now });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const request = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, init);
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body, headers: res.headers };
  };
  const post = (path: string, input: unknown, headers: Record<string, string> = {}) =>
    request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(input),
    });
  /** Signs in over HTTP and returns the Cookie header to send. */
  const login = async (email: string) => {
    const res = await post("/trpc/auth.login", { email, password: PASSWORD });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie()[0].split(";")[0];
  };
  const query = (path: string, input: unknown, cookie?: string) =>
    request(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: cookie ? { cookie } : {} });
  return { base, request, post, login, query };
}

describe("the HTTP server", () => {
  it("answers GET /healthz with 200 {ok:true}", async () => {
    const http = await serve(await setup());
    const res = await http.request("/healthz");
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("sets an HttpOnly SameSite=Lax session cookie on login, and auth.me works with it", async () => {
    const s = await setup();
    const http = await serve(s);
    const res = await http.post("/trpc/auth.login", { email: "organiser@example.org", password: PASSWORD });
    expect(res.body.result.data).toMatchObject({ email: "organiser@example.org" });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^sid=[\w-]{20,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    const sid = cookie.split(";")[0];
    expect((await http.query("auth.me", undefined, sid)).body.result.data).toMatchObject({ id: s.users.organiser.id });
    expect((await http.request("/trpc/auth.me")).body.result.data).toBeNull();
    const wrong = await http.post("/trpc/auth.login", { email: "organiser@example.org", password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("serves a curl-like GET query with plain JSON input and output", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("committee@example.org");
    const res = await http.request(`/trpc/campaign.summary?input={"campaignId":${s.campaign.id}}`, {
      headers: { cookie: sid },
    });
    expect(res.status).toBe(200);
    // no transformer: the data is the summary itself, not wrapped in {json: …}
    expect(res.body.result.data).toMatchObject({
      campaignId: s.campaign.id,
      targetCents: 150_000_000,
      countedCents: 0,
      eligible: false,
    });
  });

  it("answers bad input with 400 and error.data.fieldErrors naming the field, without a stack", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const res = await http.post(
      "/trpc/pledge.create",
      { campaignId: s.campaign.id, sponsorId: sponsor.id, amountCents: -5, type: "cash", status: "confirmed" },
      { cookie: sid },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(res.body.error.data.fieldErrors).toEqual({ amountCents: [expect.any(String)] });
    expect(res.body.error.data.stack).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|SQLITE|node_modules/);
  });

  it("refuses a text/plain mutation with 415 and writes nothing", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const before = rowCounts(s.db);
    const body = JSON.stringify({ campaignId: s.campaign.id, name: "Form Post GmbH", kind: "company", country: "DE" });
    const res = await http.request("/trpc/sponsor.create", {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: sid },
      body,
    });
    expect(res.status).toBe(415);
    expect(res.body.error.data.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("refuses a mutation with a foreign Origin with 403, and serves one with no or its own Origin", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const input = (name: string) => ({ campaignId: s.campaign.id, name, kind: "company", country: "DE" });
    const foreign = await http.post("/trpc/sponsor.create", input("Evil GmbH"), {
      cookie: sid,
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.data.code).toBe("FORBIDDEN");
    expect((await http.post("/trpc/sponsor.create", input("Script GmbH"), { cookie: sid })).status).toBe(200);
    expect(
      (await http.post("/trpc/sponsor.create", input("Browser GmbH"), { cookie: sid, origin: http.base })).status,
    ).toBe(200);
    expect((await s.as.organiser.sponsor.list({ campaignId: s.campaign.id })).items.map((x) => x.name)).toEqual([
      "Browser GmbH",
      "Script GmbH",
    ]);
  });

  it("serves a batch of 10 calls and refuses one of 11 with 400", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const batch = (n: number) => {
      const paths = Array(n).fill("campaign.summary").join(",");
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { campaignId: s.campaign.id }]));
      return http.request(`/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers: { cookie: sid },
      });
    };
    const ten = await batch(10);
    expect(ten.status).toBe(200);
    expect(ten.body).toHaveLength(10);
    expect((await batch(11)).status).toBe(400);
  });

  it("maps an unknown sponsor to 404 and a committee member's write to 403", async () => {
    const s = await setup();
    const http = await serve(s);
    const organiser = await http.login("organiser@example.org");
    const committee = await http.login("committee@example.org");
    const pledge = { campaignId: s.campaign.id, sponsorId: 999, amountCents: 100, type: "cash", status: "confirmed" };
    const unknown = await http.post("/trpc/pledge.create", pledge, { cookie: organiser });
    expect([unknown.status, unknown.body.error.data.code]).toEqual([404, "NOT_FOUND"]);
    const sponsor = { campaignId: s.campaign.id, name: "Lenkungskreis GmbH", kind: "company", country: "DE" };
    const write = await http.post("/trpc/sponsor.create", sponsor, { cookie: committee });
    expect([write.status, write.body.error.data.code]).toEqual([403, "FORBIDDEN"]);
    expect((await http.post("/trpc/sponsor.create", sponsor)).status).toBe(401);
  });

  it("never answers bad input with a 500, malformed JSON included", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const raw = (path: string, body: string) =>
      http.request(path, { method: "POST", headers: { "content-type": "application/json", cookie: sid }, body });
    const responses = [
      await raw("/trpc/pledge.create", "{not json"),
      await raw("/trpc/pledge.create", ""),
      await raw("/trpc/pledge.create", "null"),
      await raw("/trpc/pledge.create", "[1,2,3]"),
      await raw("/trpc/pledge.create", `{"campaignId":1e400,"amountCents":"∞"}`),
      await raw("/trpc/pledge.create?batch=1", `"not an object"`),
      await raw("/trpc/auth.login", `{"email":{"$ne":null},"password":[]}`),
      await raw("/trpc/pledge.create", JSON.stringify({ note: "x".repeat(1_100_000) })), // above the 1 MiB body limit
      await http.request(`/trpc/campaign.summary?input=${encodeURIComponent("{bad")}`, { headers: { cookie: sid } }),
      await http.request(`/trpc/campaign.summary?input=${encodeURIComponent('{"campaignId":1,"asOf":"2016-02-30"}')}`, {
        headers: { cookie: sid },
      }),
      await http.request("/trpc/no.such.procedure", { headers: { cookie: sid } }),
      await http.request("/trpc/pledge.create", { headers: { cookie: sid } }), // a mutation by GET
    ];
    for (const res of responses) {
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeLessThan(500);
    }
    expect(responses[0].status).toBe(400);
    expect(responses[9].body.error.data.fieldErrors).toHaveProperty("asOf");
  });

  it("refuses bodies over 1 MiB with 413, with or without a Content-Length; imports may send more", async () => {
    const s = await setup();
    const http = await serve(s);
    const sid = await http.login("organiser@example.org");
    const headers = { "content-type": "application/json", cookie: sid };
    const big = JSON.stringify({ campaignId: s.campaign.id, note: "x".repeat(2 * 1024 * 1024) });
    expect((await http.request("/trpc/pledge.create", { method: "POST", headers, body: big })).status).toBe(413);
    // a streamed body carries no Content-Length: it is counted as it arrives
    const chunked = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = await http.request("/trpc/pledge.create", {
      method: "POST",
      headers,
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const imported = await http.request("/trpc/pledge.importCsv", { method: "POST", headers, body: big });
    expect(imported.status).not.toBe(413);
  });
});
