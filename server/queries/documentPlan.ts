// What a document about to be issued is made of, read from the database: which payments it
// covers, its facts (letters/documentFacts.ts) and the number it will take. Every refusal is
// decided here, so the same reading serves before the PDF is rendered and again inside the
// transaction that stores it (documents/issue.ts): whatever changed in between shows as a
// different plan.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { payments, pledges, sponsors, type Campaign, type Payment, type Pledge } from "../../db/schema";
import { addDays, addYears } from "../domain/dates";
import { documentNumber } from "../domain/documentNumber";
import { conflict, notFound } from "../domain/errors";
import { standingPaymentIds } from "../domain/standingPayments";
import type { VatRate } from "../domain/vat";
import type { DonationReceiptFacts, InvoiceFacts, Issuer, Recipient } from "../letters/documentFacts";
import { pledgeReference } from "../letters/reference";
import {
  collectivePlan,
  withWaiver,
  common,
  type DocumentPlan,
  liveDocumentOf,
  liveDocumentRows,
  parties,
  receiptsAllowed,
} from "./documentParts";

export type { DocumentPlan } from "./documentParts";

export type IssueRequest = { paymentId: number } | { sponsorId: number; year: number };

/** The campaign an issue concerns, for the access check before anything else is read. */
export function campaignOfIssue(db: Reader, request: IssueRequest): number {
  if ("paymentId" in request) {
    const payment = db
      .select({ campaignId: payments.campaignId })
      .from(payments)
      .where(eq(payments.id, request.paymentId))
      .get();
    if (!payment) throw notFound("payment");
    return payment.campaignId;
  }
  const sponsor = db
    .select({ campaignId: sponsors.campaignId })
    .from(sponsors)
    .where(eq(sponsors.id, request.sponsorId))
    .get();
  if (!sponsor) throw notFound("sponsor");
  return sponsor.campaignId;
}

export function planIssue(db: Reader, request: IssueRequest, today: string): DocumentPlan {
  return "paymentId" in request ? planForPayment(db, request.paymentId, today) : planCollective(db, request, today);
}

function planForPayment(db: Reader, paymentId: number, today: string): DocumentPlan {
  const row = db
    .select({ payment: payments, pledge: pledges })
    .from(payments)
    .innerJoin(pledges, eq(pledges.id, payments.pledgeId))
    .where(eq(payments.id, paymentId))
    .get();
  if (!row) throw notFound("payment");
  const { payment, pledge } = row;
  if (pledge.type === "in_kind")
    throw conflict("an in-kind pledge gets no receipt or invoice here: its payments are not money given");
  const all = db.select().from(payments).where(eq(payments.pledgeId, pledge.id)).all();
  if (!standingPaymentIds(all).has(payment.id))
    throw conflict(`payment ${payment.id} is reversed (or is itself a reversal): it gets no receipt or invoice`);
  const onDocument = liveDocumentOf(db, [payment.id]);
  if (onDocument) throw conflict(`payment ${payment.id} is already on document ${onDocument}; cancel that one first`);
  const { campaign, issuer, recipient } = parties(db, pledge.campaignId, pledge.sponsorId);
  const header = { pledge, campaign, today };
  return pledge.contribution === "sponsoring"
    ? invoicePlan(header, issuer, recipient, payment)
    : receiptPlan(header, issuer, recipient, payment);
}

interface Header {
  pledge: Pledge;
  campaign: Campaign;
  today: string;
}

function receiptPlan(
  { campaign, today, pledge }: Header,
  issuer: Issuer,
  donor: Recipient,
  payment: Payment,
): DocumentPlan {
  receiptsAllowed(issuer, today);
  const sequence = campaign.lastReceiptNumber + 1;
  const number = documentNumber("receipt", today, sequence);
  const facts: DonationReceiptFacts = {
    number,
    issuedOn: today,
    issuer,
    donor,
    payment: {
      paidOn: payment.paidAt,
      amountCents: payment.amountCents,
      waiverOfReimbursement: pledge.waivesReimbursement,
    },
  };
  return {
    ...common(campaign, pledge.sponsorId, "receipt", sequence, today),
    number,
    amountCents: payment.amountCents,
    facts,
    paymentIds: [payment.id],
  };
}

function invoicePlan(
  { campaign, today, pledge }: Header,
  issuer: Issuer,
  recipient: Recipient,
  payment: Payment,
): DocumentPlan {
  const sequence = campaign.lastInvoiceNumber + 1;
  const number = documentNumber("invoice", today, sequence);
  // The advertising service runs over the match period: paid before its end, the invoice is for an advance.
  const from = campaign.matchStart;
  const to = addDays(addYears(from, campaign.matchYears), -1);
  const facts: InvoiceFacts = {
    number,
    issuedOn: today,
    issuer,
    recipient,
    service:
      pledge.description?.trim() ||
      `Sponsoring-Werbeleistung für „${campaign.name}“ (Zusage ${pledgeReference(pledge)})`,
    time:
      payment.paidAt > to
        ? { kind: "service", from, to }
        : { kind: "advance", receivedOn: payment.paidAt, plannedFrom: from, plannedTo: to },
    grossCents: payment.amountCents,
    vatRate: (pledge.vatRatePercent ?? 19) as VatRate,
  };
  return {
    ...common(campaign, pledge.sponsorId, "invoice", sequence, today),
    number,
    amountCents: payment.amountCents,
    facts,
    paymentIds: [payment.id],
  };
}

/** One collective receipt over the sponsor's standing donation payments of the year that are on no live document. */
function planCollective(db: Reader, request: { sponsorId: number; year: number }, today: string): DocumentPlan {
  const sponsor = db.select().from(sponsors).where(eq(sponsors.id, request.sponsorId)).get();
  if (!sponsor) throw notFound("sponsor");
  const own = db
    .select()
    .from(pledges)
    .where(and(eq(pledges.sponsorId, sponsor.id), eq(pledges.contribution, "donation"), eq(pledges.type, "cash")))
    .all();
  const all =
    own.length === 0
      ? []
      : db
          .select()
          .from(payments)
          .where(
            inArray(
              payments.pledgeId,
              own.map((p) => p.id),
            ),
          )
          .orderBy(asc(payments.paidAt), asc(payments.id))
          .all();
  const standing = standingPaymentIds(all);
  const first = `${request.year}-01-01`;
  const last = `${request.year}-12-31`;
  const inYear = all.filter((p) => standing.has(p.id) && p.paidAt >= first && p.paidAt <= last);
  const taken = new Set(
    liveDocumentRows(
      db,
      inYear.map((p) => p.id),
    ).map((r) => r.paymentId),
  );
  const open = withWaiver(
    db,
    inYear.filter((p) => !taken.has(p.id)),
  );
  if (open.length === 0)
    throw conflict(`no donation payment of ${sponsor.name} in ${request.year} is left without a receipt`);
  const { campaign, issuer, recipient } = parties(db, sponsor.campaignId, sponsor.id);
  return collectivePlan(
    campaign,
    sponsor.id,
    issuer,
    recipient,
    open,
    { from: first, to: last < today ? last : today },
    today,
  );
}
