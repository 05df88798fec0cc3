// Issue 15's figures: a 100,000-row CSV sent as the import page sends it (the upload route), to a server
// in its own process (so its RSS is its own), while another client polls /healthz.
//   importRowsPerSec  rows of the import per second of its request; baseline: SQLite's pace
//                     for the bare pledge rows (one prepared INSERT each, no events, no figures)
//   importStallMs     the slowest /healthz answer while the import runs; baseline: idle
//   rssMbImport       the server's peak RSS during the import; baseline: its RSS idle
//   uploadStallMs     the slowest /healthz answer while a 24 MiB file goes to the upload route;
//                     baseline: an 11 MiB file as 15 MiB of JSON to pledge.importFile
// `BENCH_ONLY=imports npm run bench` runs only these.
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../tests/e2e/harness";
import { signedIn } from "./client";
import { BENCH_ADMIN, seedLargeCampaign } from "./seedLarge";
import { median, round } from "./stats";

export interface ImportFigure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  goal: string;
}

const ROWS = 100_000;

export async function measureImports(dir: string, today: string): Promise<ImportFigure[]> {
  console.log(`Imports: ${ROWS.toLocaleString("en")} rows while /healthz is polled …`);
  const seeded = await seedLargeCampaign(join(dir, "imports.db"), 1_000, today);
  const bareRowsPerSec = bareInsertPace(seeded.file, seeded.campaignId, today);
  const server = await startServer({ DATABASE_FILE: seeded.file, DEMO_DATA: "off" }, { needsClient: false });
  try {
    const client = await signedIn(server.url, BENCH_ADMIN);
    const idle = await pollHealth(server.url, () => false, 200);
    const idleRss = rssMb(server.pid);

    let done = false;
    let peakRss = idleRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(server.pid));
    }, 20);
    const start = performance.now();
    const csv = new Uint8Array(Buffer.from(csvOf(today)));
    const imported = upload(server.url, client.cookie, seeded.campaignId, "zusagen.csv", csv, false).finally(() => {
      done = true;
    });
    const during = await pollHealth(server.url, () => done, Number.POSITIVE_INFINITY);
    const result = (await imported) as { created: number };
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    if (result.created !== ROWS) throw new Error(`the import created ${result.created} pledges`);

    // Not workbooks: the import refuses them at once, so what is measured is the body's way in.
    const contentBase64 = randomBytes(11 * MiB).toString("base64");
    const viaJson = await stallWhile(server.url, () =>
      client.mutate("pledge.importFile", {
        campaignId: seeded.campaignId,
        filename: "a.xlsx",
        contentBase64,
        dryRun: true,
      }),
    );
    const file = new Uint8Array(randomBytes(24 * MiB));
    const viaUpload = await stallWhile(server.url, () =>
      upload(server.url, client.cookie, seeded.campaignId, "gross.xlsx", file, true),
    );
    return [
      {
        name: "importRowsPerSec",
        value: round(ROWS / seconds, 0),
        unit: "rows/s (whole request: parse, check, write)",
        baseline: `bare INSERT of the pledge rows alone: ${round(bareRowsPerSec, 0)} rows/s`,
        goal: "≥ 15,000",
      },
      {
        name: "importStallMs",
        value: round(Math.max(...during), 0),
        unit: `ms worst /healthz during the import (${during.length} polls, median ${round(median(during), 1)} ms)`,
        baseline: `idle: worst ${round(Math.max(...idle), 1)} ms, median ${round(median(idle), 1)} ms`,
        goal: "< 250",
      },
      {
        name: "rssMbImport",
        value: round(peakRss, 0),
        unit: "MB peak RSS of the server during the import",
        baseline: `idle: ${round(idleRss, 0)} MB`,
        goal: "≤ 300",
      },
      {
        name: "uploadStallMs",
        value: round(Math.max(...viaUpload), 0),
        unit: `ms worst /healthz while a 24 MiB file is uploaded (${viaUpload.length} polls)`,
        baseline: `11 MiB as JSON to pledge.importFile: worst ${round(Math.max(...viaJson), 0)} ms (${viaJson.length} polls)`,
        goal: "< 1,000",
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Each row differs (its note): an import counts identical rows as duplicates. */
function csvOf(day: string): string {
  const lines = ["name,kind,country,amount,type,status,date,note"];
  const statuses = ["confirmed", "paid", "intent", "withdrawn"];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Import ${i % 5_000} GmbH,company,DE,${(i % 900) + 100}.50,cash,${statuses[i % 4]},${day},row ${i}`);
  return lines.join("\n");
}

const MiB = 1024 * 1024;

/** A file as the import page sends it (server/http/importUpload.ts); its result. */
async function upload(
  base: string,
  cookie: string,
  campaignId: number,
  name: string,
  file: Uint8Array<ArrayBuffer>,
  dryRun: boolean,
) {
  const res = await fetch(`${base}/api/campaigns/${campaignId}/imports?dryRun=${dryRun}`, {
    method: "POST",
    headers: { cookie, "x-filename": name },
    body: file,
  });
  if (res.status !== 200) throw new Error(`the upload was answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { created: number };
}
/** A stall longer than this shows in full in some poll's latency. */
const POLL_GAP_MS = 5;

/** The /healthz latencies while `request` runs (at least one poll). */
async function stallWhile(base: string, request: () => Promise<unknown>): Promise<number[]> {
  let done = false;
  const running = request().finally(() => {
    done = true;
  });
  const first = await pollHealth(base, () => false, 1);
  const rest = await pollHealth(base, () => done, Number.POSITIVE_INFINITY);
  await running;
  return [...first, ...rest];
}

/** /healthz one call after another until `stop()` (or `count` calls); the latency of each. */
async function pollHealth(base: string, stop: () => boolean, count: number): Promise<number[]> {
  const out: number[] = [];
  while (!stop() && out.length < count) {
    const sent = performance.now();
    const res = await fetch(`${base}/healthz`);
    await res.text();
    out.push(performance.now() - sent);
    // A poll every few milliseconds, as a busy dashboard would be: back to back, the poller
    // itself would take one of this machine's two cores from the import it measures.
    await new Promise((resolve) => setTimeout(resolve, POLL_GAP_MS));
  }
  return out;
}

/** Pledge rows per second through one prepared INSERT each, in one transaction rolled back. */
function bareInsertPace(file: string, campaignId: number, day: string): number {
  const db = new Database(file);
  try {
    const sponsorId = (
      db.prepare("SELECT id FROM sponsors WHERE campaign_id = ? LIMIT 1").get(campaignId) as { id: number }
    ).id;
    const insert = db.prepare(
      `INSERT INTO pledges (campaign_id, sponsor_id, amount_cents, type, status, pledged_at, last_event_at, note, idempotency_key, created_at)
       VALUES (?, ?, ?, 'cash', 'confirmed', ?, ?, ?, ?, 0)`,
    );
    const start = performance.now();
    try {
      db.transaction(() => {
        for (let i = 0; i < ROWS; i++) insert.run(campaignId, sponsorId, 10_050 + i, day, day, `row ${i}`, `bare:${i}`);
        throw new RolledBack();
      })();
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
    return ROWS / ((performance.now() - start) / 1000);
  } finally {
    db.close();
  }
}

class RolledBack extends Error {}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
