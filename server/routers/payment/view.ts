import type { BankEntryRow } from "../../../db/schema";

/** A bank credit as staff see it: an allow-list of its fields; the dedupe key and who imported it stay inside. */
export function bankEntryView(e: BankEntryRow) {
  return {
    id: e.id,
    state: e.state,
    bookedOn: e.bookedOn,
    valueOn: e.valueOn,
    amountCents: e.amountCents,
    text: e.remittance,
    name: e.counterpartyName,
    iban: e.counterpartyIban,
    reason: e.reason,
    fileName: e.fileName,
    pledgeId: e.pledgeId,
    paymentId: e.paymentId,
    version: e.version,
  };
}
