// English strings of the export links: the same keys as de.export.ts.
import type { deExport } from "./de.export";

export const enExport: Record<keyof typeof deExport, string> = {
  "export.pledges": "Export pledges",
  "export.sponsors": "Export sponsors",
  "export.label": "Export:",
  "export.csvGerman": "CSV (Excel, German)",
  "export.csvGerman.title": "Semicolons and decimal commas: opens correctly in German Excel with a double click",
  "export.csv": "CSV",
  "export.csv.title": "Commas and decimal points, English codes: for scripts and other programs",
  "export.xlsx": "Excel (.xlsx)",
  "export.noContacts": "Without the contact persons' details.",
};
