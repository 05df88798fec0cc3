// Staff resolve the credits a statement import could not book: assign one to a pledge (it is
// booked then, on its booking date, as a payment of that pledge) or mark it as not the
// campaign's. A dismissed credit can still be assigned later (a mistake undone); a booked or
// assigned one is final here: its payment is corrected like any payment (a reversal).
import { and, eq } from "drizzle-orm";
import { type BankEntryRow, bankEntries, pledges } from "../../db/schema";
import { decidePayment } from "../domain/pledgeRules";
import { conflict, notFound, orConflict } from "../domain/errors";
import { type AccessCheck, type Actor, bookPayment } from "./pledges";
import type { Write } from "./tx";

const OPEN = new Set<BankEntryRow["state"]>(["suggested", "unmatched", "dismissed"]);

function openEntry(w: Write, entryId: number, check: AccessCheck, may: ReadonlySet<BankEntryRow["state"]>) {
  const entry = w.tx.select().from(bankEntries).where(eq(bankEntries.id, entryId)).get();
  if (!entry) throw notFound("bank entry");
  check(entry.campaignId);
  if (!may.has(entry.state)) throw conflict(`the bank entry is ${entry.state} already`);
  return entry;
}

export function assignEntry(
  w: Write,
  actor: Actor,
  input: { entryId: number; pledgeId: number },
  check: AccessCheck,
): BankEntryRow {
  const entry = openEntry(w, input.entryId, check, OPEN);
  const pledge = w.tx
    .select()
    .from(pledges)
    .where(and(eq(pledges.id, input.pledgeId), eq(pledges.campaignId, entry.campaignId)))
    .get();
  if (!pledge) throw notFound("pledge");
  // What booking at once requires of the money, checked whatever the date: staff decide the
  // doubt about which pledge, not whether a pledge takes more than it is owed.
  orConflict(decidePayment(pledge, entry.amountCents));
  const { paymentId } = bookPayment(
    w,
    actor,
    { pledgeId: pledge.id, amountCents: entry.amountCents, paidAt: entry.bookedOn, expectedVersion: pledge.version },
    check,
  );
  return resolve(w, actor, entry, { state: "assigned", pledgeId: pledge.id, paymentId });
}

export function dismissEntry(w: Write, actor: Actor, entryId: number, check: AccessCheck): BankEntryRow {
  const entry = openEntry(w, entryId, check, new Set(["suggested", "unmatched"]));
  return resolve(w, actor, entry, { state: "dismissed" });
}

function resolve(
  w: Write,
  actor: Actor,
  entry: BankEntryRow,
  change: Partial<Pick<BankEntryRow, "state" | "pledgeId" | "paymentId">>,
): BankEntryRow {
  const row = w.tx
    .update(bankEntries)
    .set({ ...change, resolvedAt: actor.now.getTime(), resolvedBy: actor.userId, version: entry.version + 1 })
    .where(and(eq(bankEntries.id, entry.id), eq(bankEntries.version, entry.version)))
    .returning()
    .get();
  if (!row) throw conflict("the bank entry was changed meanwhile");
  w.feed.touch(entry.campaignId);
  return row;
}
