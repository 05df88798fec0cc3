// A first start migrates the database, hashes the admin's password and, with DEMO_DATA on,
// seeds Aachen: seconds of CPU that every browser and durability test would repeat. The first
// test of a run that needs a given start-up makes it once and keeps the database file as a
// template; later servers with the same start-up begin on a copy. Workers of one run share
// the templates through a folder named after the run's process; the first to claim a key
// (an atomic mkdir) builds it, the others wait for its file. Known passwords are re-hashed
// cheaply in the template (see cheapenPasswords).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { aachenLogins } from "../../server/demo/aachen";
import { heinsbergLogins } from "../../server/demo/heinsberg";
import { cheapHash } from "../fuzz/cheapPasswords";

/** The settings that decide what a first start writes into the database. */
const BOOTSTRAP_KEYS = ["DEMO_DATA", "ADMIN_EMAIL", "ADMIN_PASSWORD"] as const;
const PREFIX = "cofunding-templates-";
const WAIT_MS = 90_000;

export type FirstStart = (databaseFile: string) => Promise<void>;

/**
 * Puts a database made by `firstStart` with the same bootstrap settings at `databaseFile`.
 * Returns false when no template could be made (the caller then starts on an empty file).
 */
export async function copyTemplate(
  env: Record<string, string>,
  databaseFile: string,
  firstStart: FirstStart,
): Promise<boolean> {
  const dir = runFolder();
  const key = createHash("sha256")
    .update(JSON.stringify(BOOTSTRAP_KEYS.map((k) => env[k] ?? null)))
    .digest("hex")
    .slice(0, 16);
  const template = join(dir, `${key}.db`);
  const failed = join(dir, `${key}.failed`);
  if (claim(join(dir, `${key}.claim`))) {
    const building = join(dir, `${key}.building`);
    mkdirSync(building);
    try {
      await firstStart(join(building, "template.db"));
      cheapenPasswords(join(building, "template.db"), env);
      renameSync(join(building, "template.db"), template);
    } catch (error) {
      writeFileSync(failed, String(error));
      return false;
    }
  }
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(template)) {
    if (existsSync(failed) || Date.now() > deadline) return false;
    await sleep(100);
  }
  mkdirSync(dirname(databaseFile), { recursive: true });
  copyFileSync(template, databaseFile);
  return true;
}

/**
 * Re-hashes the known test and demo passwords at a low scrypt cost. The stored hash carries
 * its cost, so sign-ins still go through the real verification, at a millisecond instead of
 * half a second of CPU each (a run signs in some fifty times).
 */
function cheapenPasswords(file: string, env: Record<string, string>): void {
  const known: { email: string; password: string }[] = [...aachenLogins, ...heinsbergLogins];
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) known.push({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  const db = new Database(file);
  try {
    const update = db.prepare("UPDATE users SET password_hash = ? WHERE email = ?");
    for (const { email, password } of known) update.run(cheapHash(password), email);
  } finally {
    db.close();
  }
}

function claim(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** This run's folder; folders of runs whose process has ended are removed. */
function runFolder(): string {
  const dir = join(tmpdir(), `${PREFIX}${process.pid}`);
  if (!existsSync(dir)) {
    for (const name of readdirSync(tmpdir())) {
      const pid = Number(name.slice(PREFIX.length));
      if (name.startsWith(PREFIX) && pid !== process.pid && !isAlive(pid))
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
    mkdirSync(dir, { recursive: true });
  }
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
