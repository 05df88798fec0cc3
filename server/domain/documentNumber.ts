// A document's number: its series' letters, the year it was issued in and its place in the
// series, e.g. "ZB-2026-0007" (receipts and collective receipts: Zuwendungsbestätigung) or
// "RE-2026-0012" (invoices: Rechnung). The place runs on per campaign and series across years
// (campaigns.last_receipt_number / last_invoice_number), so numbers are consecutive within a
// series and never repeat; the year only helps a reader. Four digits, more when it grows.
import type { DocumentKind } from "./codes";

export type DocumentSeries = "receipt" | "invoice";

export function seriesOf(kind: DocumentKind): DocumentSeries {
  return kind === "invoice" ? "invoice" : "receipt";
}

const LETTERS: Record<DocumentSeries, string> = { receipt: "ZB", invoice: "RE" };

export function documentNumber(series: DocumentSeries, issuedOn: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError("a document's place in its series is ≥ 1");
  return `${LETTERS[series]}-${issuedOn.slice(0, 4)}-${String(sequence).padStart(4, "0")}`;
}
