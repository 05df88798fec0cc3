// The rules of change for a pledge (CONTRACT.md "Rules of change"), as pure decisions.
import { isBinding, type PledgeStatus } from "./codes";
import type { Decision } from "./errors";

const MOVES: Record<PledgeStatus, readonly PledgeStatus[]> = {
  intent: ["confirmed", "withdrawn"],
  confirmed: ["withdrawn"],
  withdrawn: ["intent"],
  paid: [],
};

/** intent → confirmed; intent|confirmed → withdrawn; withdrawn → intent. `paid` only by payments. */
export function decideStatusChange(from: PledgeStatus, to: PledgeStatus): Decision<PledgeStatus> {
  if (MOVES[from].includes(to)) return { ok: true, value: to };
  return { ok: false, reason: `a ${from} pledge cannot move to ${to}` };
}

export interface PaymentDecision {
  receivedAfterCents: number;
  statusAfter: PledgeStatus;
}

/** Payments only on confirmed pledges and never above what is outstanding. */
export function decidePayment(
  pledge: { status: PledgeStatus; amountCents: number; receivedCents: number },
  paymentCents: number,
): Decision<PaymentDecision> {
  if (!acceptsPayments(pledge.status)) {
    return { ok: false, reason: `payments are recorded on confirmed pledges; this one is ${pledge.status}` };
  }
  const outstanding = pledge.amountCents - pledge.receivedCents;
  if (paymentCents > outstanding) {
    return { ok: false, reason: `the payment exceeds the outstanding ${outstanding} cents` };
  }
  const receivedAfterCents = pledge.receivedCents + paymentCents;
  return {
    ok: true,
    value: { receivedAfterCents, statusAfter: receivedAfterCents === pledge.amountCents ? "paid" : "confirmed" },
  };
}

/**
 * A new amount against what was paid: never below it; a paid pledge raised is confirmed
 * again; a confirmed pledge lowered to exactly what was paid is paid.
 */
export function decideAmountChange(
  pledge: { status: PledgeStatus; receivedCents: number },
  amountCents: number,
): Decision<PledgeStatus> {
  if (amountCents < pledge.receivedCents) {
    return { ok: false, reason: `the amount may not fall below the ${pledge.receivedCents} cents already paid` };
  }
  const paidInFull = pledge.receivedCents > 0 && amountCents === pledge.receivedCents;
  if (pledge.status === "paid" && !paidInFull) return { ok: true, value: "confirmed" };
  if (pledge.status === "confirmed" && paidInFull) return { ok: true, value: "paid" };
  return { ok: true, value: pledge.status };
}

export const WITHDRAWAL_REASON_MESSAGE = "A withdrawal needs a reason";

/** Withdrawing a pledge says why (the history and the committee read it). */
export function lacksWithdrawalReason(status: PledgeStatus, reason: string | null | undefined): boolean {
  return status === "withdrawn" && !reason?.trim();
}

/** Which statuses a pledge in `from` can be moved to by hand (payments make it `paid`). */
export function statusMovesFrom(from: PledgeStatus): readonly PledgeStatus[] {
  return MOVES[from];
}

/**
 * Money still owed: only a binding pledge (confirmed, paid) owes anything. An intent has not
 * been promised yet and a withdrawn pledge owes nothing, on screen and in every export.
 */
export function outstandingCents(pledge: { status: PledgeStatus; amountCents: number; receivedCents: number }): number {
  return isBinding(pledge.status) ? pledge.amountCents - pledge.receivedCents : 0;
}

/** Payments are recorded on confirmed pledges only. */
export function acceptsPayments(status: PledgeStatus): boolean {
  return status === "confirmed";
}
