// A bank statement's credits into the ledger (payment.importStatement, issue 17.1), in one
// write: credits already known by their dedupe key are counted and skipped, so a statement
// imported again or one overlapping an earlier books nothing twice; each new credit is decided
// (domain/bankMatch.ts) in the file's order, booked as a payment on its booking date where
// nothing is in doubt (payments fill the oldest open installment first), and kept in
// bank_entries either way. A dry run decides the same in a savepoint it then rolls back.
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { bankEntries, type Campaign, type Pledge, payments, pledges } from "../../db/schema";
import type { BankEntry, BankStatement } from "../bank/entry";
import { findReferences } from "../bank/references";
import {
  type CreditDecision,
  decideCredit,
  HAND_PAYMENT_WINDOW_DAYS,
  type ReferencedPledge,
} from "../domain/bankMatch";
import { addDays, berlinDay } from "../domain/dates";
import { DomainError } from "../domain/errors";
import { decidePaymentDate } from "../domain/dateRules";
import { allocatePayments } from "../domain/schedule";
import { readSchedules } from "../queries/schedules";
import { type Actor, bookPayment, campaignDates } from "./pledges";
import type { Write } from "./tx";

export interface BookedCredit {
  /** Null in a dry run: nothing is stored. */
  entryId: number | null;
  pledgeId: number;
  amountCents: number;
  bookedAt: string;
}

export interface SuggestedCredit extends BookedCredit {
  reason: string;
}

export interface UnmatchedCredit {
  entryId: number | null;
  amountCents: number;
  bookedAt: string;
  text: string;
  name: string | null;
  iban: string | null;
  reason: string;
}

export interface StatementOutcome {
  format: BankStatement["format"];
  /** Credits read from the file. */
  entries: number;
  /** Of those, credits already imported before. */
  duplicates: number;
  matched: BookedCredit[];
  suggested: SuggestedCredit[];
  unmatched: UnmatchedCredit[];
}

class DryRun extends Error {
  constructor(readonly outcome: StatementOutcome) {
    super("dry run");
  }
}

export function importStatement(
  w: Write,
  actor: Actor,
  campaign: Campaign,
  statement: BankStatement,
  dryRun: boolean,
): StatementOutcome {
  if (!dryRun) return importCredits(w, actor, campaign, statement);
  try {
    // A savepoint: the credits are decided and booked as for real, one after the other (an
    // earlier credit changes what is open for a later one), and then nothing is kept.
    w.tx.transaction(() => {
      throw new DryRun(importCredits(w, actor, campaign, statement));
    });
  } catch (error) {
    if (error instanceof DryRun) return withoutIds(error.outcome);
    throw error;
  }
  throw new Error("unreachable: a dry run always rolls back");
}

function importCredits(w: Write, actor: Actor, campaign: Campaign, statement: BankStatement): StatementOutcome {
  const known = knownKeys(w, campaign.id, statement.entries);
  const outcome: StatementOutcome = {
    format: statement.format,
    entries: statement.entries.length,
    duplicates: 0,
    matched: [],
    suggested: [],
    unmatched: [],
  };
  if (statement.entries.length > known.size) w.feed.touch(campaign.id);
  for (const entry of statement.entries) {
    if (known.has(entry.dedupeKey)) {
      outcome.duplicates++;
      continue;
    }
    let decision = decideCredit(factsOf(w, actor, campaign, entry));
    let paymentId: number | null = null;
    if (decision.state === "booked") {
      paymentId = tryBooking(w, actor, decision.pledgeId, entry);
      if (paymentId === null)
        decision = { state: "suggested", pledgeId: decision.pledgeId, reason: "conflicts_with_history" };
    }
    const entryId = insertEntry(w, actor, campaign.id, entry, decision, paymentId);
    const base = { entryId, amountCents: entry.amountCents, bookedAt: entry.bookedOn };
    if (decision.state === "booked") outcome.matched.push({ ...base, pledgeId: decision.pledgeId });
    else if (decision.state === "suggested")
      outcome.suggested.push({ ...base, pledgeId: decision.pledgeId, reason: decision.reason });
    else
      outcome.unmatched.push({
        ...base,
        text: entry.text,
        name: entry.counterpartyName,
        iban: entry.counterpartyIban,
        reason: decision.reason,
      });
  }
  return outcome;
}

const withoutIds = (o: StatementOutcome): StatementOutcome => ({
  ...o,
  matched: o.matched.map((m) => ({ ...m, entryId: null })),
  suggested: o.suggested.map((m) => ({ ...m, entryId: null })),
  unmatched: o.unmatched.map((m) => ({ ...m, entryId: null })),
});

/** The dedupe keys of these entries the campaign has already imported. */
function knownKeys(w: Write, campaignId: number, entries: readonly BankEntry[]): Set<string> {
  const known = new Set<string>();
  const keys = entries.map((e) => e.dedupeKey);
  for (let i = 0; i < keys.length; i += 500) {
    const rows = w.tx
      .select({ key: bankEntries.dedupeKey })
      .from(bankEntries)
      .where(and(eq(bankEntries.campaignId, campaignId), inArray(bankEntries.dedupeKey, keys.slice(i, i + 500))))
      .all();
    for (const row of rows) known.add(row.key);
  }
  return known;
}

function factsOf(w: Write, actor: Actor, campaign: Campaign, entry: BankEntry) {
  const references = campaign.referencePrefix ? findReferences(entry.text, [campaign.referencePrefix]) : [];
  const named = new Map<string, ReferencedPledge>();
  for (const reference of references) {
    const pledge = w.tx
      .select()
      .from(pledges)
      .where(and(eq(pledges.campaignId, campaign.id), eq(pledges.reference, reference)))
      .get();
    if (pledge) named.set(reference, referencedPledge(w, actor, pledge, entry));
  }
  const ibanCandidates = references.length === 0 ? pledgesPaidFrom(w, campaign, entry, berlinDay(actor.now)) : [];
  return { amountCents: entry.amountCents, references, pledges: named, ibanCandidates };
}

function referencedPledge(w: Write, actor: Actor, pledge: Pledge, entry: BankEntry): ReferencedPledge {
  const dated = decidePaymentDate(entry.bookedOn, pledge.pledgedAt, campaignDates(w, pledge.campaignId));
  const future = entry.bookedOn > berlinDay(actor.now) ? "is in the future" : null;
  return {
    pledgeId: pledge.id,
    status: pledge.status,
    amountCents: pledge.amountCents,
    receivedCents: pledge.receivedCents,
    dateRefusal: dated.ok ? future : dated.reason,
    handPaymentNearby: handPaymentNearby(w, pledge.id, entry),
  };
}

/**
 * An equal payment typed in by hand (no bank credit behind it) within ten days either side,
 * and not reversed since: the treasurer may have entered this very transfer already.
 */
function handPaymentNearby(w: Write, pledgeId: number, entry: BankEntry): boolean {
  const row = w.tx.get<{ one: number } | undefined>(sql`select 1 as one from ${payments} p
    where p.pledge_id = ${pledgeId} and p.amount_cents = ${entry.amountCents}
      and p.paid_at between ${addDays(entry.bookedOn, -HAND_PAYMENT_WINDOW_DAYS)} and ${addDays(entry.bookedOn, HAND_PAYMENT_WINDOW_DAYS)}
      and p.reverses_payment_id is null
      and not exists (select 1 from ${payments} r where r.reverses_payment_id = p.id)
      and not exists (select 1 from ${bankEntries} b where b.payment_id = p.id)
    limit 1`);
  return row !== undefined;
}

/**
 * The confirmed pledges an earlier credit from this IBAN paid, that have an installment whose
 * open part is exactly this amount: a standing order without the reference, most likely.
 */
function pledgesPaidFrom(w: Write, campaign: Campaign, entry: BankEntry, today: string): number[] {
  if (!entry.counterpartyIban) return [];
  const paid = w.tx
    .selectDistinct({ pledgeId: payments.pledgeId })
    .from(bankEntries)
    .innerJoin(payments, eq(payments.id, bankEntries.paymentId))
    .where(
      and(
        eq(bankEntries.campaignId, campaign.id),
        eq(bankEntries.counterpartyIban, entry.counterpartyIban),
        isNotNull(bankEntries.paymentId),
      ),
    )
    .all()
    .map((r) => r.pledgeId);
  if (paid.length === 0) return [];
  const open = w.tx
    .select()
    .from(pledges)
    .where(and(inArray(pledges.id, paid), eq(pledges.status, "confirmed")))
    .all();
  const schedules = readSchedules(w.tx, open, campaign);
  return open
    .filter((p) =>
      allocatePayments(schedules.get(p.id) ?? [], p.receivedCents, today).some(
        (i) => i.amountCents - i.paidCents === entry.amountCents,
      ),
    )
    .map((p) => p.id);
}

/**
 * The payment's id, or null when the pledge's history refuses it on that day (the pledge was
 * still an intent then, or a later change stands in the way): then nothing of it is kept, and
 * the rest of the statement goes on. Any other failure fails the import.
 */
function tryBooking(w: Write, actor: Actor, pledgeId: number, entry: BankEntry): number | null {
  try {
    return w.tx.transaction(() => book(w, actor, pledgeId, entry));
  } catch (error) {
    if (error instanceof DomainError && (error.reason === "conflict" || error.reason === "invalid")) return null;
    throw error;
  }
}

function book(w: Write, actor: Actor, pledgeId: number, entry: BankEntry): number {
  const pledge = w.tx.select({ version: pledges.version }).from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) throw new Error(`pledge ${pledgeId} vanished while its credit was booked`);
  const input = { pledgeId, amountCents: entry.amountCents, paidAt: entry.bookedOn, expectedVersion: pledge.version };
  // The campaign was checked by the caller; the pledge was found within it.
  return bookPayment(w, actor, input, () => {}).paymentId;
}

function insertEntry(
  w: Write,
  actor: Actor,
  campaignId: number,
  entry: BankEntry,
  decision: CreditDecision,
  paymentId: number | null,
): number {
  const row = w.tx
    .insert(bankEntries)
    .values({
      campaignId,
      dedupeKey: entry.dedupeKey,
      fileName: entry.origin.file,
      account: entry.account,
      bookedOn: entry.bookedOn,
      valueOn: entry.valueOn,
      amountCents: entry.amountCents,
      remittance: entry.text,
      counterpartyName: entry.counterpartyName,
      counterpartyIban: entry.counterpartyIban,
      bankRef: entry.bankRef,
      state: decision.state,
      pledgeId: decision.state === "unmatched" ? null : decision.pledgeId,
      reason: decision.state === "booked" ? null : decision.reason,
      paymentId,
      importedAt: actor.now.getTime(),
      importedBy: actor.userId,
    })
    .returning({ id: bankEntries.id })
    .get();
  return row.id;
}
