// What becomes of a credit read from a bank statement (issue 17.1). It is booked at once only
// when nothing about it is in doubt: exactly one of the campaign's references in its text,
// that pledge confirmed (partly paid or not), the amount at most what is still open, its date
// one a payment may carry, and no equal payment typed in by hand within ten days (the
// treasurer may have entered it from the bank portal already). Every booked-looking credit
// that fails one of those is *suggested* with that pledge and the reason; so is one from an
// IBAN that paid a pledge before whose amount equals an installment still open. The rest is
// *unmatched*. Suggested and unmatched credits wait for staff. A credit decided "booked" whose
// payment the pledge's history refuses on that day (say, not yet confirmed then) is suggested
// too, with `conflicts_with_history` (ledger/bankImport.ts tries the booking in a savepoint).
import type { PledgeStatus } from "./codes";

/** Why a credit waits for staff; each names what staff should look at. */
export const MATCH_REASONS = [
  "several_references",
  "not_confirmed",
  "already_paid",
  "more_than_open",
  "date_out_of_range",
  "hand_payment_nearby",
  "conflicts_with_history",
  "known_iban",
  "unknown_reference",
  "no_reference",
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** Days around a credit's booking date in which an equal payment typed in by hand makes it a likely double. */
export const HAND_PAYMENT_WINDOW_DAYS = 10;

/** A pledge a reference names, with what the decision needs to know of it. */
export interface ReferencedPledge {
  pledgeId: number;
  status: PledgeStatus;
  amountCents: number;
  receivedCents: number;
  /** Null when the credit's date may carry a payment of this pledge, else why not. */
  dateRefusal: string | null;
  /** An equal payment entered by hand within HAND_PAYMENT_WINDOW_DAYS of the booking date. */
  handPaymentNearby: boolean;
}

export interface CreditFacts {
  amountCents: number;
  /** The references of the campaign found in the remittance text, in order. */
  references: readonly string[];
  /** The pledges those references name (a reference that names none is absent). */
  pledges: ReadonlyMap<string, ReferencedPledge>;
  /** Pledges paid before from the credit's IBAN that have an open installment of exactly its amount. */
  ibanCandidates: readonly number[];
}

export type CreditDecision =
  | { state: "booked"; pledgeId: number }
  | { state: "suggested"; pledgeId: number; reason: MatchReason }
  | { state: "unmatched"; reason: MatchReason };

export function decideCredit(c: CreditFacts): CreditDecision {
  const named = c.references.map((r) => c.pledges.get(r)).filter((p): p is ReferencedPledge => p !== undefined);
  if (c.references.length > 1) {
    return named[0]
      ? { state: "suggested", pledgeId: named[0].pledgeId, reason: "several_references" }
      : { state: "unmatched", reason: "unknown_reference" };
  }
  if (c.references.length === 1) {
    const pledge = named[0];
    if (!pledge) return { state: "unmatched", reason: "unknown_reference" };
    const doubt = doubtAbout(pledge, c.amountCents);
    return doubt
      ? { state: "suggested", pledgeId: pledge.pledgeId, reason: doubt }
      : { state: "booked", pledgeId: pledge.pledgeId };
  }
  // One earlier payer only: a known IBAN with several pledges that fit is left to staff unsuggested.
  if (c.ibanCandidates.length === 1) return { state: "suggested", pledgeId: c.ibanCandidates[0], reason: "known_iban" };
  return { state: "unmatched", reason: "no_reference" };
}

/** The first condition of booking at once that the pledge fails, or null when it meets all. */
function doubtAbout(p: ReferencedPledge, amountCents: number): MatchReason | null {
  if (p.status === "paid") return "already_paid";
  if (p.status !== "confirmed") return "not_confirmed";
  if (amountCents > p.amountCents - p.receivedCents) return "more_than_open";
  if (p.dateRefusal !== null) return "date_out_of_range";
  if (p.handPaymentNearby) return "hand_payment_nearby";
  return null;
}
