// Issued receipts and invoices as the staff pages and the sponsor portal show them: where each
// is downloaded (GET /api/documents/:id.pdf, the stored bytes) and which words name its kind
// and its state.
import type { MessageKey } from "./i18n/de";
import type { RouterOutputs } from "./trpc";

export type DocumentItem = RouterOutputs["document"]["list"]["items"][number];
/** A document as a list shows it: staff's with the cancellation's reason and the hint to cancel, a sponsor's without. */
export type ListedDocument = Omit<DocumentItem, "needsCancellation" | "cancellation"> &
  Partial<Pick<DocumentItem, "needsCancellation" | "cancellation">>;

export function documentUrl(documentId: number): string {
  return `/api/documents/${documentId}.pdf`;
}

/** Receipt, collective receipt, invoice, or the Stornorechnung that cancels an invoice. */
export function documentKindKey(d: Pick<DocumentItem, "kind" | "cancelsDocumentId" | "amountCents">): MessageKey {
  if (d.kind === "invoice" && d.cancelsDocumentId !== null && d.amountCents < 0) return "documents.kind.storno";
  return `documents.kind.${d.kind}`;
}

/** In force, to be cancelled (a payment of it was reversed since), cancelled, or a Stornorechnung. */
export function documentStateKey(d: ListedDocument): MessageKey {
  if (d.kind === "invoice" && d.cancelsDocumentId !== null && d.amountCents < 0) return "documents.state.storno";
  if (d.needsCancellation) return "documents.state.needsCancellation";
  return d.inForce ? "documents.state.inForce" : "documents.state.cancelled";
}
