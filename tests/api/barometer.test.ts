// The Funding-Barometer: a public live stream of the campaign's public figures (nothing
// more than publicCampaign.get shows, no supporters), and the one page other sites may frame.
import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { addPledge, addSponsor, type Caller, expectCode, servicesFor, setup, type Setup } from "./helpers";

type Event = [
  string,
  {
    campaign: { id: number; name: string };
    summary: Record<string, unknown> & { countedCents: number; rules: { id: string; value: unknown; gap: unknown }[] };
  },
];

async function subscribe(caller: Caller, campaignId: number, lastEventId?: string) {
  const iterable = await caller.publicCampaign.onSummary({ campaignId, lastEventId });
  return iterable[Symbol.asyncIterator]();
}

async function withPublicPage(options: Parameters<typeof setup>[0] = {}) {
  const s = await setup(options);
  const row = await s.as.admin.campaign.update({
    campaignId: s.campaign.id,
    expectedVersion: s.campaign.version,
    publicPage: true,
  });
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, { kind: "public_body", listing: "name_and_amount" });
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_000_000, { pledgedAt: "2016-05-01" });
  return { ...s, version: row.version };
}

const switchOff = (s: Setup, version: number) =>
  s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: version, publicPage: false });

describe("publicCampaign.onSummary", () => {
  it("sends anyone exactly the figures publicCampaign.get shows, without supporters, breakdowns or the public share", async () => {
    const s = await withPublicPage({ campaign: { rules: { maxPublicSharePercent: 50 } } });
    const stream = await subscribe(s.as.anonymous, s.campaign.id);
    const [eventId, figures] = (await stream.next()).value as unknown as Event;
    await stream.return?.();

    const page = await s.as.anonymous.publicCampaign.get({ campaignId: s.campaign.id });
    expect(figures).toEqual({ campaign: page.campaign, summary: page.summary });
    expect(eventId).toMatch(/^[\w-]{22}$/);
    expect(figures.campaign.name).toBe("Aachen digitalisiert");
    expect(figures.summary).toMatchObject({
      scope: "overall",
      countedCents: 1_000_000,
      sponsorCount: 1,
      targetCents: 150_000_000,
      deadline: "2016-06-01",
    });
    expect(figures).not.toHaveProperty("supporters");
    for (const hidden of [
      "byKind",
      "byCountry",
      "timeline",
      "cashFlow",
      "intentCents",
      "confirmedCents",
      "paidCents",
      "publicCountedCents",
    ]) {
      expect(figures.summary, hidden).not.toHaveProperty(hidden);
    }
    // The only sponsor is public money: its share would give its amount away.
    const publicShare = figures.summary.rules.find((r) => r.id === "max_public_share");
    expect(publicShare).toMatchObject({ value: null, gap: null });
  });

  it("sends new figures with a new event id after a change, and nothing to a client that already has them", async () => {
    const s = await withPublicPage();
    const stream = await subscribe(s.as.anonymous, s.campaign.id);
    const [firstId] = (await stream.next()).value as unknown as Event;
    const next = stream.next();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 500_000, { pledgedAt: "2016-05-02" });
    const [changedId, changed] = (await next).value as unknown as Event;
    expect(changed.summary.countedCents).toBe(1_500_000);
    expect(changedId).not.toBe(firstId);
    await stream.return?.();

    // Reconnecting with the last id: no repeat until something changes.
    const again = await subscribe(s.as.anonymous, s.campaign.id, changedId);
    const pending = again.next();
    const settled = await Promise.race([
      pending.then(() => "event"),
      new Promise((r) => setTimeout(() => r("quiet"), 50)),
    ]);
    expect(settled).toBe("quiet");
    await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100, { pledgedAt: "2016-05-02" });
    expect(((await pending).value as unknown as Event)[1].summary.countedCents).toBe(1_500_100);
    await again.return?.();
  });

  it("is NOT_FOUND while the public page is off, and for a campaign that does not exist", async () => {
    const s = await setup();
    await expectCode((await subscribe(s.as.anonymous, s.campaign.id)).next(), "NOT_FOUND");
    await expectCode(
      (await subscribe(s.as.admin, s.campaign.id)).next(),
      "NOT_FOUND",
      "not even for the admin: it is the public view",
    );
    await expectCode((await subscribe(s.as.anonymous, 9999)).next(), "NOT_FOUND");
  });

  it("ends with NOT_FOUND when an admin switches the public page off", async () => {
    const s = await withPublicPage();
    const stream = await subscribe(s.as.anonymous, s.campaign.id);
    await stream.next();
    const next = stream.next();
    await switchOff(s, s.version);
    await expectCode(next, "NOT_FOUND");
    expect((await stream.next()).done).toBe(true);
  });
});

describe("GET /barometer/:campaignId", () => {
  let s: Awaited<ReturnType<typeof withPublicPage>>;
  let app: FastifyInstance;
  let base: string;
  let clientDir: string;

  beforeAll(async () => {
    s = await withPublicPage();
    clientDir = mkdtempSync(join(tmpdir(), "barometer-client-"));
    writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(clientDir, "barometer.html"), "<!doctype html><title>barometer</title>");
    app = await buildApp({ services: servicesFor(s.db), now: s.clock.now, clientDir });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const frameAncestors = (res: Response) =>
    /frame-ancestors ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

  it("serves the barometer page, which any site may frame", async () => {
    const res = await fetch(`${base}/barometer/${s.campaign.id}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>barometer</title>");
    expect(frameAncestors(res)).toBe("*");
    expect(res.headers.get("x-frame-options")).toBeNull();
    // The rest of the policy stays as strict as everywhere else.
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps every other page unframeable by other sites", async () => {
    for (const path of ["/", "/p/1", "/c/1", "/barometer.html", "/barometer/1/more", "/healthz"]) {
      const res = await fetch(base + path);
      expect(frameAncestors(res), path).toBe("'self'");
      expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
    }
  });

  it("answers a path that is no campaign id with a plain 404", async () => {
    for (const path of ["/barometer/abc", "/barometer/0", "/barometer/1e3"]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(404);
      expect(await res.json(), path).toEqual({ error: "not found" });
    }
  });

  it("streams the figures over SSE without a session, as the barometer's EventSource reads them", async () => {
    const input = encodeURIComponent(JSON.stringify({ campaignId: s.campaign.id }));
    const first = await firstSseEvents(`${base}/trpc/publicCampaign.onSummary?input=${input}`, 2);
    expect(first[0]).toMatchObject({ event: "connected" });
    expect(first[1].id).toMatch(/^[\w-]{22}$/);
    expect(JSON.parse(first[1].data).summary.countedCents).toBe(1_000_000);

    const unknown = await firstSseEvents(
      `${base}/trpc/publicCampaign.onSummary?input=${encodeURIComponent(JSON.stringify({ campaignId: 9999 }))}`,
      2,
    );
    expect(unknown[1].event).toBe("serialized-error");
    expect(JSON.parse(unknown[1].data).data.code).toBe("NOT_FOUND");
  });
});

/** Reads the first `count` events of an SSE stream, then hangs up. */
async function firstSseEvents(url: string, count: number) {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream" }, signal: abort.signal });
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const events: Record<string, string>[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
    const blocks = text.split("\n\n");
    text = blocks.pop()!;
    for (const block of blocks.filter((b) => b.trim())) {
      events.push(
        Object.fromEntries(
          block
            .split("\n")
            .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]),
        ),
      );
    }
  }
  abort.abort();
  return events;
}
