// The sponsoring invoice's words (German; § 14 Abs. 4 UStG names what it must hold, not how
// it is worded).
export const INVOICE = {
  title: "Rechnung",
  advanceTitle: "Rechnung über eine Anzahlung",
  cancellationTitle: "Stornorechnung",
  number: "Rechnungsnummer",
  issuedOn: "Rechnungsdatum",
  taxNumber: "Steuernummer",
  vatId: "USt-IdNr.",
  servicePeriod: "Leistungszeitraum",
  serviceDay: "Leistungsdatum",
  received: "Zahlung vereinnahmt am",
  plannedPeriod: "Vorgesehener Leistungszeitraum",
  advanceNote: "Anzahlung auf die nachstehende Leistung, die noch nicht vollständig erbracht ist.",
  cancels: (number: string, issuedOn: string) =>
    `Diese Stornorechnung hebt die Rechnung Nr. ${number} vom ${issuedOn} vollständig auf.`,
  columns: { service: "Leistung", amount: "Betrag" },
  net: "Nettobetrag",
  vat: (rate: number) => `Umsatzsteuer ${rate} %`,
  gross: "Gesamtbetrag",
  to: "Rechnungsempfänger",
};
