// The write benchmark: pledge.create through the full stack (HTTP, session, tRPC, zod, the
// ledger's transaction with its event and idempotency key) against node:http baselines on
// the same statements, with the same load generator (autocannon, 50 connections). Rounds of
// the two sides alternate; each figure is the median of the per-pair ratios.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync } from "node:fs";
import { startServer, type RunningServer } from "../tests/e2e/harness";
import { signedIn } from "./client";
import { BENCH_ADMIN } from "./seedLarge";
import { median, round } from "./stats";

const CONNECTIONS = 50;
const SECONDS = 3;

export interface WriteFigures {
  fullRps: number[];
  ledgerRps: number[];
  insertRps: number[];
  writeRatio: number;
  writeVsInsert: number;
}

/** Requests per second of `pledge.create` bodies against `url` (each with its own idempotency key). */
async function load(
  url: string,
  headers: Record<string, string>,
  campaignId: number,
  sponsors: number,
  tag: string,
): Promise<number> {
  let n = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { "content-type": "application/json", ...headers },
    requests: [
      {
        setupRequest: (request) => {
          n += 1;
          const sponsorId = 1 + (n % sponsors);
          return {
            ...request,
            body: JSON.stringify({
              campaignId,
              sponsorId,
              amountCents: 100_000 + n,
              type: "cash",
              status: "confirmed",
              idempotencyKey: `${tag}-${n}`,
            }),
          };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

function startBare(mode: "ledger" | "insert", file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/bareServer.ts", mode, file], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      const m = /listening (\d+)/.exec(d.toString());
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.on("exit", (code) => reject(new Error(`bare ${mode} server exited with ${code}`)));
  });
}

/** `file` holds a campaign with sponsors 1…`sponsors` and the bench admin; each side writes to its own copy. */
export async function measureWrites(
  file: string,
  campaignId: number,
  sponsors: number,
  pairs = 3,
): Promise<WriteFigures> {
  for (const side of ["full", "ledger", "insert"]) copyFileSync(file, `${file}.${side}`);
  const full: RunningServer = await startServer({ DATABASE_FILE: `${file}.full`, DEMO_DATA: "off" });
  const ledger = await startBare("ledger", `${file}.ledger`);
  const insert = await startBare("insert", `${file}.insert`);
  try {
    const { cookie } = await signedIn(full.url, BENCH_ADMIN);
    const fullRound = () =>
      load(`${full.url}/trpc/pledge.create`, { cookie }, campaignId, sponsors, `full-${Math.random()}`);
    const ledgerRound = () => load(ledger.url, {}, campaignId, sponsors, `bare-${Math.random()}`);
    const insertRound = () => load(insert.url, {}, campaignId, sponsors, `insert-${Math.random()}`);
    // One unmeasured round each: the first requests pay for JIT compilation and statement preparation.
    await fullRound();
    await ledgerRound();
    await insertRound();
    const out = { fullRps: [] as number[], ledgerRps: [] as number[], insertRps: [] as number[] };
    for (let i = 0; i < pairs; i++) {
      out.fullRps.push(await fullRound());
      out.ledgerRps.push(await ledgerRound());
      out.insertRps.push(await insertRound());
    }
    const ratios = (base: number[]) => out.fullRps.map((f, i) => f / base[i]);
    return {
      ...out,
      writeRatio: round(median(ratios(out.ledgerRps))),
      writeVsInsert: round(median(ratios(out.insertRps)), 3),
    };
  } finally {
    await full.stop();
    for (const s of [ledger, insert]) s.child.kill("SIGTERM");
  }
}
