// The payments of a campaign for the treasurer's file (GET /api/campaigns/:id/payments.*):
// every payment row, reversals included, with its pledge's reference and sponsor, the bank
// credit it was booked from (if any), and which installments it paid. Payments fill a
// pledge's installments oldest first in the order they were recorded (domain/schedule.ts), so
// each payment's share is the stretch of the running total it covers; a reversal takes back
// from the end. At most a few thousand rows per campaign: read in one go.
import { asc, eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import type { Campaign } from "../../db/schema";
import { bankEntries, payments, pledges, sponsors } from "../../db/schema";
import { readSchedules } from "./schedules";

/** How a payment came in: typed in by hand, booked from a statement by its reference, or assigned by staff from the review queue. */
export type PaymentSource = "hand" | "reference" | "review";

export interface PaymentExportRow {
  reference: string | null;
  sponsorName: string;
  paidAt: string;
  amountCents: number;
  /** The installments it paid, "1" or "1–2"; null for a reversal or beyond the plan. */
  installments: string | null;
  source: PaymentSource;
  reversal: boolean;
  remittance: string | null;
  counterpartyIban: string | null;
}

export function readPaymentRows(db: Reader, campaign: Campaign): PaymentExportRow[] {
  const rows = db
    .select({
      payment: payments,
      reference: pledges.reference,
      sponsorName: sponsors.name,
      pledge: pledges,
      entryState: bankEntries.state,
      remittance: bankEntries.remittance,
      counterpartyIban: bankEntries.counterpartyIban,
    })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .leftJoin(bankEntries, eq(bankEntries.paymentId, payments.id))
    .where(eq(payments.campaignId, campaign.id))
    .orderBy(asc(payments.paidAt), asc(payments.id))
    .all();
  const pledgeList = [...new Map(rows.map((r) => [r.pledge.id, r.pledge])).values()];
  const schedules = readSchedules(db, pledgeList, campaign);
  const covered = installmentsPaid(
    rows.map((r) => r.payment),
    schedules,
  );
  return rows.map((r) => ({
    reference: r.reference,
    sponsorName: r.sponsorName,
    paidAt: r.payment.paidAt,
    amountCents: r.payment.amountCents,
    installments: covered.get(r.payment.id) ?? null,
    source: r.entryState === "booked" ? "reference" : r.entryState === "assigned" ? "review" : "hand",
    reversal: r.payment.reversesPaymentId !== null,
    remittance: r.remittance,
    counterpartyIban: r.counterpartyIban,
  }));
}

/** Per payment id, the installment numbers its amount covers, in recording order per pledge. */
function installmentsPaid(
  list: readonly { id: number; pledgeId: number; amountCents: number }[],
  schedules: ReadonlyMap<number, readonly { number: number; amountCents: number }[]>,
): Map<number, string> {
  const out = new Map<number, string>();
  const running = new Map<number, number>();
  for (const p of [...list].sort((a, b) => a.id - b.id)) {
    const before = running.get(p.pledgeId) ?? 0;
    const after = before + p.amountCents;
    running.set(p.pledgeId, after);
    if (p.amountCents <= 0) continue;
    let start = 0;
    const numbers: number[] = [];
    for (const i of schedules.get(p.pledgeId) ?? []) {
      const end = start + i.amountCents;
      if (end > before && start < after) numbers.push(i.number);
      start = end;
    }
    if (numbers.length > 0)
      out.set(p.id, numbers.length === 1 ? String(numbers[0]) : `${numbers[0]}–${numbers[numbers.length - 1]}`);
  }
  return out;
}
