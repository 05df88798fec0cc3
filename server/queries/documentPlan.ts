// What a document about to be issued is made of, read from the database: which payments it
// covers, its facts (letters/documentFacts.ts) and the number it will take. Every refusal is
// decided here, so the same reading serves before the PDF is rendered and again inside the
// transaction that stores it (documents/issue.ts): whatever changed in between shows as a
// different plan.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Reader } from "../../db/open";
import {
  campaigns,
  documentPayments,
  payments,
  pledges,
  sponsors,
  type Campaign,
  type Payment,
  type Pledge,
  type Sponsor,
} from "../../db/schema";
import type { DocumentKind } from "../domain/codes";
import { addDays, addYears } from "../domain/dates";
import { documentNumber } from "../domain/documentNumber";
import { conflict, notFound } from "../domain/errors";
import { exemptionRefusal } from "../domain/exemption";
import { standingPaymentIds } from "../domain/standingPayments";
import type { VatRate } from "../domain/vat";
import type {
  CollectiveReceiptFacts,
  DonationReceiptFacts,
  InvoiceFacts,
  Issuer,
  Recipient,
} from "../letters/documentFacts";
import { pledgeReference } from "../letters/reference";

export type IssueRequest = { paymentId: number } | { sponsorId: number; year: number };
export type DocumentFactsOf = DonationReceiptFacts | CollectiveReceiptFacts | InvoiceFacts;

export interface DocumentPlan {
  campaignId: number;
  sponsorId: number;
  kind: DocumentKind;
  /** Its place in the series: the campaign's last number of the series plus one. */
  sequence: number;
  number: string;
  year: number | null;
  amountCents: number;
  issuedOn: string;
  facts: DocumentFactsOf;
  paymentIds: number[];
  /** Covered payments stay live (receipts, invoices) or are released at once (a Stornorechnung). */
  live: boolean;
  cancelsDocumentId: number | null;
}

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
    payment: { paidOn: payment.paidAt, amountCents: payment.amountCents, waiverOfReimbursement: false },
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

function common(campaign: Campaign, sponsorId: number, kind: DocumentKind, sequence: number, today: string) {
  return {
    campaignId: campaign.id,
    sponsorId,
    kind,
    sequence,
    year: null,
    issuedOn: today,
    live: true,
    cancelsDocumentId: null,
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
  const open = inYear.filter((p) => !taken.has(p.id));
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

export function collectivePlan(
  campaign: Campaign,
  sponsorId: number,
  issuer: Issuer,
  donor: Recipient,
  paid: readonly Payment[],
  period: { from: string; to: string },
  today: string,
  replaces?: { number: string; documentId: number },
): DocumentPlan {
  receiptsAllowed(issuer, today);
  const sequence = campaign.lastReceiptNumber + 1;
  const number = documentNumber("receipt", today, sequence);
  const facts: CollectiveReceiptFacts = {
    number,
    issuedOn: today,
    issuer,
    donor,
    period,
    payments: paid.map((p) => ({ paidOn: p.paidAt, amountCents: p.amountCents, waiverOfReimbursement: false })),
    ...(replaces && { replaces: replaces.number }),
  };
  return {
    ...common(campaign, sponsorId, "collective_receipt", sequence, today),
    number,
    year: Number(period.from.slice(0, 4)),
    amountCents: paid.reduce((sum, p) => sum + p.amountCents, 0),
    facts,
    paymentIds: paid.map((p) => p.id),
    cancelsDocumentId: replaces?.documentId ?? null,
  };
}

/** Who issues and to whom: refused without an issuer or without the sponsor's postal address. */
export function parties(
  db: Reader,
  campaignId: number,
  sponsorId: number,
): { campaign: Campaign; issuer: Issuer; recipient: Recipient; sponsor: Sponsor } {
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  const sponsor = db.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!campaign || !sponsor) throw notFound("sponsor");
  const issuer = campaign.issuer;
  if (!issuer)
    throw conflict(
      "the campaign has no issuer for receipts and invoices yet: an admin sets it in the campaign's setup",
    );
  const address = sponsor.address?.trim();
  if (!address) throw conflict(`${sponsor.name} has no postal address: add it to the sponsor before issuing`);
  return { campaign, issuer, recipient: { name: sponsor.name, address }, sponsor };
}

/** A receipt needs the tax number and an exemption notice recent enough on the issue day (§ 63 Abs. 5 AO). */
export function receiptsAllowed(issuer: Issuer, today: string): void {
  if (!issuer.taxNumber)
    throw conflict("a donation receipt needs the issuer's tax number (StNr.): add it to the issuer");
  const refusal = exemptionRefusal(issuer.exemption.kind, issuer.exemption.date, today);
  if (refusal) throw conflict(`no donation receipt can be issued: ${refusal}`);
}

function liveDocumentRows(db: Reader, paymentIds: readonly number[]) {
  if (paymentIds.length === 0) return [];
  return db
    .select({ paymentId: documentPayments.paymentId, documentId: documentPayments.documentId })
    .from(documentPayments)
    .where(and(inArray(documentPayments.paymentId, [...paymentIds]), isNull(documentPayments.releasedAt)))
    .all();
}

/** The id of a live document holding one of the payments, if any. */
export function liveDocumentOf(db: Reader, paymentIds: readonly number[]): number | null {
  return liveDocumentRows(db, paymentIds)[0]?.documentId ?? null;
}
