// Checks a ledger file directly with SQLite, the way an auditor would: the file is intact,
// every pledge is whole (its events form one unbroken chain that ends in the pledge row, its
// payments and installments add up), and the totals follow from the events and payments alone.
// `aggregatesMatchRebuild` then proves the maintained per-day figures are the sum of the events.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../db/open";
import * as schema from "../../db/schema";
import { percentOf } from "../../server/domain/money";
import { createServices } from "../../server/services";
import type { LedgerTotals } from "./apiSession";

interface PledgeRow {
  id: number;
  version: number;
  status: string;
  amountCents: number;
  receivedCents: number;
  type: string;
  idempotencyKey: string | null;
}
interface EventRow {
  id: number;
  pledgeId: number;
  statusBefore: string | null;
  statusAfter: string;
  amountBeforeCents: number | null;
  amountAfterCents: number;
  typeBefore: string | null;
  typeAfter: string;
  receivedBeforeCents: number;
  receivedAfterCents: number;
  paymentId: number | null;
}

export interface LedgerReport {
  integrity: string;
  /** Every way the file breaks the ledger's invariants; empty when it holds. */
  problems: string[];
  /** The summary's figures computed from events (latest state per pledge) and payments. */
  totals: LedgerTotals;
  pledges: Map<number, PledgeRow>;
  /** Each pledge's events, oldest first: event i is the pledge at version i + 1. */
  events: Map<number, EventRow[]>;
}

export function inspectLedger(sqlite: Database.Database, campaignId: number): LedgerReport {
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join("; ");
  const all = <T>(q: string) => sqlite.prepare(q).all(campaignId) as T[];
  const pledges = new Map(
    all<PledgeRow>(`select id, version, status, amount_cents as amountCents, received_cents as receivedCents, type,
    idempotency_key as idempotencyKey from pledges where campaign_id = ?`).map((p) => [p.id, p]),
  );
  const events = new Map<number, EventRow[]>();
  for (const e of all<EventRow>(`select id, pledge_id as pledgeId, status_before as statusBefore, status_after as statusAfter,
      amount_before_cents as amountBeforeCents, amount_after_cents as amountAfterCents, type_before as typeBefore, type_after as typeAfter,
      received_before_cents as receivedBeforeCents, received_after_cents as receivedAfterCents, payment_id as paymentId
      from pledge_events where campaign_id = ? order by id`)) {
    events.set(e.pledgeId, [...(events.get(e.pledgeId) ?? []), e]);
  }
  const paid = new Map(
    all<{ pledgeId: number; cents: number }>(
      "select pledge_id as pledgeId, sum(amount_cents) as cents from payments where campaign_id = ? group by pledge_id",
    ).map((r) => [r.pledgeId, r.cents]),
  );
  const planned = new Map(
    all<{
      pledgeId: number;
      cents: number;
    }>(`select i.pledge_id as pledgeId, sum(i.amount_cents) as cents from installments i
    join pledges p on p.id = i.pledge_id where p.campaign_id = ? group by i.pledge_id`).map((r) => [
      r.pledgeId,
      r.cents,
    ]),
  );
  const unreferencedPayments = all<{ id: number }>(`select id from payments where campaign_id = ?
    and (select count(*) from pledge_events e where e.payment_id = payments.id) <> 1`);

  const problems: string[] = [];
  if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
  for (const p of unreferencedPayments) problems.push(`payment ${p.id} is not referenced by exactly one event`);
  for (const pledgeId of events.keys())
    if (!pledges.has(pledgeId)) problems.push(`events of pledge ${pledgeId}, which does not exist`);
  for (const p of pledges.values())
    problems.push(...pledgeProblems(p, events.get(p.id) ?? [], paid.get(p.id) ?? 0, planned.get(p.id) ?? 0));
  // The cash-flow plan (schedule deltas) is not rebuilt from events: check it against the installments.
  const planByYear = all<{
    year: number;
    cents: number;
  }>(`select cast(substr(i.due_on, 1, 4) as integer) as year, sum(i.amount_cents) as cents
    from installments i join pledges p on p.id = i.pledge_id where p.campaign_id = ? and p.status in ('confirmed', 'paid') group by 1 order by 1`);
  const deltasByYear = all<{ year: number; cents: number }>(
    "select year, sum(cents) as cents from schedule_deltas where campaign_id = ? group by 1 having sum(cents) <> 0 order by 1",
  );
  if (JSON.stringify(planByYear) !== JSON.stringify(deltasByYear))
    problems.push(
      `schedule deltas ${JSON.stringify(deltasByYear)} ≠ binding installments ${JSON.stringify(planByYear)}`,
    );

  const share = (
    sqlite.prepare("select in_kind_share_percent as share from campaigns where id = ?").get(campaignId) as {
      share: number;
    }
  ).share;
  return { integrity, problems, totals: totalsFromEvents(events, paid, share), pledges, events };
}

function pledgeProblems(p: PledgeRow, chain: EventRow[], paidCents: number, plannedCents: number): string[] {
  const out: string[] = [];
  const at = `pledge ${p.id}`;
  if (chain.length !== p.version) out.push(`${at}: version ${p.version} but ${chain.length} events`);
  if (chain[0] && chain[0].statusBefore !== null) out.push(`${at}: first event is not its creation`);
  for (let i = 1; i < chain.length; i++) {
    const [a, b] = [chain[i - 1], chain[i]];
    if (
      b.statusBefore !== a.statusAfter ||
      b.amountBeforeCents !== a.amountAfterCents ||
      b.typeBefore !== a.typeAfter ||
      b.receivedBeforeCents !== a.receivedAfterCents
    ) {
      out.push(`${at}: event ${b.id} does not start where event ${a.id} ended`);
    }
  }
  const last = chain.at(-1);
  if (
    last &&
    (last.statusAfter !== p.status ||
      last.amountAfterCents !== p.amountCents ||
      last.typeAfter !== p.type ||
      last.receivedAfterCents !== p.receivedCents)
  ) {
    out.push(`${at}: the row (${p.status}, ${p.amountCents}, ${p.receivedCents}) is not where its last event ended`);
  }
  if (paidCents !== p.receivedCents) out.push(`${at}: received ${p.receivedCents} but payments sum to ${paidCents}`);
  if (plannedCents !== p.amountCents)
    out.push(`${at}: amount ${p.amountCents} but installments sum to ${plannedCents}`);
  return out;
}

function totalsFromEvents(
  events: Map<number, EventRow[]>,
  paid: Map<number, number>,
  inKindSharePercent: number,
): LedgerTotals {
  const byStatus: Record<string, number> = { intent: 0, confirmed: 0, paid: 0, withdrawn: 0 };
  let cash = 0;
  let inKind = 0;
  for (const chain of events.values()) {
    const last = chain.at(-1)!;
    byStatus[last.statusAfter] += last.amountAfterCents;
    if (last.statusAfter === "confirmed" || last.statusAfter === "paid") {
      if (last.typeAfter === "cash") cash += last.amountAfterCents;
      else inKind += last.amountAfterCents;
    }
  }
  return {
    intentCents: byStatus.intent,
    confirmedCents: byStatus.confirmed,
    paidCents: byStatus.paid,
    withdrawnCents: byStatus.withdrawn,
    receivedCents: [...paid.values()].reduce((sum, cents) => sum + cents, 0),
    countedCents: cash + percentOf(inKind, inKindSharePercent),
    pledgeCount: events.size,
  };
}

const AGGREGATES = [
  "figure_totals",
  "daily_totals",
  "sponsor_count_totals",
  "sponsor_presence",
  "daily_sponsor_counts",
  "daily_figures",
  "sponsor_daily_binding",
];

/** The campaign's rows of an aggregate table that hold anything but zeros, in a stable order. */
function nonzeroRows(sqlite: Database.Database, table: string, campaignId: number): string[] {
  const rows = sqlite.prepare(`select * from ${table} where campaign_id = ?`).all(campaignId) as Record<
    string,
    unknown
  >[];
  return rows
    .filter((r) =>
      Object.entries(r).some(
        ([k, v]) => typeof v === "number" && v !== 0 && !["campaign_id", "sponsor_id", "year"].includes(k),
      ),
    )
    .map((r) => JSON.stringify(r))
    .sort();
}

/**
 * Rebuilds the campaign's figures from its events and returns the aggregate tables whose
 * contents changed. It writes: run it on a scratch copy (the rebuild is left in place).
 */
export function aggregatesMatchRebuild(
  scratchFile: string,
  campaignId: number,
): { table: string; live: string[]; rebuilt: string[] }[] {
  const sqlite = new Database(scratchFile);
  try {
    const live = Object.fromEntries(AGGREGATES.map((t) => [t, nonzeroRows(sqlite, t, campaignId)]));
    createServices(drizzle(sqlite, { schema }) as Db).ledger.batch((c) => c.rebuildFigures(campaignId));
    return AGGREGATES.map((table) => ({
      table,
      live: live[table],
      rebuilt: nonzeroRows(sqlite, table, campaignId),
    })).filter((d) => JSON.stringify(d.live) !== JSON.stringify(d.rebuilt));
  } finally {
    sqlite.close();
  }
}

/**
 * Inspects a copy of `file` (with its -wal, as a crash left them; no process may have the file
 * open) so the original stays untouched for the server's own recovery, then rebuilds the copy's
 * figures from its events. Problems include every aggregate table the rebuild changed.
 */
export function inspectCopy(file: string, campaignId: number): LedgerReport {
  const scratch = mkdtempSync(join(tmpdir(), "cofunding-check-"));
  try {
    const copy = join(scratch, "copy.db");
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const sqlite = new Database(copy);
    let report: LedgerReport;
    try {
      report = inspectLedger(sqlite, campaignId);
    } finally {
      sqlite.close();
    }
    for (const d of aggregatesMatchRebuild(copy, campaignId)) {
      report.problems.push(
        `${d.table} differs from its rebuild: live ${JSON.stringify(d.live.slice(0, 5))} rebuilt ${JSON.stringify(d.rebuilt.slice(0, 5))}`,
      );
    }
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
