// CSV of a table on screen, for the committee's own spreadsheets: RFC 4180 (quotes where a
// field holds the separator, a quote or a line break; CRLF line ends) in UTF-8 with a byte
// order mark so Excel reads umlauts right. German: `;` and decimal commas (German Excel opens
// it by double-click); English: `,` and decimal points. Amounts are plain numbers with two
// decimals and no currency sign. Cell rules are the server export's (server/domain/spreadsheet.ts),
// so a file from a table and a file from the export read alike.
import { asciiSlug } from "../../server/domain/slug";
import { formatCents, neutralise } from "../../server/domain/spreadsheet";
import type { Locale } from "./i18n";

/** Text (neutralised against formulas), a plain number, money in cents, or an empty cell. */
export type CsvCell = string | number | { cents: number } | null | undefined;

const BOM = "\uFEFF";

export function csvSeparator(locale: Locale): ";" | "," {
  return locale === "de" ? ";" : ",";
}

/** One cell as text. Only text can start a formula; our own numbers are never neutralised. */
export function csvCellText(cell: CsvCell, locale: Locale): string {
  const decimal = locale === "de" ? "," : ".";
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return formatCents(cell.cents, decimal);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell).replace(".", decimal) : "";
  return neutralise(cell);
}

/** Quotes a field that holds the separator, a quote, or a line break; doubles its quotes. */
export function quoteField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then the header and the rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: Locale): string {
  const separator = csvSeparator(locale);
  const line = (cells: readonly CsvCell[]) =>
    cells.map((cell) => quoteField(csvCellText(cell, locale), separator)).join(separator);
  return BOM + [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join("");
}

/** "aachen-digitalisiert-pipeline-2016-06-01.csv" */
export function csvFilename(campaignName: string, what: string, day: string): string {
  return `${asciiSlug(campaignName)}-${asciiSlug(what)}-${day}.csv`;
}

/** Hands the file to the browser as a download; nothing goes to the server. */
export function downloadCsv(
  filename: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  locale: Locale,
): void {
  const blob = new Blob([toCsv(header, rows, locale)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
