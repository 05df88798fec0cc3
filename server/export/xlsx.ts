// .xlsx: text as string cells (never formulas), amounts as numbers shown `#,##0.00` (Excel
// puts in the reader's own separators), dates as date cells. Text is written exactly as typed:
// an .xlsx string cell is never a formula, so the CSV's leading apostrophe would only show.
// Text cells carry the Text number format ("@"), so Excel keeps them text when edited
// (write-excel-file has no `quotePrefix`; "@" is the style it can write).
import writeExcelFile, { type Cell as XlsxCell, type SheetData } from "write-excel-file/node";
import { headersOf, type Cell, type Column } from "./columns";
import { berlinWallClockDate, formatCents, type ExportLocale } from "../domain/spreadsheet";

const DAY_FORMAT: Record<ExportLocale, string> = { en: "yyyy-mm-dd", de: "dd.mm.yyyy" };
const TEXT_FORMAT = "@";
const INSTANT_FORMAT: Record<ExportLocale, string> = { en: "yyyy-mm-dd hh:mm:ss", de: "dd.mm.yyyy hh:mm:ss" };

export function xlsxCell(cell: Cell, locale: ExportLocale): XlsxCell {
  switch (cell.kind) {
    case "text":
      return cell.text === null ? null : { value: cell.text, type: String, format: TEXT_FORMAT };
    case "code":
      return { value: locale === "de" ? cell.de : cell.code, type: String, format: TEXT_FORMAT };
    case "integer":
      return { value: cell.value, type: Number };
    case "amount":
      // A spreadsheet number is a double: read it from the exact decimal text, so the
      // cell holds the double nearest to the amount (1500.5, not 1500.4999…).
      return { value: Number(formatCents(cell.cents, ".")), type: Number, format: "#,##0.00" };
    case "day":
      return { value: new Date(`${cell.day}T00:00:00Z`), type: Date, format: DAY_FORMAT[locale] };
    case "instant":
      return { value: berlinWallClockDate(cell.ms), type: Date, format: INSTANT_FORMAT[locale] };
    case "flag":
      return { value: cell.value, type: Boolean };
  }
}

export async function xlsxBuffer<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  locale: ExportLocale,
  sheet: string,
): Promise<Buffer> {
  const data: SheetData = [
    headersOf(columns, locale).map((value) => ({ value, type: String, fontWeight: "bold" as const })),
  ];
  for (const row of rows) data.push(columns.map((column) => xlsxCell(column.cell(row), locale)));
  return writeExcelFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: columns.map((c) => ({ width: c.width })),
  }).toBuffer();
}
