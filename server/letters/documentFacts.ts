// What a receipt or an invoice is made of, as the issuing code hands it over (filled from the
// database): who issues, to whom, which payments, under which number. Money is integer cents,
// days are "YYYY-MM-DD".
import type { ExemptionKind } from "../domain/exemption";
import type { VatRate } from "../domain/vat";

/** The tax office's notice the receipts rest on (§ 63 Abs. 5 AO; validity: domain/exemption.ts). */
export interface ExemptionNotice {
  kind: ExemptionKind;
  /** "Aachen-Stadt": printed after "Finanzamtes". */
  taxOffice: string;
  /** The notice's date. */
  date: string;
  /** The Freistellungsbescheid's last assessment period, e.g. "2023" or "2021 bis 2023". */
  period?: string;
}

/** The campaign's legal body: the receipts' Aussteller and the invoices' seller. */
export interface Issuer {
  legalName: string;
  /** Newline-separated lines (street, postcode and town). */
  address: string;
  /** Steuernummer (StNr.), printed on receipts and, without a VAT id, on invoices. */
  taxNumber?: string;
  /** USt-IdNr.; an invoice prints it instead of the tax number when given. */
  vatId?: string;
  exemption: ExemptionNotice;
  /** The tax-privileged purpose as it follows "Förderung": "der Wissenschaft und Forschung". */
  purpose: string;
  /**
   * The same purpose as the object of "Wir fördern nach unserer Satzung" (§ 60a variant):
   * "die Wissenschaft und Forschung". Without it the receipt says "die Förderung {purpose}".
   */
  purposeAsObject?: string;
  /** Set for bodies whose membership fees are not deductible (§ 10b Abs. 1 Satz 8 EStG): the receipt then confirms the gift is no such fee. */
  membershipFeesNotDeductible?: boolean;
  /** Who signs: "Dr. Eva Engel, Vorstand". */
  signatory: string;
  /** Where documents are signed, e.g. "Aachen"; the issuing code may pass `place` per document instead. */
  place?: string;
}

/** The sponsor a document goes to. */
export interface Recipient {
  name: string;
  /** Newline-separated lines. */
  address: string;
}

export interface DonationPayment {
  paidOn: string;
  amountCents: number;
  /** The gift is a waived claim to reimbursement of expenses (Aufwandsspende). */
  waiverOfReimbursement: boolean;
}

/** What every issued document carries. */
export interface DocumentHeader {
  /** The document's own number, e.g. "ZB-2026-0007" or "RE-2026-0012". */
  number: string;
  issuedOn: string;
  /** Place of signing; falls back to the issuer's place. */
  place?: string;
}

export interface DonationReceiptFacts extends DocumentHeader {
  issuer: Issuer;
  donor: Recipient;
  payment: DonationPayment;
  /** The number of the receipt this one corrects and cancels. */
  replaces?: string;
}

export interface CollectiveReceiptFacts extends DocumentHeader {
  issuer: Issuer;
  donor: Recipient;
  /** Zeitraum der Sammelbestätigung: the calendar year or a part of it. */
  period: { from: string; to: string };
  /** At least one; every one within the period. */
  payments: DonationPayment[];
  replaces?: string;
}

/** When the service was done (§ 14 Abs. 4 Nr. 6 UStG), or when a payment came in before it was. */
export type ServiceTime =
  | { kind: "service"; from: string; to: string }
  | { kind: "advance"; receivedOn: string; plannedFrom?: string; plannedTo?: string };

export interface InvoiceFacts extends DocumentHeader {
  issuer: Issuer;
  recipient: Recipient;
  /** Kind and extent of the service: "Werbeleistung: Logo mit Link auf der Kampagnenseite …". */
  service: string;
  time: ServiceTime;
  grossCents: number;
  vatRate: VatRate;
  /** A cancellation invoice (Stornorechnung): the invoice it cancels; amounts print negated. */
  cancels?: { number: string; issuedOn: string };
}
