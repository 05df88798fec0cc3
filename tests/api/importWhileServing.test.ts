// Issue 15, finding 2: an import froze every other request while it parsed and wrote. Now a
// large import runs in a worker thread with its own connection (ledger/importJob.ts): the
// server keeps answering /healthz and reads, which see the campaign before or after the
// import but never half of it, and a write sent meanwhile waits for the import's commit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { openDatabase } from "../../db/open";
import { GroupCommit } from "../../server/ledger/writer";
import { addSponsor, addUser, callerFor, freshDb, makeClock, TARGET } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const ROWS = 5_000;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

function csv() {
  const lines = ["name,kind,country,amount,type,status,date,note"];
  for (let i = 0; i < ROWS; i++)
    lines.push(
      `Firma ${i % 500} GmbH,company,DE,${(i % 900) + 100},cash,confirmed,2016-05-${String(1 + (i % 19)).padStart(2, "0")},row ${i}`,
    );
  return lines.join("\n");
}

async function fileServer() {
  const dir = mkdtempSync(join(tmpdir(), "import-serving-"));
  const db = openDatabase(join(dir, "ledger.db"));
  const clock = makeClock("2016-05-20T10:00:00Z");
  const admin = await callerFor(db, await addUser(db, "admin@example.org", "admin"), clock);
  const campaign = await admin.campaign.create({
    name: "Aachen digitalisiert",
    targetCents: TARGET,
    matchCapCents: TARGET,
    deadline: "2016-06-01",
    windowStart: "2016-04-20",
  });
  const organiserUser = await addUser(db, "organiser@example.org", "organiser", campaign.id);
  const organiser = await callerFor(db, organiserUser, clock);
  const server = await serve(db, clock.now);
  cleanup = async () => {
    await server.close();
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, campaign, organiser, server };
}

const pledgeCount = async (server: Server, cookie: string, campaignId: number) => {
  const res = await server.query("campaign.summary", { campaignId }, { cookie });
  expect(res.status, res.text).toBe(200);
  return res.body.result.data.pledgeCount as number;
};

it("a 5,000-row import leaves /healthz and reads answering, and a write sent meanwhile is kept", {
  timeout: 120_000,
}, async () => {
  const { campaign, organiser, server } = await fileServer();
  const sponsor = await addSponsor(organiser, campaign.id);
  const cookie = await server.login("organiser@example.org");

  let importDone = false;
  const imported = server
    .mutate("pledge.importCsv", { campaignId: campaign.id, csv: csv(), dryRun: false }, { cookie })
    .finally(() => {
      importDone = true;
    });
  // A write sent meanwhile goes before the import's write or waits for its commit.
  const write = organiser.pledge.create({
    campaignId: campaign.id,
    sponsorId: sponsor.id,
    amountCents: 100,
    type: "cash",
    status: "confirmed",
  });

  let healthyMeanwhile = 0;
  const counts = new Set<number>();
  while (!importDone) {
    const health = await server.request("/healthz");
    expect(health.status).toBe(200);
    const count = await pledgeCount(server, cookie, campaign.id);
    if (!importDone) {
      healthyMeanwhile += 1;
      counts.add(count);
    }
  }
  const result = await imported;
  expect(result.status, result.text).toBe(200);
  expect(result.body.result.data).toMatchObject({ rows: ROWS, created: ROWS, errors: [] });
  // Many requests were answered while the import ran; an import on the server's own thread
  // blocked them all but one or two.
  expect(healthyMeanwhile).toBeGreaterThanOrEqual(10);
  // Reads saw the campaign before the import or after it, never part of it.
  expect([...counts].every((c) => c <= 1 || c >= ROWS)).toBe(true);
  await write;
  expect(await pledgeCount(server, cookie, campaign.id)).toBe(ROWS + 1);
});

it("while the writer is held (a worker writes), writes wait in its queue and run once released", async () => {
  const writer = new GroupCommit(freshDb());
  const order: string[] = [];
  const release = await writer.hold();
  const queued = writer.run(() => order.push("write"));
  // The writer flushes on setImmediate: a few turns of the event loop pass without it.
  for (let turn = 0; turn < 3; turn++) await new Promise(setImmediate);
  order.push("released");
  release();
  await queued;
  expect(order).toEqual(["released", "write"]);
});
