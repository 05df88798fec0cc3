// The columns of the payments export: what the treasurer reconciles with the bank account.
import type { PaymentExportRow, PaymentSource } from "../queries/paymentExport";
import { amount, code, day, flag, text, type Column } from "./columns";

const SOURCE_DE: Record<PaymentSource, string> = {
  hand: "von Hand erfasst",
  reference: "Kontoauszug (Verwendungszweck)",
  review: "Kontoauszug (zugeordnet)",
};

export const PAYMENT_COLUMNS: readonly Column<PaymentExportRow>[] = [
  { header: { en: "reference", de: "Referenz" }, width: 12, cell: (r) => text(r.reference) },
  { header: { en: "sponsor", de: "Sponsor" }, width: 32, cell: (r) => text(r.sponsorName) },
  { header: { en: "booking_date", de: "Buchungstag" }, width: 12, cell: (r) => day(r.paidAt) },
  { header: { en: "amount", de: "Betrag" }, width: 14, cell: (r) => amount(r.amountCents) },
  { header: { en: "installment", de: "Rate" }, width: 8, cell: (r) => text(r.installments) },
  { header: { en: "matched_by", de: "Zuordnung" }, width: 28, cell: (r) => code(SOURCE_DE, r.source) },
  { header: { en: "reversal", de: "Storno" }, width: 8, cell: (r) => flag(r.reversal) },
  { header: { en: "remittance", de: "Verwendungszweck" }, width: 40, cell: (r) => text(r.remittance) },
  { header: { en: "counterparty_iban", de: "IBAN Zahler" }, width: 24, cell: (r) => text(r.counterpartyIban) },
];
