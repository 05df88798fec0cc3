// The year-end round of collective receipts (Sammelbestätigungen): which sponsors of a campaign
// still have donation payments of a year that no receipt in force covers, with what they add up
// to. The treasurer issues one per sponsor from this list (document.issue {sponsorId, year}),
// which decides again under the writer, so the list only guides. A call looks at the next
// OPEN_RECEIPTS_BATCH sponsors (by id) after the cursor and their payments, so no call reads a
// whole large campaign (1M pledges: one walk over all of them took 6.5 s); the caller follows
// `nextCursor` until it is null.
import { and, asc, eq, gt, gte, inArray, lte, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { payments, pledges, sponsors } from "../../db/schema";
import { standingPaymentIds } from "../domain/standingPayments";

export const OPEN_RECEIPTS_BATCH = 500;

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
  afterSponsorId = 0,
): { year: number; sponsors: OpenReceipt[]; nextCursor: number | null } {
  const batch = db
    .select({ id: sponsors.id, name: sponsors.name, address: sponsors.address })
    .from(sponsors)
    .where(and(eq(sponsors.campaignId, campaignId), gt(sponsors.id, afterSponsorId)))
    .orderBy(asc(sponsors.id))
    .limit(OPEN_RECEIPTS_BATCH)
    .all();
  const nextCursor = batch.length === OPEN_RECEIPTS_BATCH ? batch[batch.length - 1].id : null;
  if (batch.length === 0) return { year, sponsors: [], nextCursor };
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const bySponsor = donationPayments(
    db,
    batch.map((s) => s.id),
    first,
    last,
  );
  const out: OpenReceipt[] = [];
  for (const sponsor of batch) {
    const all = bySponsor.get(sponsor.id) ?? [];
    // As documentPlan.ts issues: standing payments of the year on no document in force.
    const standing = standingPaymentIds(all);
    const open = all.filter((p) => standing.has(p.id) && !p.onDocument);
    if (open.length === 0) continue;
    out.push({
      sponsorId: sponsor.id,
      name: sponsor.name,
      hasAddress: Boolean(sponsor.address?.trim()),
      paymentCount: open.length,
      amountCents: open.reduce((sum, p) => sum + p.amountCents, 0),
    });
  }
  return { year, sponsors: out, nextCursor };
}

/**
 * The payments of the sponsors' cash donations dated in the period, reversals included, by
 * sponsor. A reversal carries the date of the payment it takes back (ledger/corrections.ts),
 * so a payment's whole chain lies in its own period.
 */
function donationPayments(db: Reader, sponsorIds: readonly number[], first: string, last: string) {
  const rows = db
    .select({
      sponsorId: pledges.sponsorId,
      id: payments.id,
      amountCents: payments.amountCents,
      reversesPaymentId: payments.reversesPaymentId,
      paidAt: payments.paidAt,
      onDocument: sql<number>`exists (select 1 from document_payments dp where dp.payment_id = ${payments.id} and dp.released_at is null)`,
    })
    .from(pledges)
    .innerJoin(payments, eq(payments.pledgeId, pledges.id))
    .where(
      and(
        inArray(pledges.sponsorId, [...sponsorIds]),
        eq(pledges.contribution, "donation"),
        eq(pledges.type, "cash"),
        gte(payments.paidAt, first),
        lte(payments.paidAt, last),
      ),
    )
    .all();
  const out = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = out.get(row.sponsorId);
    if (list) list.push(row);
    else out.set(row.sponsorId, [row]);
  }
  return out;
}
