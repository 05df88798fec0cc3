// Sponsor links over real HTTP (CONTRACT.md "Who sees what"): GET /s/<token> lasts 14 days,
// may be opened more than once, starts a 30-day sponsor session; an expired, revoked or
// altered token shows a page that says so and starts nothing; guessing is throttled.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { sponsorAccessLinks } from "../../db/schema";
import { addPledge, addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const DAY_MS = 86_400_000;
const START = "2016-05-20T10:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The app on a free port, an organiser signed in, sponsor A of campaign A with a pledge. */
async function linkFixture() {
  const s: Setup = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  const http = server;
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, { name: "Printen Lambertz KG" });
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_500_000);
  const organiser = { cookie: await http.login("organiser@example.org") };
  const createLink = async () => {
    const res = await http.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id }, organiser);
    expect(res.status, res.text).toBe(200);
    return res.body.result.data as { url: string; expiresAt: string };
  };
  /** Opens the link as a browser would, without following the redirect. */
  const open = (url: string) => http.request(new URL(url).pathname);
  return { s, http, sponsor, organiser, createLink, open };
}

const tokenOf = (url: string) => url.split("/s/")[1];

describe("sponsor.createAccessLink", () => {
  it("returns a URL …/s/<token> with a long random token that expires in 14 days", async () => {
    const { http, createLink } = await linkFixture();
    const link = await createLink();
    expect(link.url).toMatch(new RegExp(`^${http.base}/s/[A-Za-z0-9_-]{43,}$`));
    expect(link.expiresAt).toBe(later(14 * DAY_MS));
  });

  it("stores only the token's hash, never the token", async () => {
    const { s, createLink } = await linkFixture();
    const token = tokenOf((await createLink()).url);
    const rows = s.db.select().from(sponsorAccessLinks).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(token).digest("base64url"));
    expect(rows[0].tokenHash).not.toBe(token);
    const everything =
      JSON.stringify(s.db.$client.prepare("select * from sponsor_access_links").all()) +
      JSON.stringify(s.db.$client.prepare("select * from audit_log").all());
    expect(everything).not.toContain(token);
  });
});

describe("opening a sponsor link", () => {
  it("redirects (303) to /portal with an HttpOnly SameSite=Lax session cookie, and auth.me is the sponsor", async () => {
    const { s, http, sponsor, createLink, open } = await linkFixture();
    const res = await open((await createLink()).url);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/portal");
    const [setCookie] = res.headers.getSetCookie();
    expect(setCookie).toMatch(/^sid=[\w-]{43,};/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(await http.me({ cookie: res.cookies[0] })).toEqual({
      kind: "sponsor",
      sponsorId: sponsor.id,
      campaignId: s.campaign.id,
      name: "Printen Lambertz KG",
    });
    const portal = await http.query("sponsorPortal.me", undefined, { cookie: res.cookies[0] });
    expect(portal.body.result.data.pledges.map((p: { amountCents: number }) => p.amountCents)).toEqual([1_500_000]);
  });

  it("can be opened more than once (mail scanners open links), each opening a session of its own", async () => {
    const { http, sponsor, createLink, open } = await linkFixture();
    const { url } = await createLink();
    const first = await open(url);
    const second = await open(url);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(first.cookies[0]).not.toBe(second.cookies[0]);
    for (const cookie of [first.cookies[0], second.cookies[0]]) {
      expect(await http.me({ cookie })).toMatchObject({ kind: "sponsor", sponsorId: sponsor.id });
    }
  });

  it("works until 14 days have passed, then shows a 410 page that says it expired and how to get a new one, with no cookie", async () => {
    const { s, createLink, open } = await linkFixture();
    const { url } = await createLink();
    s.clock.set(later(14 * DAY_MS - 1000));
    expect((await open(url)).status).toBe(303);
    s.clock.set(later(14 * DAY_MS + 1000));
    const res = await open(url);
    expect(res.status).toBe(410);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.text).toMatch(/expired/);
    expect(res.text).toMatch(/abgelaufen/);
    expect(res.text).toMatch(/ask the organisers of “Aachen digitalisiert”, who sent you the link, for a new link/);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("is revoked by a newer link: 410 with a page that says so, while the new one works", async () => {
    const { http, sponsor, createLink, open } = await linkFixture();
    const old = await createLink();
    const fresh = await createLink();
    const res = await open(old.url);
    expect(res.status).toBe(410);
    expect(res.text).toMatch(/revoked/);
    expect(res.text).toMatch(/new link/);
    expect(res.headers.getSetCookie()).toEqual([]);
    const opened = await open(fresh.url);
    expect(opened.status).toBe(303);
    expect(await http.me({ cookie: opened.cookies[0] })).toMatchObject({ sponsorId: sponsor.id });
  });

  it("after sponsor.revokeAccessLinks stops working, and the sessions it started end (auth.me becomes null)", async () => {
    const { http, sponsor, organiser, createLink, open } = await linkFixture();
    const { url } = await createLink();
    const cookie = (await open(url)).cookies[0];
    expect(await http.me({ cookie })).toMatchObject({ sponsorId: sponsor.id });
    const revoked = await http.mutate("sponsor.revokeAccessLinks", { sponsorId: sponsor.id }, organiser);
    expect(revoked.body.result.data).toEqual({ revoked: 1 });
    expect(await http.me({ cookie })).toBeNull();
    expect((await http.query("sponsorPortal.me", undefined, { cookie })).status).toBe(401);
    const again = await open(url);
    expect(again.status).toBe(410);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it("with an altered token shows a 404 page that says the link is not valid, with no cookie", async () => {
    const { http, createLink } = await linkFixture();
    const token = tokenOf((await createLink()).url);
    const altered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const path of [`/s/${altered}`, `/s/${token}x`, "/s/x"]) {
      const res = await http.request(path);
      expect(res.status, path).toBe(404);
      expect(res.text).toMatch(/not valid/);
      expect(res.text).toMatch(/new link/);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it("after 20 bad tokens from one address answers 429, even to a valid link, until 15 minutes have passed", async () => {
    const { s, http, createLink, open } = await linkFixture();
    const { url } = await createLink();
    for (let i = 0; i < 20; i++) {
      expect((await http.request(`/s/guess-${i}`)).status).toBe(404);
    }
    expect((await http.request("/s/guess-21")).status).toBe(429);
    const refused = await open(url);
    expect(refused.status).toBe(429);
    expect(refused.headers.getSetCookie()).toEqual([]);
    s.clock.set(later(15 * 60_000 + 1000));
    expect((await open(url)).status).toBe(303);
  });

  it("starts a session that auth.logout ends and whose cookie it clears", async () => {
    const { http, sponsor, createLink, open } = await linkFixture();
    const { url } = await createLink();
    const cookie = (await open(url)).cookies[0];
    expect(await http.me({ cookie })).toMatchObject({ sponsorId: sponsor.id });
    const out = await http.mutate("auth.logout", undefined, { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(/^sid=;.*Expires=Thu, 01 Jan 1970/i);
    expect(await http.me({ cookie })).toBeNull();
    // the link itself still works: signing out is not revoking
    expect((await open(url)).status).toBe(303);
  });

  it("starts a sponsor session that lasts 30 days, beyond the link's 14", async () => {
    const { s, http, sponsor, createLink, open } = await linkFixture();
    const res = await open((await createLink()).url);
    const cookie = res.cookies[0];
    const expires = /Expires=([^;]+)/i.exec(res.headers.getSetCookie()[0])![1];
    expect(new Date(expires).toISOString()).toBe(later(30 * DAY_MS));
    s.clock.set(later(30 * DAY_MS - 1000));
    expect(await http.me({ cookie })).toMatchObject({ kind: "sponsor", sponsorId: sponsor.id });
    s.clock.set(later(30 * DAY_MS + 1000));
    expect(await http.me({ cookie })).toBeNull();
    expect((await http.query("campaign.summary", { campaignId: s.campaign.id }, { cookie })).status).toBe(401);
  });
});
