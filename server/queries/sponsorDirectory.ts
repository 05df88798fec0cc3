// A campaign's sponsors kept in memory for the totals of a broad name search: each sponsor's
// name key, kind, country and its pledges' count and sum by status. "gmbh" matches nearly
// every one of 100,000 sponsors, "1" two in five: SQLite tests each name and sums each
// sponsor's figures in 20 to 100 ms, a pass over these arrays takes a few. The directory
// learns what changed from sponsor_changes (triggers, migration 0023) and re-reads only
// those sponsors; a larger campaign is loaded a slice a turn of the event loop, so no
// request waits for a whole campaign, and until it is ready callers count in SQL as before.
import type Database from "better-sqlite3";
import type { Reader } from "../../db/open";
import { PLEDGE_STATUSES, type PledgeStatus } from "../domain/codes";

export interface DirectoryFilter {
  /** Lower-cased as the name keys are (domain/names.ts nameKeyOf). */
  needle: string;
  kind?: string;
  country?: string;
  /** The pledges of these statuses (absent: all). */
  statuses?: readonly PledgeStatus[];
  /** Leave out sponsors merged into another (the sponsor list holds live sponsors only). */
  liveOnly?: boolean;
}

export interface DirectoryTotals {
  /** Pledges of the statuses asked for. */
  count: number;
  amountCents: number;
  /** Sponsors that match, with or without such pledges. */
  sponsorCount: number;
}

/** Sponsors read in one slice of the background load: about 10 ms of the event loop. */
const SLICE = 4_000;
/** Up to this many changed sponsors are re-read in a request; more, and the directory reloads. */
const MANY_CHANGES = 4_000;
/** Campaigns kept per connection; the least recently searched one goes first. */
const CAMPAIGNS_KEPT = 8;
/** Searches whose matching sponsors are kept per campaign (up to 400 KB each at 100,000). */
const SEARCHES_KEPT = 8;

interface Directory {
  ready: boolean;
  /** The last sponsor_changes row this directory reflects. */
  seq: number;
  slotOf: Map<number, number>;
  /** null: the sponsor left the campaign (deleted). */
  keys: (string | null)[];
  kinds: string[];
  countries: string[];
  merged: boolean[];
  /** By status (PLEDGE_STATUSES' order), then slot; and over all statuses, by slot. */
  counts: number[][];
  amounts: number[][];
  allCounts: number[];
  allAmounts: number[];
  /** The slots each recent search matched (a list is paged and refreshed with one search). */
  searches: Map<string, Int32Array>;
}

const byConnection = new WeakMap<Database.Database, Map<number, Directory>>();

const STATUS_INDEX = new Map<string, number>(PLEDGE_STATUSES.map((s, i) => [s, i]));

/**
 * The totals of the campaign's sponsors whose name key holds the needle, or null while the
 * directory is loading (or `db` is a transaction, whose writes it cannot see): then the
 * caller counts in SQL. The first call for a campaign starts the load.
 */
export function directoryTotals(db: Reader, campaignId: number, f: DirectoryFilter): DirectoryTotals | null {
  const client = clientOf(db);
  if (!client) return null;
  const dir = directoryOf(client, campaignId);
  if (!dir.ready || !catchUp(client, campaignId, dir)) return null;
  return sum(dir, f);
}

/** Loads the campaign's directory now, whole (tests; a later call catches up as usual). */
export function loadSponsorDirectory(db: Reader, campaignId: number): void {
  const client = clientOf(db);
  if (!client) throw new Error("the sponsor directory reads through a connection, not a transaction");
  const dir = fresh(client, campaignId);
  let after: Cursor = null;
  do after = loadSlice(client, campaignId, dir, after);
  while (after !== null);
  dir.ready = true;
}

/** Forgets the connection's directories (tests that compare a cold and a warm read). */
export function forgetSponsorDirectories(db: Reader): void {
  const client = clientOf(db);
  if (client) byConnection.delete(client);
}

function clientOf(db: Reader): Database.Database | null {
  const client = (db as { $client?: Database.Database }).$client;
  return client && !client.inTransaction ? client : null;
}

function directoryOf(client: Database.Database, campaignId: number): Directory {
  const kept = byConnection.get(client);
  const dir = kept?.get(campaignId);
  if (!dir || !kept) return startLoading(client, campaignId);
  // Most recently used last: Map keeps insertion order.
  kept.delete(campaignId);
  kept.set(campaignId, dir);
  return dir;
}

function fresh(client: Database.Database, campaignId: number): Directory {
  const kept = byConnection.get(client) ?? new Map<number, Directory>();
  byConnection.set(client, kept);
  kept.delete(campaignId);
  while (kept.size >= CAMPAIGNS_KEPT) kept.delete(kept.keys().next().value as number);
  const dir: Directory = {
    ready: false,
    // Changes after this row are re-read once loaded, so a slice read after them is no harm.
    seq: latestSeq(client),
    slotOf: new Map(),
    keys: [],
    kinds: [],
    countries: [],
    merged: [],
    counts: PLEDGE_STATUSES.map(() => []),
    amounts: PLEDGE_STATUSES.map(() => []),
    allCounts: [],
    allAmounts: [],
    searches: new Map(),
  };
  kept.set(campaignId, dir);
  return dir;
}

function startLoading(client: Database.Database, campaignId: number): Directory {
  const dir = fresh(client, campaignId);
  let after: Cursor = null;
  const step = () => {
    // Replaced (reloaded, evicted) or closed meanwhile: this load is no longer wanted.
    if (!client.open || byConnection.get(client)?.get(campaignId) !== dir) return;
    // A slice read inside another's open transaction could see writes that are undone later.
    if (client.inTransaction) return void setImmediate(step);
    try {
      after = loadSlice(client, campaignId, dir, after);
    } catch {
      byConnection.get(client)?.delete(campaignId);
      return;
    }
    if (after === null) dir.ready = true;
    else setImmediate(step);
  };
  // The first slice now: a campaign of up to one slice (most of them) answers this very call.
  step();
  return dir;
}

/** Where the last slice ended in the index (campaign_id, name_key): its name key and id. */
type Cursor = [string, number] | null;

interface SponsorRow {
  id: number;
  key: string;
  kind: string;
  country: string;
  merged: 0 | 1;
}

const SPONSOR_COLUMNS = "id, name_key as key, kind, country, merged_into_id is not null as merged";

function loadSlice(client: Database.Database, campaignId: number, dir: Directory, after: Cursor): Cursor {
  const rows = (
    after === null
      ? client
          .prepare(
            `select ${SPONSOR_COLUMNS} from sponsors
             where campaign_id = ? order by name_key, id limit ?`,
          )
          .all(campaignId, SLICE)
      : client
          .prepare(
            `select ${SPONSOR_COLUMNS} from sponsors
             where campaign_id = ? and (name_key, id) > (?, ?) order by name_key, id limit ?`,
          )
          .all(campaignId, after[0], after[1], SLICE)
  ) as SponsorRow[];
  store(
    client,
    dir,
    rows,
    rows.map((r) => r.id),
  );
  const last = rows.at(-1);
  return rows.length < SLICE || !last ? null : [last.key, last.id];
}

/**
 * Re-reads the sponsors changed since the directory's last change; false when too many
 * changed or the log was pruned past it: then it reloads in the background.
 */
function catchUp(client: Database.Database, campaignId: number, dir: Directory): boolean {
  const latest = latestSeq(client);
  if (latest === dir.seq) return true;
  const oldest = client.prepare("select min(seq) from sponsor_changes").pluck().get() as number | null;
  const changed =
    oldest !== null && oldest <= dir.seq + 1
      ? (client
          .prepare(
            `select distinct sponsor_id from sponsor_changes
             where campaign_id = ? and seq > ? and seq <= ? limit ?`,
          )
          .pluck()
          .all(campaignId, dir.seq, latest, MANY_CHANGES + 1) as number[])
      : null;
  if (changed === null || changed.length > MANY_CHANGES) {
    startLoading(client, campaignId);
    return false;
  }
  const rows = client
    .prepare(
      `select ${SPONSOR_COLUMNS} from sponsors
       where id in (select value from json_each(?)) and campaign_id = ?`,
    )
    .all(JSON.stringify(changed), campaignId) as SponsorRow[];
  store(client, dir, rows, changed);
  dir.seq = latest;
  return true;
}

/** Writes the given sponsors (rows: those still in the campaign) and their totals into the directory. */
function store(client: Database.Database, dir: Directory, rows: SponsorRow[], ids: number[]): void {
  const present = new Set(rows.map((r) => r.id));
  for (const id of ids) {
    if (present.has(id)) continue;
    const slot = dir.slotOf.get(id);
    if (slot !== undefined && dir.keys[slot] !== null) {
      dir.keys[slot] = null;
      dir.searches.clear();
    }
  }
  const slots = new Map<number, number>();
  for (const r of rows) {
    let slot = dir.slotOf.get(r.id);
    if (slot === undefined) {
      slot = dir.keys.length;
      dir.slotOf.set(r.id, slot);
    }
    // Which sponsors a search matches changes only with a name, kind, country or merge.
    const merged = r.merged === 1;
    const same = dir.keys[slot] === r.key && dir.kinds[slot] === r.kind && dir.countries[slot] === r.country;
    if (!same || dir.merged[slot] !== merged) dir.searches.clear();
    dir.keys[slot] = r.key;
    dir.kinds[slot] = interned(r.kind);
    dir.countries[slot] = interned(r.country);
    dir.merged[slot] = merged;
    for (let s = 0; s < PLEDGE_STATUSES.length; s++) {
      dir.counts[s][slot] = 0;
      dir.amounts[s][slot] = 0;
    }
    dir.allCounts[slot] = 0;
    dir.allAmounts[slot] = 0;
    slots.set(r.id, slot);
  }
  if (rows.length === 0) return;
  const totals = client
    .prepare(
      `select sponsor_id as id, status, pledge_count as count, amount_cents as amount from sponsor_totals
       where sponsor_id in (select value from json_each(?))`,
    )
    .all(JSON.stringify([...slots.keys()])) as { id: number; status: string; count: number; amount: number }[];
  for (const t of totals) {
    const slot = slots.get(t.id);
    const s = STATUS_INDEX.get(t.status);
    if (slot === undefined || s === undefined) continue;
    dir.counts[s][slot] = t.count;
    dir.amounts[s][slot] = t.amount;
    dir.allCounts[slot] += t.count;
    dir.allAmounts[slot] += t.amount;
  }
}

/** One string per kind and country code: 100,000 copies of "company" cost 3 MB. */
const codes = new Map<string, string>();
function interned(code: string): string {
  const known = codes.get(code);
  if (known !== undefined) return known;
  if (codes.size < 1_000) codes.set(code, code);
  return code;
}

function latestSeq(client: Database.Database): number {
  return (client.prepare("select coalesce(max(seq), 0) from sponsor_changes").pluck().get() as number) ?? 0;
}

function sum(dir: Directory, f: DirectoryFilter): DirectoryTotals {
  const slots = matching(dir, f);
  let count = 0;
  let amountCents = 0;
  const add = (counts: number[], amounts: number[]) => {
    for (const slot of slots) {
      count += counts[slot];
      amountCents += amounts[slot];
    }
  };
  if (f.statuses === undefined) add(dir.allCounts, dir.allAmounts);
  else
    for (const status of new Set(f.statuses)) {
      const s = STATUS_INDEX.get(status);
      if (s !== undefined) add(dir.counts[s], dir.amounts[s]);
    }
  return { count, amountCents, sponsorCount: slots.length };
}

/** The slots of the sponsors of the filter's kind and country whose name key holds the needle. */
function matching(dir: Directory, f: DirectoryFilter): Int32Array {
  const asked = JSON.stringify([f.needle, f.kind ?? null, f.country ?? null, f.liveOnly === true]);
  const known = dir.searches.get(asked);
  if (known) {
    dir.searches.delete(asked);
    dir.searches.set(asked, known);
    return known;
  }
  const { keys, kinds, countries, merged } = dir;
  const { needle, kind, country, liveOnly } = f;
  const found: number[] = [];
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot];
    if (key === null || (kind && kinds[slot] !== kind) || (country && countries[slot] !== country)) continue;
    if (liveOnly && merged[slot]) continue;
    if (key.includes(needle)) found.push(slot);
  }
  const slots = Int32Array.from(found);
  while (dir.searches.size >= SEARCHES_KEPT) dir.searches.delete(dir.searches.keys().next().value as string);
  dir.searches.set(asked, slots);
  return slots;
}
