// Idempotent pledge.create against the real server over HTTP: a replay returns the first
// pledge and writes nothing; the same key with other input is a CONFLICT; a client that lost
// the response (its socket closed right after sending) and retries gets one pledge, counted
// once; simultaneous requests with one key get one pledge. Row counts and figures are read
// straight from the server's file (WAL lets a second connection read while it runs).
import Database from "better-sqlite3";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, TEST_ADMIN, type RunningServer } from "../e2e/harness";
import { ADMIN_ENV, createCampaign, signedIn, summaryTotals, type ApiSession } from "./apiSession";

let server: RunningServer;
let admin: ApiSession;
let reader: Database.Database;
let campaignId: number;
let sponsorId: number;

beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { needsClient: false });
  admin = await signedIn(server.url, TEST_ADMIN);
  ({
    campaignId,
    sponsorIds: [sponsorId],
  } = await createCampaign(admin, 1));
  reader = new Database(server.databaseFile, { fileMustExist: true });
});
afterAll(async () => {
  reader?.close();
  await server?.stop();
});

/** Everything a pledge creation writes, as counts and sums. */
function footprint() {
  const one = (q: string) => Object.values(reader.prepare(q).get() as object).join("/");
  return {
    pledges: one("select count(*) from pledges"),
    events: one("select count(*) from pledge_events"),
    payments: one("select count(*), coalesce(sum(amount_cents), 0) from payments"),
    installments: one("select count(*) from installments"),
    dailyFigures: one("select count(*), sum(amount_cents), sum(pledge_count), sum(received_cents) from daily_figures"),
    totals: one("select sum(amount_cents), sum(pledge_count), sum(received_cents) from figure_totals"),
    scheduleDeltas: one("select count(*), coalesce(sum(cents), 0) from schedule_deltas"),
  };
}
const withKey = (key: string) =>
  (reader.prepare("select count(*) as n from pledges where idempotency_key = ?").get(key) as { n: number }).n;
const pledgeInput = (key: string, amountCents: number, status = "confirmed") => ({
  campaignId,
  sponsorId,
  amountCents,
  type: "cash",
  status,
  idempotencyKey: key,
});

/** Sends pledge.create on a raw socket and closes it as soon as the request is written: the response is lost. */
function sendAndHangUp(input: unknown): Promise<void> {
  const { hostname, port } = new URL(server.url);
  const body = JSON.stringify(input);
  const head = [
    "POST /trpc/pledge.create HTTP/1.1",
    `Host: ${hostname}:${port}`,
    "Content-Type: application/json",
    `Cookie: ${admin.cookie()}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    "",
  ].join("\r\n");
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname, () => {
      socket.write(head + body, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on("error", reject);
  });
}

describe("pledge.create with an idempotencyKey, over HTTP", () => {
  it("a replay returns the first result and writes nothing", async () => {
    const first = await admin.must(admin.mutate("pledge.create", pledgeInput("replay-1", 250_000, "paid")));
    const before = footprint();
    for (let i = 0; i < 3; i++)
      expect(await admin.mutate("pledge.create", pledgeInput("replay-1", 250_000, "paid"))).toEqual({
        kind: "ok",
        data: first,
      });
    expect(footprint()).toEqual(before);
  });

  it("the same key with other input is a CONFLICT and writes nothing", async () => {
    await admin.must(admin.mutate("pledge.create", pledgeInput("other-input", 300_000)));
    const before = footprint();
    for (const input of [
      pledgeInput("other-input", 300_001),
      pledgeInput("other-input", 300_000, "intent"),
      { ...pledgeInput("other-input", 300_000), note: "x" },
    ]) {
      expect(await admin.mutate("pledge.create", input)).toMatchObject({
        kind: "error",
        httpStatus: 409,
        code: "CONFLICT",
      });
    }
    expect(footprint()).toEqual(before);
  });

  it("a retry after a dropped response creates one pledge, counted once", async () => {
    const summaryBefore = await summaryTotals(admin, campaignId);
    await sendAndHangUp(pledgeInput("dropped-1", 470_000));
    // The server still finishes the request it read; wait for it (or give up: then the retry creates it).
    for (let waited = 0; withKey("dropped-1") === 0 && waited < 3_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    const landedBeforeRetry = withKey("dropped-1") === 1;
    const retry = await admin.must(admin.mutate("pledge.create", pledgeInput("dropped-1", 470_000)));
    expect(withKey("dropped-1")).toBe(1);
    expect(retry).toMatchObject({ idempotencyKey: "dropped-1", amountCents: 470_000, version: 1 });
    const summaryAfter = await summaryTotals(admin, campaignId);
    expect(summaryAfter).toEqual({
      ...summaryBefore,
      pledgeCount: summaryBefore.pledgeCount + 1,
      confirmedCents: summaryBefore.confirmedCents + 470_000,
      countedCents: summaryBefore.countedCents + 470_000,
    });
    console.log(
      `dropped response: the first request ${landedBeforeRetry ? "had landed; the retry returned it" : "never landed; the retry created the pledge"}`,
    );
  });

  it("simultaneous requests with one key create one pledge and all return it", async () => {
    const before = footprint();
    const second = await signedIn(server.url, TEST_ADMIN);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? second : admin).mutate("pledge.create", pledgeInput("simultaneous-1", 90_000)),
      ),
    );
    const ids = outcomes.map((o) => (o.kind === "ok" ? o.data.id : JSON.stringify(o)));
    expect(new Set(ids).size, ids.join(", ")).toBe(1);
    expect(withKey("simultaneous-1")).toBe(1);
    const after = footprint();
    expect(Number(after.pledges)).toBe(Number(before.pledges) + 1);
    expect(Number(after.events)).toBe(Number(before.events) + 1);
  });
});
