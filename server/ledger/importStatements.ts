// The inserts of an import, as plain better-sqlite3 statements with positional parameters.
// An import runs each of them up to 100,000 times in one transaction, where drizzle's
// placeholder filling and RETURNING cost more than SQLite's own work (RETURNING alone made a
// pledge's insert 43 µs instead of 6 µs here): the ids come from lastInsertRowid instead.
import type Database from "better-sqlite3";

export function prepareImportStatements(client: Database.Database) {
  return {
    /** campaignId, name, nameKey, kind, country, createdAt: a hidden sponsor, as typed in its first row. */
    sponsor: client.prepare(
      `INSERT INTO sponsors (campaign_id, name, name_key, kind, country, listing, created_at)
       VALUES (?, ?, ?, ?, ?, 'hidden', ?)`,
    ),
    /** A pledge in its final state (a withdrawn row: version 2, after its withdrawal). */
    pledge: client.prepare(
      `INSERT INTO pledges (campaign_id, sponsor_id, amount_cents, received_cents, type, status, pledged_at,
         last_event_at, description, note, idempotency_key, idempotency_hash, version, created_at, created_by, reference,
         overdue_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    installment: client.prepare(
      "INSERT INTO installments (pledge_id, number, due_on, amount_cents) VALUES (?, ?, ?, ?)",
    ),
    payment: client.prepare(
      "INSERT INTO payments (campaign_id, pledge_id, amount_cents, paid_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    event: client.prepare(
      `INSERT INTO pledge_events (campaign_id, pledge_id, kind, at, user_id, created_at, status_before, status_after,
         amount_before_cents, amount_after_cents, type_before, type_after, received_before_cents, received_after_cents,
         payment_id, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    /** The highest pledge id so far: the import's pledges are those above it. */
    lastPledgeId: client.prepare("SELECT coalesce(max(id), 0) FROM pledges").pluck(),
    /** While this row exists the insert trigger leaves the list's totals to the import (migration 0018). */
    holdTotals: client.prepare("INSERT INTO bulk_pledge_insert (id) VALUES (1)"),
    releaseTotals: client.prepare("DELETE FROM bulk_pledge_insert"),
    /** Adds the sums of the pledges above an id, as the insert trigger would have row by row. */
    addSponsorTotals: client.prepare(
      `INSERT INTO sponsor_totals (campaign_id, sponsor_id, status, pledge_count, amount_cents)
       SELECT campaign_id, sponsor_id, status, count(*), sum(amount_cents) FROM pledges WHERE id > ?
       GROUP BY sponsor_id, status
       ON CONFLICT (sponsor_id, status) DO UPDATE SET
         pledge_count = pledge_count + excluded.pledge_count,
         amount_cents = amount_cents + excluded.amount_cents`,
    ),
    addOverdueTotals: client.prepare(
      `INSERT INTO overdue_totals (campaign_id, day, sponsor_kind, country, pledge_count, amount_cents)
       SELECT p.campaign_id, p.overdue_from, s.kind, s.country, count(*), sum(p.amount_cents)
       FROM pledges p JOIN sponsors s ON s.id = p.sponsor_id
       WHERE p.id > ? AND p.status = 'confirmed' AND p.overdue_from IS NOT NULL
       GROUP BY p.campaign_id, p.overdue_from, s.kind, s.country
       ON CONFLICT (campaign_id, day, sponsor_kind, country) DO UPDATE SET
         pledge_count = pledge_count + excluded.pledge_count,
         amount_cents = amount_cents + excluded.amount_cents`,
    ),
  };
}

export type ImportStatements = ReturnType<typeof prepareImportStatements>;
