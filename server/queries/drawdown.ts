// What the drawdown of the state's share is computed from (the rule: domain/drawdown.ts): own
// funds received by a day, and the state's calls and money received by a day.
import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { payments, pledges, statePayments, type Campaign } from "../../db/schema";
import type { StatePaymentKind } from "../domain/codes";
import { ceilingOf, drawdown, type CallDay } from "../domain/drawdown";
import { paymentNetSql, rateSql } from "./vatSql";
import { campaignOn } from "./campaigns";

/**
 * Own funds received by the end of `asOf`: the payments on cash pledges dated that day or
 * earlier, reversals included; sponsoring counts the net of each payment (its VAT rounded
 * on the payment, as the proof of use and the cash flow count it). In-kind pledges bring no money.
 */
export function ownReceivedCents(db: Reader, campaignId: number, asOf: string): number {
  const net = paymentNetSql("payments.amount_cents", rateSql("pledges"));
  const row = db
    .select({ cents: sql<number>`coalesce(sum(${net}), 0)` })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.type, "cash"), lte(payments.paidAt, asOf)))
    .get();
  return row?.cents ?? 0;
}

/** The state's calls or money received dated `asOf` or earlier (and, with `knownAt`, recorded by then). */
export function statePaidCents(
  db: Reader,
  campaignId: number,
  kind: StatePaymentKind,
  asOf: string,
  knownAt: number | null = null,
): number {
  const row = db
    .select({ cents: sql<number>`coalesce(sum(${statePayments.amountCents}), 0)` })
    .from(statePayments)
    .where(
      and(
        eq(statePayments.campaignId, campaignId),
        eq(statePayments.kind, kind),
        lte(statePayments.on, asOf),
        knownAt === null ? undefined : lte(statePayments.createdAt, knownAt),
      ),
    )
    .get();
  return row?.cents ?? 0;
}

/** The state's calls and money received by the end of `asOf`: what staff's summary carries beside the own funds. */
export function stateShareOf(db: Reader, campaignId: number, asOf: string, knownAt: number | null = null) {
  return {
    calledCents: statePaidCents(db, campaignId, "call", asOf, knownAt),
    receivedCents: statePaidCents(db, campaignId, "receipt", asOf, knownAt),
  };
}

/** The campaign's drawdown at the end of `asOf`, by the match ratio it had that day. */
export function readDrawdown(db: Reader, current: Campaign, asOf: string) {
  const ratioHundredths = campaignOn(db, current, asOf, null).matchRatioHundredths;
  const result = drawdown({
    ownReceivedCents: ownReceivedCents(db, current.id, asOf),
    grantCents: current.grantCents,
    ratioHundredths,
    retentionPercent: current.retentionPercent,
    calledCents: statePaidCents(db, current.id, "call", asOf),
  });
  return { ...result, receivedCents: statePaidCents(db, current.id, "receipt", asOf) };
}

/** The days a new call on `calledAt` must fit: its own, and the day of every later call. */
export function callDays(db: Reader, current: Campaign, calledAt: string): CallDay[] {
  const later = db
    .selectDistinct({ on: statePayments.on })
    .from(statePayments)
    .where(
      and(eq(statePayments.campaignId, current.id), eq(statePayments.kind, "call"), gt(statePayments.on, calledAt)),
    )
    .all()
    .map((r) => r.on);
  return [calledAt, ...later].map((day) => ({
    ceilingCents: ceilingOf({
      ownReceivedCents: ownReceivedCents(db, current.id, day),
      grantCents: current.grantCents,
      ratioHundredths: campaignOn(db, current, day, null).matchRatioHundredths,
      retentionPercent: current.retentionPercent,
    }),
    calledThroughCents: statePaidCents(db, current.id, "call", day),
  }));
}
