// German words for ?locale=de exports. The server otherwise sends codes only (the client
// translates); a spreadsheet has no client, so it takes the words of the one table of labels
// (domain/labels.ts) that the client's catalogue and the import read too.
import { labelsIn } from "../domain/labels";

export const SPONSOR_KIND_DE = labelsIn("sponsorKind", "de");
export const PLEDGE_TYPE_DE = labelsIn("pledgeType", "de");
export const PLEDGE_STATUS_DE = labelsIn("pledgeStatus", "de");
export const LISTING_DE = labelsIn("listing", "de");
/** Donation or sponsoring (the client's words: contribution.* in its catalogue). */
export const CONTRIBUTION_DE = { donation: "Spende", sponsoring: "Sponsoring" } as const;

/** Yes/no cells in CSV: JSON's words for scripts, German words for German Excel. */
export const FLAG_TEXT = { en: { yes: "true", no: "false" }, de: { yes: "ja", no: "nein" } } as const;

/** The financing plan's total rows, named as the funding application names them. */
export const FINANCING_ROW_LABELS = {
  own_total: { de: "Eigenmittel gesamt", en: "Own funds total" },
  state: { de: "Landesmittel (Anteil)", en: "State funds (share)" },
  total: { de: "Gesamtfinanzierung", en: "Total funding" },
} as const;
