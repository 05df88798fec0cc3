// Concurrency over HTTP: 8 clients, each signed in with its own session, write to the same
// campaign and the same pledges at once. Every change reads the pledge, sends it with
// expectedVersion, and on CONFLICT reads again and retries. The only refusal allowed is that
// CONFLICT for a stale version: no other error, no 500, no SQLITE_BUSY reaches a client. In the
// end, every pledge's successful responses hold each version exactly once (no lost update,
// no two writers on one version), and the summary equals the sum of the last responses.
// CONCURRENT_ROUNDS (default 3) makes the long chaos run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer, TEST_ADMIN, type RunningServer } from "../e2e/harness";
import {
  ADMIN_ENV,
  createCampaign,
  envInt,
  signedIn,
  summaryTotals,
  type ApiSession,
  type LedgerTotals,
} from "./apiSession";
import { inspectCopy } from "./ledgerCheck";
import type { KnownPledge } from "./writeStream";

const CLIENTS = 8;
const ROUNDS = envInt("CONCURRENT_ROUNDS", 3);
const MIXED_OPS_PER_ROUND = 4;
const HOT_PAYMENT_CENTS = 100; // 1 € per client per round on one pledge

interface Tally {
  /** Every successful response, by pledge. */
  responses: Map<number, KnownPledge[]>;
  conflicts: number;
  unexpected: string[];
}

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const toKnown = (p: KnownPledge): KnownPledge => ({
  id: p.id,
  version: p.version,
  status: p.status,
  amountCents: p.amountCents,
  receivedCents: p.receivedCents,
});

function record(tally: Tally, pledge: KnownPledge) {
  tally.responses.set(pledge.id, [...(tally.responses.get(pledge.id) ?? []), toKnown(pledge)]);
}

/** The one pledge of a sponsor, fresh from the server. */
async function readPledge(client: ApiSession, campaignId: number, sponsorId: number): Promise<KnownPledge> {
  const page = await client.must(client.query("pledge.list", { campaignId, sponsorId }));
  return page.items[0];
}

/** What to send for the pledge as it now stands, or null when there is nothing to do. */
type Change = (p: KnownPledge) => { path: string; input: Record<string, unknown> } | null;

/** Read → change with expectedVersion → on a stale-version CONFLICT read again; anything else is a finding. */
async function changeWithRetry(
  client: ApiSession,
  tally: Tally,
  campaignId: number,
  sponsorId: number,
  change: Change,
): Promise<void> {
  for (;;) {
    const p = await readPledge(client, campaignId, sponsorId);
    const request = change(p);
    if (!request) return;
    const outcome = await client.mutate(request.path, { pledgeId: p.id, expectedVersion: p.version, ...request.input });
    if (outcome.kind === "ok") return record(tally, outcome.data);
    if (outcome.kind === "error" && outcome.code === "CONFLICT" && /changed by someone else/.test(outcome.message)) {
      tally.conflicts++;
      continue;
    }
    tally.unexpected.push(`${request.path} ${JSON.stringify(request.input)} → ${JSON.stringify(outcome)}`);
    return;
  }
}

/** A random move the rules allow from the pledge's present state; payments dated `day`. */
const mixedChange =
  (day: string): Change =>
  (p) => {
    const roll = Math.random();
    // A paid pledge has no status move left; raising its amount makes it confirmed again.
    if (roll < 0.35 || p.status === "paid")
      return { path: "pledge.update", input: { amountCents: p.amountCents + between(1, 1_000) } };
    if (roll < 0.7 && p.status === "confirmed")
      return {
        path: "pledge.recordPayment",
        input: { amountCents: between(1, Math.min(5_000, p.amountCents - p.receivedCents)), paidAt: day },
      };
    const next: Record<string, string> = { intent: "confirmed", confirmed: "withdrawn", withdrawn: "intent" };
    return {
      path: "pledge.setStatus",
      input: { status: next[p.status], reason: next[p.status] === "withdrawn" ? "client decision" : undefined },
    };
  };

function impliedTotals(finals: KnownPledge[]): LedgerTotals {
  const sum = (status: string) => finals.filter((p) => p.status === status).reduce((s, p) => s + p.amountCents, 0);
  return {
    intentCents: sum("intent"),
    confirmedCents: sum("confirmed"),
    paidCents: sum("paid"),
    withdrawnCents: sum("withdrawn"),
    receivedCents: finals.reduce((s, p) => s + p.receivedCents, 0),
    countedCents: sum("confirmed") + sum("paid"),
    pledgeCount: finals.length,
  };
}

describe("8 concurrent clients on the same campaign and the same pledges", () => {
  it(`lose no update and see only stale-version conflicts (${ROUNDS} rounds)`, {
    timeout: 30_000 + ROUNDS * 8_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "cofunding-concurrency-"));
    let server: RunningServer | undefined;
    try {
      server = await startServer(ADMIN_ENV, { dir, needsClient: false });
      const admin = await signedIn(server.url, TEST_ADMIN);
      // Sponsor 0 holds the hot pledge, 1–4 one shared pledge each, 5 the pledges the clients create.
      const campaign = await createCampaign(admin, 6);
      const { campaignId, sponsorIds } = campaign;
      const tally: Tally = { responses: new Map(), conflicts: 0, unexpected: [] };
      const create = (sponsorId: number, amountCents: number, status: string) =>
        admin.must(admin.mutate("pledge.create", { campaignId, sponsorId, amountCents, type: "cash", status }));
      const hot = await create(sponsorIds[0], 100_000_000, "confirmed");
      record(tally, hot);
      for (const sponsorId of sponsorIds.slice(1, 5)) record(tally, await create(sponsorId, 1_000_000, "intent"));

      // Password hashing dominates setup: the organisers are made and signed in in parallel.
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const who = { email: `organiser${i}@example.org`, password: `organiser-password-${i}` };
          await admin.must(
            admin.mutate("user.create", { ...who, name: `Organiser ${i}`, role: "organiser", campaignId }),
          );
          return signedIn(server!.url, who);
        }),
      );

      const payHot: Change = () => ({
        path: "pledge.recordPayment",
        input: { amountCents: HOT_PAYMENT_CENTS, paidAt: campaign.today },
      });
      const work = async (client: ApiSession) => {
        for (let round = 0; round < ROUNDS; round++) {
          await changeWithRetry(client, tally, campaignId, sponsorIds[0], payHot);
          for (let op = 0; op < MIXED_OPS_PER_ROUND; op++) {
            if (Math.random() < 0.2) {
              const outcome = await client.mutate("pledge.create", {
                campaignId,
                sponsorId: sponsorIds[5],
                amountCents: between(100, 100_000),
                type: "cash",
                status: "confirmed",
              });
              if (outcome.kind === "ok") record(tally, outcome.data);
              else tally.unexpected.push(`pledge.create → ${JSON.stringify(outcome)}`);
            } else {
              await changeWithRetry(client, tally, campaignId, sponsorIds[between(1, 4)], mixedChange(campaign.today));
            }
          }
        }
      };
      const started = Date.now();
      await Promise.all(clients.map(work));
      const elapsed = Date.now() - started;

      expect(tally.unexpected).toEqual([]);
      const hotNow = await readPledge(admin, campaignId, sponsorIds[0]);
      expect(hotNow).toMatchObject({
        receivedCents: CLIENTS * ROUNDS * HOT_PAYMENT_CENTS,
        version: 1 + CLIENTS * ROUNDS,
        status: "confirmed",
      });

      // Each pledge's successful responses are versions 1, 2, …, n once each, and the last is the pledge now.
      const everyPledge = new Map<number, KnownPledge>();
      let cursor: number | null = null;
      do {
        const page: { items: KnownPledge[]; nextCursor: number | null } = await admin.must(
          admin.query("pledge.list", { campaignId, limit: 500, cursor: cursor ?? undefined }),
        );
        for (const p of page.items) everyPledge.set(p.id, toKnown(p));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect([...everyPledge.keys()].sort()).toEqual([...tally.responses.keys()].sort());
      const finals: KnownPledge[] = [];
      for (const [id, responses] of tally.responses) {
        const versions = responses.map((r) => r.version).sort((a, b) => a - b);
        expect(versions, `versions acknowledged for pledge ${id}`).toEqual(versions.map((_, i) => i + 1));
        const last = responses.find((r) => r.version === versions.at(-1))!;
        expect(everyPledge.get(id), `pledge ${id} is its last acknowledged state`).toEqual(last);
        finals.push(last);
      }
      expect(await summaryTotals(admin, campaignId)).toEqual(impliedTotals(finals));

      await server.stop();
      const report = inspectCopy(server.databaseFile, campaignId);
      expect(report.problems).toEqual([]);
      expect(report.totals).toEqual(impliedTotals(finals));
      const writes = [...tally.responses.values()].reduce((n, r) => n + r.length, 0);
      console.log(
        `concurrency: ${writes} acknowledged writes by ${CLIENTS} clients in ${elapsed} ms, ${tally.conflicts} stale-version conflicts retried`,
      );
    } finally {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
