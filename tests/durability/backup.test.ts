// Backup and restore with the real scripts: `scripts/backup.ts` copies the database while the
// server keeps writing; the backup is whole (integrity, every pledge whole, figures equal a
// rebuild); `scripts/restore.ts` puts it in a fresh place where a second server reports exactly
// the totals computed from the backup's rows, attachments included. Restore refuses a damaged
// backup and a database a running server has open, and keeps a replaced file aside.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, TEST_ADMIN, type RunningServer } from "../e2e/harness";
import { ADMIN_ENV, apiSession, createCampaign, signedIn, summaryTotals } from "./apiSession";
import { inspectCopy } from "./ledgerCheck";
import { startWriters, type KnownPledge } from "./writeStream";

const ROOT = new URL("../..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "cofunding-backup-"));
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs `node --import tsx <script> <file>` as `npm run backup|restore -- <file>` would. */
function runScript(script: string, file: string, databaseFile: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_FILE: databaseFile },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

async function start(dir: string) {
  const server = await startServer(ADMIN_ENV, { dir, needsClient: false });
  servers.push(server);
  return server;
}

describe("npm run backup / npm run restore", () => {
  it("a backup taken under write load restores to a server that reports the backup's totals", {
    timeout: 60_000,
  }, async () => {
    const live = await start(join(scratch, "live"));
    const admin = await signedIn(live.url, TEST_ADMIN);
    const { campaignId, sponsorIds, today } = await createCampaign(admin, 4);
    // An attachment file as an upload leaves it (the server created the folder on start).
    const attachment = randomBytes(2_000);
    writeFileSync(join(live.databaseFile, "..", "attachments", "0123456789abcdef0123456789abcdef"), attachment);

    const known = new Map<number, KnownPledge>();
    const load = startWriters({
      session: apiSession(live.url, admin.cookie()),
      campaignId,
      sponsorIds,
      known,
      writers: 4,
      tag: "load",
      today,
    });
    await new Promise((r) => setTimeout(r, 300));
    const backupFile = join(scratch, "backup.db");
    const ackedAtStart = load.sofar.acks.length;
    const backup = await runScript("scripts/backup.ts", backupFile, live.databaseFile);
    const ackedAtEnd = load.sofar.acks.length;
    // The live server has its file open: restore refuses to pull it away, and its check
    // disturbs none of the writes going on.
    const busy = await runScript("scripts/restore.ts", backupFile, live.databaseFile);
    expect(busy.code).toBe(1);
    expect(busy.out).toMatch(/is in use/);
    load.stop();
    const written = await load.done;
    expect(ackedAtEnd, "the server kept acknowledging writes while the backup ran").toBeGreaterThan(ackedAtStart);
    expect(written.refused).toEqual([]);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/integrity_check: ok/);
    expect(backup.out).toMatch(/attachments: 1 files copied/);

    const fromBackup = inspectCopy(backupFile, campaignId);
    expect(fromBackup.problems).toEqual([]);
    expect(backup.out).toContain(`pledges: ${fromBackup.pledges.size},`);
    expect(fromBackup.pledges.size, "the backup holds the writes made before it").toBeGreaterThan(0);

    const restoredFile = join(scratch, "restored", "test.db");
    const restore = await runScript("scripts/restore.ts", backupFile, restoredFile);
    expect(restore.code, restore.out).toBe(0);
    const restored = await start(join(scratch, "restored"));
    expect(await summaryTotals(await signedIn(restored.url, TEST_ADMIN), campaignId)).toEqual(fromBackup.totals);
    expect(readFileSync(join(scratch, "restored", "attachments", "0123456789abcdef0123456789abcdef"))).toEqual(
      attachment,
    );
    await restored.stop();
    const afterRestore = inspectCopy(restoredFile, campaignId);
    expect(afterRestore.integrity).toBe("ok");
    expect(afterRestore.totals).toEqual(fromBackup.totals);
    console.log(
      `backup under load: ${written.acks.length} writes acknowledged meanwhile; backup holds ${fromBackup.pledges.size} pledges\n${backup.out}`,
    );

    // Restoring over a database keeps the one it replaces.
    const again = await runScript("scripts/restore.ts", backupFile, restoredFile);
    expect(again.code, again.out).toBe(0);
    expect(readdirSync(join(scratch, "restored")).filter((f) => f.startsWith("test.db.before-restore-"))).toHaveLength(
      1,
    );
    expect(
      readdirSync(join(scratch, "restored")).filter((f) => f.startsWith("attachments.before-restore-")),
    ).toHaveLength(1);
    expect(again.out).toMatch(/moved .*test\.db to .*before-restore-/);
  });

  it("restore refuses a damaged backup and changes nothing", { timeout: 30_000 }, async () => {
    const dir = join(scratch, "damaged-case");
    const server = await start(dir);
    const admin = await signedIn(server.url, TEST_ADMIN);
    await createCampaign(admin, 3);
    await server.stop();
    const good = join(scratch, "good.db");
    const made = await runScript("scripts/backup.ts", good, server.databaseFile);
    expect(made.code, made.out).toBe(0);

    const damaged = join(scratch, "damaged.db");
    copyFileSync(good, damaged);
    const bytes = readFileSync(damaged);
    const pageSize = bytes.readUInt16BE(16);
    // Random bytes over every page but the first (the header stays, so the file still opens).
    randomBytes(bytes.length - pageSize).copy(bytes, pageSize);
    writeFileSync(damaged, bytes);

    const before = readFileSync(server.databaseFile);
    const refused = await runScript("scripts/restore.ts", damaged, server.databaseFile);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/is damaged .*Nothing was changed/s);
    expect(readFileSync(server.databaseFile)).toEqual(before);
    expect(existsSync(`${server.databaseFile}.restoring`)).toBe(false);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
