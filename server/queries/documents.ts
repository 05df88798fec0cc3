// Reading issued documents: a campaign's, a sponsor's or a pledge's list (without the PDFs),
// newest first and a page at a time for staff (the cursor is the last id shown), and one
// document's stored PDF. Whether a document is in force follows from its payments: it
// is while one of them is not released; a correction names it in cancels_document_id, and
// document_cancellations keeps why, when and by whom it was cancelled.
import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Reader } from "../../db/open";
import { documentCancellations, documentPayments, documents, payments, sponsors } from "../../db/schema";
import { standingPaymentIds } from "../domain/standingPayments";

const cancelling = alias(documents, "cancelling");

export interface DocumentFilter {
  campaignId: number;
  sponsorId?: number;
  pledgeId?: number;
}

export interface DocumentPage {
  /** The last id of the page before: ids only grow, so documents issued meanwhile do not shift pages. */
  beforeId?: number;
  limit: number;
}

/** Every document of the filter: a sponsor's own in its portal, which are few. */
export function listDocuments(db: Reader, filter: DocumentFilter) {
  return withPayments(db, documentRows(db, filter).all());
}

/** One page of the filter's documents, and the cursor of the next (null on the last page). */
export function documentPage(db: Reader, filter: DocumentFilter, page: DocumentPage) {
  // One row more than the page tells whether another page follows.
  const rows = documentRows(db, filter, page.beforeId)
    .limit(page.limit + 1)
    .all();
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  return { items: withPayments(db, shown), nextCursor: more ? (shown.at(-1)?.id ?? null) : null };
}

function documentRows(db: Reader, filter: DocumentFilter, beforeId?: number) {
  const where: SQL[] = [eq(documents.campaignId, filter.campaignId)];
  if (beforeId !== undefined) where.push(lt(documents.id, beforeId));
  if (filter.sponsorId !== undefined) where.push(eq(documents.sponsorId, filter.sponsorId));
  if (filter.pledgeId !== undefined) {
    const ofPledge = db
      .selectDistinct({ id: documentPayments.documentId })
      .from(documentPayments)
      .innerJoin(payments, eq(payments.id, documentPayments.paymentId))
      .where(eq(payments.pledgeId, filter.pledgeId));
    where.push(inArray(documents.id, ofPledge));
  }
  return db
    .select({
      id: documents.id,
      campaignId: documents.campaignId,
      sponsorId: documents.sponsorId,
      sponsorName: sponsors.name,
      kind: documents.kind,
      number: documents.number,
      year: documents.year,
      amountCents: documents.amountCents,
      issuedOn: documents.issuedOn,
      cancelsDocumentId: documents.cancelsDocumentId,
      cancelledById: cancelling.id,
      cancelledByNumber: cancelling.number,
      cancelReason: documentCancellations.reason,
      cancelledAt: documentCancellations.cancelledAt,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .innerJoin(sponsors, eq(sponsors.id, documents.sponsorId))
    .leftJoin(cancelling, eq(cancelling.cancelsDocumentId, documents.id))
    .leftJoin(documentCancellations, eq(documentCancellations.documentId, documents.id))
    .where(and(...where))
    .orderBy(desc(documents.id))
    .$dynamic();
}

/** Each document's payments, whether it is in force, and whether a payment it holds was reversed since. */
function withPayments<
  T extends {
    id: number;
    createdAt: number;
    cancelledById: number | null;
    cancelledByNumber: string | null;
    cancelReason: string | null;
    cancelledAt: number | null;
  },
>(db: Reader, rows: T[]) {
  const ids = rows.map((r) => r.id);
  const links =
    ids.length === 0
      ? []
      : db
          .select({
            documentId: documentPayments.documentId,
            payment: payments,
            releasedAt: documentPayments.releasedAt,
          })
          .from(documentPayments)
          .innerJoin(payments, eq(payments.id, documentPayments.paymentId))
          .where(inArray(documentPayments.documentId, ids))
          .all();
  const pledgeIds = [...new Set(links.map((l) => l.payment.pledgeId))];
  const all =
    pledgeIds.length === 0 ? [] : db.select().from(payments).where(inArray(payments.pledgeId, pledgeIds)).all();
  const standing = standingPaymentIds(all);
  return rows.map(({ cancelledById, cancelledByNumber, cancelReason, cancelledAt, createdAt, ...row }) => {
    const mine = links.filter((l) => l.documentId === row.id);
    const inForce = mine.some((l) => l.releasedAt === null);
    return {
      ...row,
      paymentIds: mine.map((l) => l.payment.id),
      inForce,
      cancelledBy: cancelledById === null ? null : { id: cancelledById, number: cancelledByNumber ?? "" },
      /** Why and when it was cancelled (staff only: the sponsor's list leaves the reason out). */
      cancellation:
        cancelledAt === null ? null : { reason: cancelReason ?? "", at: new Date(cancelledAt).toISOString() },
      /** In force but holding a payment reversed since: a reason to cancel it. */
      needsCancellation: inForce && mine.some((l) => !standing.has(l.payment.id)),
      createdAt: new Date(createdAt).toISOString(),
    };
  });
}

/**
 * What the route needs to decide who may have a document, without its PDF: the stored bytes
 * are read (documentPdf) only once the caller may have them.
 */
export function documentAccessFacts(db: Reader, documentId: number) {
  return db
    .select({ campaignId: documents.campaignId, sponsorId: documents.sponsorId, number: documents.number })
    .from(documents)
    .where(eq(documents.id, documentId))
    .get();
}

/** The stored PDF, exactly as issued. */
export function documentPdf(db: Reader, documentId: number): Buffer | undefined {
  return db.select({ pdf: documents.pdf }).from(documents).where(eq(documents.id, documentId)).get()?.pdf;
}
