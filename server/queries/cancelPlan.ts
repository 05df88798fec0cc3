// What cancelling an issued document does, read from the database. Issued documents are never
// changed: a correction is a new document naming the one it cancels, and the old one's payments
// are released (document_payments.released_at) so they can be on the new one.
//  - An invoice is cancelled by a Stornorechnung: a new invoice number, the same parties, service
//    and amounts negated (§ 14 UStG; the old facts, so it cancels exactly what was issued). Its
//    payments are released at once: a corrected invoice is a new document.issue.
//  - A receipt is replaced by a corrected one ("ersetzt die Bestätigung Nr. …") over the old one's
//    payments that still stand, with the issuer and address as they are now. When none stands
//    (all reversed), nothing replaces it: it is only cancelled.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { campaigns, documentPayments, documents, payments, type DocumentRow } from "../../db/schema";
import { documentNumber } from "../domain/documentNumber";
import { conflict, notFound } from "../domain/errors";
import { standingPaymentIds } from "../domain/standingPayments";
import type { CollectiveReceiptFacts, DonationReceiptFacts, InvoiceFacts } from "../letters/documentFacts";
import { collectivePlan, parties, receiptsAllowed, withWaiver, type DocumentPlan } from "./documentParts";

export interface CancelPlan {
  document: Pick<DocumentRow, "id" | "campaignId" | "number" | "kind">;
  /** The old document's payments, released by the cancellation. */
  releasedPaymentIds: number[];
  correction: DocumentPlan | null;
}

export function documentById(db: Reader, documentId: number): DocumentRow | undefined {
  return db.select().from(documents).where(eq(documents.id, documentId)).get();
}

export function planCancel(db: Reader, documentId: number, today: string): CancelPlan {
  const old = documentById(db, documentId);
  if (!old) throw notFound("document");
  const live = db
    .select({ paymentId: documentPayments.paymentId })
    .from(documentPayments)
    .where(and(eq(documentPayments.documentId, old.id), isNull(documentPayments.releasedAt)))
    .all()
    .map((r) => r.paymentId);
  if (live.length === 0)
    throw conflict(`document ${old.number} is no longer in force (cancelled, or itself a cancellation)`);
  const document = { id: old.id, campaignId: old.campaignId, number: old.number, kind: old.kind };
  const correction = old.kind === "invoice" ? stornoPlan(db, old, live, today) : replacementPlan(db, old, live, today);
  return { document, releasedPaymentIds: live, correction };
}

function stornoPlan(db: Reader, old: DocumentRow, paymentIds: number[], today: string): DocumentPlan {
  // The cancelled invoice's own parties and amounts: no issuer or address of today is needed.
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, old.campaignId)).get();
  if (!campaign) throw notFound("campaign");
  const sequence = campaign.lastInvoiceNumber + 1;
  const number = documentNumber("invoice", today, sequence);
  const facts: InvoiceFacts = {
    ...(old.facts as InvoiceFacts),
    number,
    issuedOn: today,
    cancels: { number: old.number, issuedOn: old.issuedOn },
  };
  return {
    campaignId: old.campaignId,
    sponsorId: old.sponsorId,
    kind: "invoice",
    sequence,
    number,
    year: null,
    amountCents: -old.amountCents,
    issuedOn: today,
    facts,
    paymentIds,
    live: false,
    cancelsDocumentId: old.id,
  };
}

function replacementPlan(db: Reader, old: DocumentRow, live: number[], today: string): DocumentPlan | null {
  const covered = db.select().from(payments).where(inArray(payments.id, live)).all();
  const pledgeIds = [...new Set(covered.map((p) => p.pledgeId))];
  const all = db
    .select()
    .from(payments)
    .where(inArray(payments.pledgeId, pledgeIds))
    .orderBy(asc(payments.paidAt), asc(payments.id))
    .all();
  const standing = standingPaymentIds(all);
  const kept = withWaiver(
    db,
    all.filter((p) => live.includes(p.id) && standing.has(p.id)),
  );
  if (kept.length === 0) return null;
  const { campaign, issuer, recipient } = parties(db, old.campaignId, old.sponsorId);
  receiptsAllowed(issuer, today);
  if (old.kind === "collective_receipt") {
    const { period } = old.facts as CollectiveReceiptFacts;
    return collectivePlan(campaign, old.sponsorId, issuer, recipient, kept, period, today, {
      number: old.number,
      documentId: old.id,
    });
  }
  const [payment] = kept;
  const sequence = campaign.lastReceiptNumber + 1;
  const number = documentNumber("receipt", today, sequence);
  const facts: DonationReceiptFacts = {
    number,
    issuedOn: today,
    issuer,
    donor: recipient,
    payment: {
      paidOn: payment.paidAt,
      amountCents: payment.amountCents,
      waiverOfReimbursement: payment.waivesReimbursement,
    },
    replaces: old.number,
  };
  return {
    campaignId: old.campaignId,
    sponsorId: old.sponsorId,
    kind: "receipt",
    sequence,
    number,
    year: null,
    amountCents: payment.amountCents,
    issuedOn: today,
    facts,
    paymentIds: [payment.id],
    live: true,
    cancelsDocumentId: old.id,
  };
}
