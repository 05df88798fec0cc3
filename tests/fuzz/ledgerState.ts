// What a refused call must leave as it was: the row count of every table and a digest of
// the money tables' contents; and the prototypes every request shares.
import { createHash } from "node:crypto";
import type { Db } from "../../db/open";

/** The audit log records refused sign-ins on purpose; every other table must stay as it was. */
const MAY_CHANGE_ON_FAILURE = new Set(["audit_log"]);
const LEDGER_TABLES = ["pledges", "pledge_events", "payments", "daily_figures", "figure_totals"] as const;

function tablesOf(db: Db): string[] {
  return db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
    )
    .pluck()
    .all()
    .map(String)
    .filter((t) => !MAY_CHANGE_ON_FAILURE.has(t));
}

/** Row counts of every table and a sha256 of each ledger table's rows in rowid order. */
export function dbState(db: Db): Record<string, number | string> {
  const state: Record<string, number | string> = {};
  for (const table of tablesOf(db))
    state[table] = db.$client.prepare(`select count(*) from "${table}"`).pluck().get() as number;
  for (const table of LEDGER_TABLES) {
    const hash = createHash("sha256");
    for (const row of db.$client.prepare(`select * from "${table}" order by rowid`).raw().iterate())
      hash.update(JSON.stringify(row));
    state[`${table}#sha256`] = hash.digest("hex");
  }
  return state;
}

const totalChanges = (db: Db) => db.$client.prepare("select total_changes()").pluck().get() as number;
const cached = new WeakMap<Db, { changes: number; state: Record<string, number | string> }>();

/**
 * dbState, read again only when SQLite counted a change since the last reading. Most fuzzed
 * calls are refused without a write, and hashing a ledger grown by thousands of successful
 * calls twice per case made the long run crawl. (A rolled-back write still counts as a change,
 * so a refused call that wrote and rolled back is hashed and compared in full.)
 */
export function dbStateCached(db: Db): Record<string, number | string> {
  const changes = totalChanges(db);
  const known = cached.get(db);
  if (known && known.changes === changes) return known.state;
  const state = dbState(db);
  cached.set(db, { changes, state });
  return state;
}

const SHARED = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
};

/** Own keys of the shared prototypes: a polluted prototype gains one (or changes one's value). */
export function prototypeState(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(SHARED).map(([name, proto]) => [
      // Descriptors, not values: Function.prototype.caller throws when read.
      name,
      Reflect.ownKeys(proto)
        .map((k) => {
          const d = Object.getOwnPropertyDescriptor(proto, k)!;
          return `${String(k)}:${"value" in d ? typeof d.value : "accessor"}`;
        })
        .sort(),
    ]),
  );
}

/** The usual pollution probes: a fresh object must not inherit what a payload tried to plant. */
export function pollutionProbe(): unknown[] {
  const probe: any = {};
  return [
    probe.polluted,
    ([] as any).polluted,
    probe.toString === Object.prototype.toString ? "ok" : "toString replaced",
    typeof probe.hasOwnProperty,
  ];
}
