// Issue 15's figures: a 100,000-row CSV through pledge.importCsv over HTTP, against a server
// in its own process (so its RSS is its own), while another client polls /healthz.
//   importRowsPerSec  rows of the import per second of its request; baseline: SQLite's pace
//                     for the bare pledge rows (one prepared INSERT each, no events, no figures)
//   importStallMs     the slowest /healthz answer while the import runs; baseline: idle
//   rssMbImport       the server's peak RSS during the import; baseline: its RSS idle
// `BENCH_ONLY=imports npm run bench` runs only these.
import Database from "better-sqlite3";
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
    const imported = client
      .mutate("pledge.importCsv", { campaignId: seeded.campaignId, csv: csvOf(today), dryRun: false })
      .finally(() => {
        done = true;
      });
    const during = await pollHealth(server.url, () => done, Number.POSITIVE_INFINITY);
    const result = (await imported) as { created: number };
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    if (result.created !== ROWS) throw new Error(`the import created ${result.created} pledges`);
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

/** /healthz one call after another until `stop()` (or `count` calls); the latency of each. */
async function pollHealth(base: string, stop: () => boolean, count: number): Promise<number[]> {
  const out: number[] = [];
  while (!stop() && out.length < count) {
    const sent = performance.now();
    const res = await fetch(`${base}/healthz`);
    await res.text();
    out.push(performance.now() - sent);
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
