// The proof of use (income side) as a PDF for the funder's file: per year the own funds
// received per sponsor (date, reference, amount, what counts net), the state's money
// received, each against the financing plan, and the totals. A4 landscape table.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Campaign } from "../../db/schema";
import type { ProofOfUse, ProofRow } from "../queries/proofOfUse";
import { euro, type LetterLocale, shortDay } from "./format";

const WORDS = {
  de: {
    title: "Verwendungsnachweis – Einnahmen",
    subtitle: (name: string, period: string) => `${name} · ${period}`,
    allYears: "alle Jahre",
    year: (y: number) => `Jahr ${y}`,
    head: [
      "Datum",
      "Referenz",
      "Sponsor / Vermerk",
      "Eingegangen",
      "Anrechenbar (netto)",
      "Finanzierungsplan",
      "Abweichung",
    ],
    own: "Eigenmittel",
    state: "Landesmittel",
    ownYear: (y: number) => `Eigenmittel ${y} gesamt`,
    stateYear: (y: number) => `Landesmittel ${y} gesamt`,
    total: "Einnahmen gesamt",
    note: "Sponsoring zählt netto (ohne Umsatzsteuer); Sachleistungen sind keine Einnahmen und fehlen hier.",
    asOf: (day: string) => `Stand: ${day}`,
  },
  en: {
    title: "Proof of use – income",
    subtitle: (name: string, period: string) => `${name} · ${period}`,
    allYears: "all years",
    year: (y: number) => `Year ${y}`,
    head: ["Date", "Reference", "Sponsor / note", "Received", "Counted (net)", "Financing plan", "Difference"],
    own: "Own funds",
    state: "State funds",
    ownYear: (y: number) => `Own funds ${y} total`,
    stateYear: (y: number) => `State funds ${y} total`,
    total: "Income total",
    note: "Sponsoring counts net of VAT; in-kind contributions are no income and are not listed.",
    asOf: (day: string) => `As of ${day}`,
  },
} as const;

export function proofOfUsePdf(
  campaign: Campaign,
  proof: ProofOfUse,
  year: number | null,
  today: string,
  locale: LetterLocale,
): TDocumentDefinitions {
  const w = WORDS[locale];
  const line = (r: ProofRow): TableCell[] => {
    // Sums of a year and the totals in bold, single payments plain.
    const bold = r.kind !== "own_funds" && r.kind !== "state";
    const cell = (text: string, right = false): TableCell => ({ text, bold, alignment: right ? "right" : "left" });
    const money = (cents: number | null) => cell(cents === null ? "" : euro(cents, locale), true);
    const label =
      r.kind === "own_funds_year" && r.year !== null
        ? w.ownYear(r.year)
        : r.kind === "state_year" && r.year !== null
          ? w.stateYear(r.year)
          : r.kind === "total"
            ? w.total
            : (r.name ?? (r.kind === "state" ? w.state : ""));
    return [
      cell(r.day ? shortDay(r.day, locale) : ""),
      cell(r.reference ?? ""),
      cell(label),
      money(r.receivedCents),
      money(r.countedCents),
      money(r.plannedCents),
      money(r.plannedCents === null ? null : r.countedCents - r.plannedCents),
    ];
  };
  const body: TableCell[][] = [w.head.map((h) => ({ text: h, bold: true })), ...proof.rows.map(line)];
  const content: Content[] = [
    { text: w.title, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    { text: w.subtitle(campaign.name, year === null ? w.allYears : w.year(year)), margin: [0, 0, 0, 2] },
    { text: w.asOf(shortDay(today, locale)), fontSize: 8, margin: [0, 0, 0, 10] },
    {
      table: { headerRows: 1, widths: [55, 55, "*", 70, 80, 80, 70], body },
      layout: "lightHorizontalLines",
      fontSize: 8,
    },
    { text: w.note, fontSize: 8, margin: [0, 10, 0, 0] },
  ];
  return { pageOrientation: "landscape", pageMargins: [40, 40, 40, 40], content };
}
