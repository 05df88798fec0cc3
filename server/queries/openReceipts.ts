// The year-end round of collective receipts (Sammelbestätigungen): which sponsors of a campaign
// still have donation payments of a year that no receipt in force covers, with what they add up
// to. The treasurer issues one per sponsor from this list (document.issue {sponsorId, year}),
// which decides again under the writer, so the list only guides. Sponsors in name order, at
// most OPEN_RECEIPTS_LIMIT a call: the next call, after those are issued, shows the rest.
import { and, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { documentPayments, payments, pledges, sponsors } from "../../db/schema";
import { standingPaymentIds } from "../domain/standingPayments";

export const OPEN_RECEIPTS_LIMIT = 500;

export interface OpenReceipt {
  sponsorId: number;
  name: string;
  /** A receipt names the donor's address: without one, issuing is refused. */
  hasAddress: boolean;
  paymentCount: number;
  amountCents: number;
}

export function readOpenReceipts(
  db: Reader,
  campaignId: number,
  year: number,
): { year: number; sponsors: OpenReceipt[]; more: boolean } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // Sponsors with a payment of the year that no live document holds: a reversed one may
  // still be among them, so each is checked below with its pledges' whole chains.
  const candidates = db
    .selectDistinct({ id: sponsors.id, name: sponsors.name, nameKey: sponsors.nameKey, address: sponsors.address })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        eq(pledges.contribution, "donation"),
        eq(pledges.type, "cash"),
        gte(payments.paidAt, first),
        lte(payments.paidAt, last),
        sql`${payments.amountCents} > 0`,
        isNull(payments.reversesPaymentId),
        sql`not exists (select 1 from ${documentPayments} dp where dp.payment_id = ${payments.id} and dp.released_at is null)`,
      ),
    )
    .orderBy(sponsors.nameKey, sponsors.id)
    .limit(OPEN_RECEIPTS_LIMIT + 1)
    .all();
  const shown = candidates.slice(0, OPEN_RECEIPTS_LIMIT);
  const out: OpenReceipt[] = [];
  for (const sponsor of shown) {
    const open = openPaymentsOf(db, sponsor.id, first, last);
    if (open.length === 0) continue;
    out.push({
      sponsorId: sponsor.id,
      name: sponsor.name,
      hasAddress: Boolean(sponsor.address?.trim()),
      paymentCount: open.length,
      amountCents: open.reduce((sum, p) => sum + p.amountCents, 0),
    });
  }
  return { year, sponsors: out, more: candidates.length > OPEN_RECEIPTS_LIMIT };
}

/** The sponsor's standing donation payments of the period on no live document (as documentPlan.ts issues them). */
function openPaymentsOf(db: Reader, sponsorId: number, first: string, last: string) {
  const all = db
    .select({
      id: payments.id,
      amountCents: payments.amountCents,
      reversesPaymentId: payments.reversesPaymentId,
      paidAt: payments.paidAt,
    })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .where(and(eq(pledges.sponsorId, sponsorId), eq(pledges.contribution, "donation"), eq(pledges.type, "cash")))
    .all();
  const standing = standingPaymentIds(all);
  const inPeriod = all.filter((p) => standing.has(p.id) && p.paidAt >= first && p.paidAt <= last);
  if (inPeriod.length === 0) return [];
  const taken = new Set(
    db
      .select({ paymentId: documentPayments.paymentId })
      .from(documentPayments)
      .where(
        and(
          inArray(
            documentPayments.paymentId,
            inPeriod.map((p) => p.id),
          ),
          isNull(documentPayments.releasedAt),
        ),
      )
      .all()
      .map((r) => r.paymentId),
  );
  return inPeriod.filter((p) => !taken.has(p.id));
}
