// CSV as RFC 4180 with what Excel needs to open it right: UTF-8 with a byte order mark,
// CRLF line ends, quotes where a field holds the separator, a quote or a line break.
// `en`: comma and decimal point; `de`: semicolon and decimal comma (German Excel).
import { stringify } from "csv-stringify/sync";
import { headersOf, type Cell, type Column } from "./columns";
import { formatCents, formatDay, formatInstant, neutralise, type ExportLocale } from "../domain/spreadsheet";
import { FLAG_TEXT } from "./labels";

const BOM = "\uFEFF";

export function csvSeparator(locale: ExportLocale): ";" | "," {
  return locale === "de" ? ";" : ",";
}

/** One cell as CSV text. Only text cells can start a formula; numbers stay numbers. */
export function csvText(cell: Cell, locale: ExportLocale): string {
  switch (cell.kind) {
    case "text":
      return cell.text === null ? "" : neutralise(cell.text);
    case "code":
      return neutralise(locale === "de" ? cell.de : cell.code);
    case "integer":
      return String(cell.value);
    case "amount":
      return formatCents(cell.cents, locale === "de" ? "," : ".");
    case "day":
      return formatDay(cell.day, locale);
    case "instant":
      return formatInstant(cell.ms, locale);
    case "flag":
      return cell.value ? FLAG_TEXT[locale].yes : FLAG_TEXT[locale].no;
  }
}

function lines(records: string[][], locale: ExportLocale): string {
  return stringify(records, { delimiter: csvSeparator(locale), record_delimiter: "windows", eof: true });
}

/** The file as chunks: BOM and header first, then one chunk per page of rows. */
export async function* csvChunks<Row>(
  columns: readonly Column<Row>[],
  pages: AsyncIterable<Row[]> | Iterable<Row[]>,
  locale: ExportLocale,
): AsyncGenerator<string> {
  yield BOM + lines([headersOf(columns, locale)], locale);
  for await (const page of pages) {
    yield lines(
      page.map((row) => columns.map((column) => csvText(column.cell(row), locale))),
      locale,
    );
  }
}
