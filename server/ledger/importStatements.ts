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
  };
}

export type ImportStatements = ReturnType<typeof prepareImportStatements>;
