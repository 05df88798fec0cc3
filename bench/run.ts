// `npm run bench`: the speed figures, each beside its baseline from the same run.
// Prints a table and writes bench-results.json (git-ignored). Two databases are generated
// (1,000 and 1,000,000 pledges in one campaign over a year); both servers run side by side
// and are measured in alternating short rounds, so the machine's noise hits both alike.
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer, type RunningServer } from "../tests/e2e/harness";
import { addDays, berlinDay } from "../server/domain/dates";
import { liveSummary, signedIn, timed, type BenchClient } from "./client";
import { BENCH_ADMIN, seedLargeCampaign } from "./seedLarge";
import { measureFanout } from "./fanout";
import { measureImports } from "./imports";
import { measureListTotals } from "./listTotals";
import { measureWrites } from "./write";
import { alternate, median, percentile, round } from "./stats";

const ROOT = new URL("..", import.meta.url).pathname;
const ROUNDS = 5;
const CALLS_PER_ROUND = 40;

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  goal: string;
}

const figures: Figure[] = [];
const record = (f: Figure) => {
  figures.push(f);
  console.log(`  ${f.name}: ${f.value} ${f.unit}  (${f.baseline}; goal ${f.goal})`);
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "cofunding-bench-"));
  const servers: RunningServer[] = [];
  try {
    // BENCH_ONLY=fanout: only the live fan-out, without the long rest.
    if (process.env.BENCH_ONLY === "fanout") {
      for (const figure of await measureFanout(dir)) record(figure);
      return report("bench-results.fanout.json");
    }
    if (process.env.BENCH_ONLY === "imports") {
      for (const f of await measureImports(dir, berlinDay(new Date()))) record(f);
      return report("bench-results.imports.json");
    }
    // BENCH_ONLY=list: pledge.list's totals at 1M pledges, beside the unfiltered page.
    if (process.env.BENCH_ONLY === "list") {
      const today = berlinDay(new Date());
      // BENCH_LIST_DB=file: a 1M database kept from an earlier run (seeded there if missing).
      const large = await seedOrReuse(process.env.BENCH_LIST_DB ?? join(dir, "large.db"), today);
      const server = await startServer({ DATABASE_FILE: large.file, DEMO_DATA: "off" });
      servers.push(server);
      const client = await signedIn(server.url, BENCH_ADMIN);
      for (const f of await measureListTotals(client, large.campaignId, large.file, today)) record(f);
      return report("bench-results.list.json");
    }
    console.log("Building the client …");
    execSync("npx vite build --logLevel error", { cwd: ROOT, stdio: "inherit" });
    measureInitialJs();

    const today = berlinDay(new Date());
    console.log("Generating 1,000 and 1,000,000 pledges …");
    let start = performance.now();
    const small = await seedLargeCampaign(join(dir, "small.db"), 1_000, today);
    const large = await seedLargeCampaign(join(dir, "large.db"), 1_000_000, today);
    console.log(`  generated in ${round((performance.now() - start) / 1000, 1)} s`);

    console.log("pledge.create under load …");
    const writes = await measureWrites(small.file, small.campaignId, 100);
    record({
      name: "writeRatio",
      value: writes.writeRatio,
      unit: "× (full stack / bare node:http on the same ledger code)",
      baseline: `full ${writes.fullRps.map((r) => round(r, 0)).join(", ")} req/s vs bare ${writes.ledgerRps.map((r) => round(r, 0)).join(", ")} req/s`,
      goal: "≥ 0.5",
    });
    record({
      name: "writeVsInsert",
      value: writes.writeVsInsert,
      unit: "× (full stack / one prepared INSERT per request)",
      baseline: `single INSERT ${writes.insertRps.map((r) => round(r, 0)).join(", ")} req/s`,
      goal: "for reference",
    });

    start = performance.now();
    const [smallServer, largeServer] = await Promise.all(
      [small, large].map((c) => startServer({ DATABASE_FILE: c.file, DEMO_DATA: "off" })),
    );
    servers.push(smallServer, largeServer);
    console.log(`  both servers up in ${round((performance.now() - start) / 1000, 1)} s`);
    const [smallClient, largeClient] = await Promise.all(
      [smallServer, largeServer].map((s) => signedIn(s.url, BENCH_ADMIN)),
    );

    await measureSummary(smallClient, small.campaignId, largeClient, large.campaignId);
    await measureKnownAt(largeClient, large.campaignId, today);
    await measureList(smallClient, small.campaignId, largeClient, large.campaignId);
    for (const f of await measureListTotals(largeClient, large.campaignId, large.file, today)) record(f);
    await measureLive(largeServer, largeClient, large.campaignId);
    for (const f of await measureImports(dir, today)) record(f);
    record({
      name: "rssMbAt1M",
      value: rssMb(largeServer.pid),
      unit: "MB",
      baseline: `1k-pledge server: ${rssMb(smallServer.pid)} MB`,
      goal: "≤ 200",
    });
    for (const figure of await measureFanout(dir)) record(figure);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  report();
}

async function seedOrReuse(file: string, today: string) {
  if (!existsSync(file)) return seedLargeCampaign(file, 1_000_000, today);
  const db = new Database(file, { readonly: true });
  const { id } = db.prepare("select id from campaigns where name = 'Benchmark'").get() as { id: number };
  db.close();
  return { file, campaignId: id };
}

/** Prints the table and writes the figures (a partial run to a file of its own). */
function report(file = "bench-results.json") {
  const results = Object.fromEntries(figures.map((f) => [f.name, f.value]));
  writeFileSync(
    join(ROOT, file),
    JSON.stringify({ ranAt: new Date().toISOString(), machine: machine(), results, figures }, null, 2),
  );
  console.log(`\n${table(figures)}`);
  console.log(`\nWrote ${file}`);
}

async function measureSummary(small: BenchClient, smallId: number, large: BenchClient, largeId: number) {
  console.log("campaign.summary …");
  const atSmall = () => timed(CALLS_PER_ROUND, () => small.query("campaign.summary", { campaignId: smallId }));
  const atLarge = () => timed(CALLS_PER_ROUND, () => large.query("campaign.summary", { campaignId: largeId }));
  await atSmall();
  await atLarge();
  const runs = await alternate(ROUNDS, atLarge, atSmall);
  const ratios = runs.pairs.map(([l, s]) => percentile(l, 95) / percentile(s, 95));
  record({
    name: "summaryMsAt1M",
    value: round(percentile(runs.a, 95)),
    unit: "ms p95",
    baseline: `1k pledges: ${round(percentile(runs.b, 95))} ms p95`,
    goal: "< 50 ms",
  });
  record({
    name: "summaryScaling",
    value: round(median(ratios)),
    unit: "× (p95 1M / p95 1k, median of pairs)",
    baseline: `pairs: ${ratios.map((r) => round(r)).join(", ")}`,
    goal: "≤ 3",
  });
}

/** A week back, as shown that evening against as corrected since: the cost of `knownAt` at 1M pledges. */
async function measureKnownAt(large: BenchClient, largeId: number, today: string) {
  console.log("campaign.summary with knownAt …");
  const asOf = addDays(today, -7);
  const knownAt = `${asOf}T18:00:00Z`;
  const plain = () => timed(CALLS_PER_ROUND, () => large.query("campaign.summary", { campaignId: largeId, asOf }));
  const known = () =>
    timed(CALLS_PER_ROUND, () => large.query("campaign.summary", { campaignId: largeId, asOf, knownAt }));
  await plain();
  await known();
  const runs = await alternate(ROUNDS, known, plain);
  const ratios = runs.pairs.map(([k, p]) => percentile(k, 95) / percentile(p, 95));
  record({
    name: "summaryKnownAtRatio",
    value: round(median(ratios)),
    unit: "× (p95 with knownAt / p95 without, 1M pledges, asOf a week back)",
    baseline: `without: ${round(percentile(runs.b, 95))} ms p95; with: ${round(percentile(runs.a, 95))} ms p95`,
    goal: "≤ 2",
  });
}

async function measureList(small: BenchClient, smallId: number, large: BenchClient, largeId: number) {
  console.log("pledge.list …");
  const filter = { status: "confirmed", country: "BE", limit: 50 };
  const atSmall = () => timed(CALLS_PER_ROUND, () => small.query("pledge.list", { campaignId: smallId, ...filter }));
  const atLarge = () => timed(CALLS_PER_ROUND, () => large.query("pledge.list", { campaignId: largeId, ...filter }));
  await atLarge();
  const runs = await alternate(ROUNDS, atLarge, atSmall);
  record({
    name: "listMsAt1M",
    value: round(percentile(runs.a, 95)),
    unit: "ms p95",
    baseline: `1k pledges: ${round(percentile(runs.b, 95))} ms p95`,
    goal: "< 20 ms",
  });
}

/** From sending a pledge to its summary arriving at a subscribed client; beside it, the write alone. */
async function measureLive(server: RunningServer, client: BenchClient, campaignId: number) {
  console.log("campaign.onSummary …");
  const sponsor = ((await client.query("sponsor.list", { campaignId, limit: 1 })) as { items: { id: number }[] })
    .items[0];
  const live = await liveSummary(server.url, client, campaignId);
  await live.next();
  const latencies: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const sent = performance.now();
    const arrived = live.next();
    await client.mutate("pledge.create", {
      campaignId,
      sponsorId: sponsor.id,
      amountCents: 100_000 + i,
      type: "cash",
      status: "confirmed",
    });
    writes.push(performance.now() - sent);
    latencies.push((await arrived) - sent);
  }
  live.close();
  record({
    name: "liveMs",
    value: round(percentile(latencies, 95)),
    unit: "ms p95 (send → event)",
    baseline: `the write alone: ${round(percentile(writes, 95))} ms p95`,
    goal: "< 100 ms",
  });
}

/** Gzip size of the JavaScript the first screen loads: the entry and what it preloads, no lazy chunk. */
function measureInitialJs() {
  const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, "dist", f))).length, 0);
  const all = execSync("ls dist/assets", { cwd: ROOT })
    .toString()
    .split("\n")
    .filter((f) => f.endsWith(".js"));
  const total = all.reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, "dist", "assets", f))).length, 0);
  record({
    name: "initialJsGzipKb",
    value: round(bytes / 1024, 1),
    unit: "kB gzip",
    baseline: `all chunks together: ${round(total / 1024, 1)} kB gzip`,
    goal: "≤ 150",
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024, 1);
}

function machine() {
  const cpus = execSync("nproc").toString().trim();
  const model = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown";
  return { node: process.version, cpus: Number(cpus), cpu: model };
}

function table(rows: Figure[]): string {
  const lines = rows.map((f) => [f.name, `${f.value} ${f.unit}`, f.goal, f.baseline]);
  const head = ["figure", "value", "goal", "baseline in the same run"];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

await main();
