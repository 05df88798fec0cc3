// Crash safety: the real server (a child process) is SIGKILLed while concurrent writers stream
// pledge changes, then restarted on the same file, several times over. After each crash, on a
// copy of the file as the crash left it: SQLite's integrity check passes, every pledge is whole
// (see ledgerCheck.ts), every acknowledged response is in the history exactly as acknowledged,
// and the maintained figures equal a rebuild from the events. After each restart the summary
// the committee reports equals the totals computed from the events and payments.
// CRASH_CYCLES (default 3; `npm run chaos` runs 25) and CRASH_WRITERS (default 4) make the long chaos run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer, TEST_ADMIN, type RunningServer } from "../e2e/harness";
import { ADMIN_ENV, apiSession, createCampaign, envInt, signedIn, summaryTotals } from "./apiSession";
import { inspectCopy, type LedgerReport } from "./ledgerCheck";
import { startWriters, type Ack, type KnownPledge } from "./writeStream";

const CYCLES = envInt("CRASH_CYCLES", 3);
const WRITERS = envInt("CRASH_WRITERS", 4);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every acknowledged response that the file does not show exactly as acknowledged. */
function missingAcks(acks: Ack[], report: LedgerReport): string[] {
  const out: string[] = [];
  for (const ack of acks) {
    const { id, version } = ack.pledge;
    const row = report.pledges.get(id);
    const event = report.events.get(id)?.[version - 1];
    if (!row || row.version < version || !event) out.push(`${ack.op} of pledge ${id} v${version} is lost`);
    else if (
      event.statusAfter !== ack.pledge.status ||
      event.amountAfterCents !== ack.pledge.amountCents ||
      event.receivedAfterCents !== ack.pledge.receivedCents
    ) {
      out.push(
        `${ack.op} of pledge ${id} v${version}: acknowledged ${JSON.stringify(ack.pledge)}, history says ${JSON.stringify(event)}`,
      );
    } else if (ack.key && row.idempotencyKey !== ack.key) out.push(`pledge ${id} lost its idempotencyKey ${ack.key}`);
  }
  return out;
}

describe("SIGKILL mid-stream, then restart on the same file", () => {
  it(`keeps every acknowledged write, whole, over ${CYCLES} crash cycles`, {
    timeout: 30_000 + CYCLES * 12_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "cofunding-crash-"));
    let server: RunningServer | undefined;
    try {
      server = await startServer(ADMIN_ENV, { dir, needsClient: false });
      const setupSession = await signedIn(server.url, TEST_ADMIN);
      const { campaignId, sponsorIds, today } = await createCampaign(setupSession, 5);
      const cookie = setupSession.cookie();
      const known = new Map<number, KnownPledge>();
      const acks: Ack[] = [];
      const stats: string[] = [];
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        const stream = startWriters({
          session: apiSession(server.url, cookie),
          campaignId,
          sponsorIds,
          known,
          writers: WRITERS,
          tag: `c${cycle}`,
          today,
        });
        await sleep(150 + Math.random() * 600);
        await server.kill("SIGKILL");
        const result = await stream.done;
        expect(result.refused, "no request is refused").toEqual([]);
        acks.push(...result.acks);

        const report = inspectCopy(server.databaseFile, campaignId);
        expect(report.integrity).toBe("ok");
        expect(report.problems).toEqual([]);
        expect(missingAcks(acks, report)).toEqual([]);
        const landedKeys = new Set([...report.pledges.values()].map((p) => p.idempotencyKey));
        const unackedCreates = result.unacked.filter((u) => u.key);
        stats.push(
          `cycle ${cycle}: ${result.acks.length} acknowledged, ${result.unacked.length} in flight (${unackedCreates.filter((u) => landedKeys.has(u.key!)).length}/${unackedCreates.length} creates landed)`,
        );

        server = await startServer(ADMIN_ENV, { dir, needsClient: false });
        // The session survived the crash too: it was acknowledged before the stream began.
        expect(await summaryTotals(apiSession(server.url, cookie), campaignId)).toEqual(report.totals);
        // Continue from what the file holds: in-flight requests that landed moved versions on.
        known.clear();
        for (const p of report.pledges.values())
          known.set(p.id, {
            id: p.id,
            version: p.version,
            status: p.status,
            amountCents: p.amountCents,
            receivedCents: p.receivedCents,
          });
      }
      await server.stop();
      const final = inspectCopy(server.databaseFile, campaignId);
      expect(final.problems).toEqual([]);
      expect(missingAcks(acks, final)).toEqual([]);
      console.log(`kill -9: ${acks.length} acknowledged writes kept over ${CYCLES} crashes\n  ${stats.join("\n  ")}`);
    } finally {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
