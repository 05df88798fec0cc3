// German strings of the export links on the pledges and sponsors pages; spread into `de`
// (de.ts), so en.export.ts must have the same keys.
export const deExport = {
  "export.pledges": "Zusagen exportieren",
  "export.sponsors": "Sponsoren exportieren",
  "export.label": "Export:",
  "export.csvGerman": "CSV (Excel, deutsch)",
  "export.csvGerman.title": "Semikolon und Dezimalkomma: öffnet sich in deutschem Excel per Doppelklick richtig",
  "export.csv": "CSV",
  "export.csv.title": "Komma und Dezimalpunkt, englische Codes: für Skripte und andere Programme",
  "export.xlsx": "Excel (.xlsx)",
  "export.noContacts": "Ohne Kontaktdaten der Ansprechpersonen.",
};
