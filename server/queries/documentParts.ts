// The parts of a planned document that issuing (documentPlan.ts) and cancelling
// (cancelPlan.ts) share: the plan's shape, who issues and to whom, the refusals of a receipt,
// the collective receipt, and which payments are on a document in force.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Reader } from "../../db/open";
import {
  campaigns,
  documentPayments,
  pledges,
  sponsors,
  type Campaign,
  type Payment,
  type Sponsor,
} from "../../db/schema";
import type { DocumentKind } from "../domain/codes";
import { documentNumber } from "../domain/documentNumber";
import { conflict, notFound } from "../domain/errors";
import { exemptionRefusal } from "../domain/exemption";
import type {
  CollectiveReceiptFacts,
  DonationReceiptFacts,
  InvoiceFacts,
  Issuer,
  Recipient,
} from "../letters/documentFacts";

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

/** A payment with whether its pledge waives reimbursed expenses (the receipt's "Verzicht" line). */
export type WaivedPayment = Payment & { waivesReimbursement: boolean };

/** The payments, each with its pledge's waiver (pledges.waives_reimbursement). */
export function withWaiver(db: Reader, paid: readonly Payment[]): WaivedPayment[] {
  const pledgeIds = [...new Set(paid.map((p) => p.pledgeId))];
  const waiving = new Set(
    pledgeIds.length === 0
      ? []
      : db
          .select({ id: pledges.id })
          .from(pledges)
          .where(and(inArray(pledges.id, pledgeIds), eq(pledges.waivesReimbursement, true)))
          .all()
          .map((p) => p.id),
  );
  return paid.map((p) => ({ ...p, waivesReimbursement: waiving.has(p.pledgeId) }));
}

export function common(campaign: Campaign, sponsorId: number, kind: DocumentKind, sequence: number, today: string) {
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

export function collectivePlan(
  campaign: Campaign,
  sponsorId: number,
  issuer: Issuer,
  donor: Recipient,
  paid: readonly WaivedPayment[],
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
    payments: paid.map((p) => ({
      paidOn: p.paidAt,
      amountCents: p.amountCents,
      waiverOfReimbursement: p.waivesReimbursement,
    })),
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

export function liveDocumentRows(db: Reader, paymentIds: readonly number[]) {
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
