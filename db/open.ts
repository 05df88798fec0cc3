// Opens the SQLite file (or an in-memory database for tests), sets the pragmas that keep
// the ledger safe, and applies the committed migrations.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle: better-sqlite3 transactions are synchronous, so callbacks never await. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Reads work the same on the database and inside a transaction. */
export type Reader = Db | Tx;

const MIGRATIONS = fileURLToPath(new URL("./migrations", import.meta.url));

/** The file failed SQLite's quick_check: the server refuses to write to it. */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`The database file ${file} is damaged (quick_check: ${problems.slice(0, 3).join("; ")}).`);
  }
}

export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  assertIntact(sqlite, file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

/**
 * A second connection to a file the server has opened (and checked and migrated) already:
 * an import's worker thread writes through it while the server's own connection goes on
 * reading the last committed state (WAL). Same pragmas (and temp files in memory); a held lock
 * is waited for, not failed.
 */
export function openSecondConnection(file: string): Db {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("synchronous = FULL");
  // Each INSERT into a table with triggers (pledges, migration 0017) opens a statement
  // journal; in a temp file that cost ~40 µs a row, a 100,000-row import 10× its pace. This
  // connection only writes (no large sorts to spill), so its temp files stay in memory.
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

/** Refuses a damaged file before anything is written to it (a damaged file also fails to open at all). */
function assertIntact(sqlite: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length !== 1 || problems[0] !== "ok") {
    sqlite.close();
    throw new DamagedDatabaseError(file, problems);
  }
}
