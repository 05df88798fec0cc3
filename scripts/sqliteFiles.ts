// Shared by `npm run backup` and `npm run restore`: checking a database file, detecting a
// server that has it open, and copying the attachments folder that lives beside it.
import Database from "better-sqlite3";
import { closeSync, cpSync, fsyncSync, openSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export type FileCheck = { ok: true; pledges: number; events: number } | { ok: false; problems: string };

/** SQLite's full integrity_check, and the ledger's row counts; a damaged file may not even open. */
export function checkFile(file: string): FileCheck {
  let db: Database.Database | undefined;
  try {
    const open = new Database(file, { readonly: true, fileMustExist: true });
    db = open;
    const rows = (open.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (rows.length !== 1 || rows[0] !== "ok") return { ok: false, problems: rows.slice(0, 5).join("; ") };
    const count = (table: string) => (open.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { ok: true, pledges: count("pledges"), events: count("pledge_events") };
  } catch (error) {
    return { ok: false, problems: (error as Error).message };
  } finally {
    db?.close();
  }
}

/**
 * Whether another process has the database open. In WAL mode every open connection holds a
 * shared lock on the file for as long as it is open, idle or not, so an exclusive lock is
 * granted only when no server (or other program) uses it. A plain BEGIN EXCLUSIVE would not do:
 * in WAL mode it only excludes other writers at that instant, not an idle server.
 * Returns null when the file cannot be checked because it is damaged.
 */
export function inUse(file: string): boolean | null {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    return null;
  } finally {
    db.close();
  }
}

/** The attachments folder of a database file (server/main.ts keeps it beside the file). */
export const attachmentsBeside = (databaseFile: string) => join(dirname(databaseFile), "attachments");

/**
 * Copies an attachments folder. Files are written once under new names and never changed, so a
 * copy taken after the database's snapshot holds every file that snapshot refers to; a
 * half-written upload (`.name.part`) is left out.
 */
export function copyAttachments(from: string, to: string): number {
  cpSync(from, to, { recursive: true, filter: (path) => !path.endsWith(".part") });
  return readdirSync(to).length;
}

/** Flushes a file (or, where the platform allows, a folder's entries) to the disk. */
export function syncToDisk(path: string): void {
  try {
    const fd = openSync(path, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Folders cannot be opened for sync on every platform.
  }
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
