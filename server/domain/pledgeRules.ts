// The rules of change for a pledge (CONTRACT.md "Rules of change"), as pure decisions.
import type { PledgeStatus } from "../../db/schema";

export type Decision<T> = { ok: true; value: T } | { ok: false; reason: string };

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
  if (pledge.status !== "confirmed") {
    return { ok: false, reason: `payments are recorded on confirmed pledges; this one is ${pledge.status}` };
  }
  const outstanding = pledge.amountCents - pledge.receivedCents;
  if (paymentCents > outstanding) {
    return { ok: false, reason: `the payment exceeds the outstanding ${outstanding} cents` };
  }
  const receivedAfterCents = pledge.receivedCents + paymentCents;
  return { ok: true, value: { receivedAfterCents, statusAfter: receivedAfterCents === pledge.amountCents ? "paid" : "confirmed" } };
}

/** A change may not be dated before the pledge's previous change: history stays in order. */
export function decideBusinessDate(lastEventAt: string, at: string): Decision<string> {
  if (at < lastEventAt) return { ok: false, reason: `the date may not be before the pledge's last change on ${lastEventAt}` };
  return { ok: true, value: at };
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
