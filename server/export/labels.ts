// German labels of the codes for ?locale=de exports. The server otherwise sends codes only
// (the client translates); a spreadsheet has no client, so these mirror the client's
// catalogue (client/lib/i18n/de*.ts) and the German codes the import reads (CONTRACT.md).
import type { Listing, PledgeStatus, PledgeType, SponsorKind } from "../../db/schema";

export const SPONSOR_KIND_DE: Record<SponsorKind, string> = {
  company: "Unternehmen",
  public_body: "Öffentliche Hand",
  public_company: "Kommunales Unternehmen",
  research: "Wissenschaft",
  association: "Verband",
  individual: "Privatperson",
};

export const PLEDGE_TYPE_DE: Record<PledgeType, string> = { cash: "Geld", in_kind: "Sachleistung" };

export const PLEDGE_STATUS_DE: Record<PledgeStatus, string> = {
  intent: "Absicht",
  confirmed: "Zugesagt",
  paid: "Bezahlt",
  withdrawn: "Zurückgezogen",
};

export const LISTING_DE: Record<Listing, string> = { hidden: "Nicht öffentlich", name: "Nur Name", name_and_amount: "Name und Betrag" };

/** Yes/no cells in CSV: JSON's words for scripts, German words for German Excel. */
export const FLAG_TEXT = { en: { yes: "true", no: "false" }, de: { yes: "ja", no: "nein" } } as const;

/** The financing plan's total rows, named as the funding application names them. */
export const FINANCING_ROW_LABELS = {
  own_total: { de: "Eigenmittel gesamt", en: "Own funds total" },
  state: { de: "Landesmittel (Anteil)", en: "State funds (share)" },
  total: { de: "Gesamtfinanzierung", en: "Total funding" },
} as const;
