// The server refuses to start on a damaged database file and says why, instead of writing to it.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "../../db/open";

const ROOT = new URL("../..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cofunding-damaged-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(file: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", DATABASE_FILE: file, DEMO_DATA: "off", LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 30_000,
  });
}

it("refuses a file whose pages are damaged, naming the file and what to do", () => {
  const file = join(dir, "pages.db");
  const db = openDatabase(file);
  db.$client.pragma("journal_mode = DELETE"); // one file, no WAL beside it
  db.$client.close();
  // Scribble over the middle of the file: the header stays valid, b-tree pages do not.
  const size = statSync(file).size;
  const fd = openSync(file, "r+");
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  const run = start(file);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(/damaged|cannot be read/);
  expect(run.stderr).toContain("Restore the last backup");
});

it("refuses a file that is not a database at all", () => {
  const file = join(dir, "noise.db");
  const fd = openSync(file, "w");
  writeSync(fd, Buffer.alloc(50_000, 0x42));
  closeSync(fd);
  const run = start(file);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("Restore the last backup");
});
