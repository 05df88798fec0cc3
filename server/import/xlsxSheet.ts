// The rows of a worksheet's XML as it streams: row n of the sheet is line n, empty rows are
// left out, cells come typed (text, numbers, booleans, dates). A cell right of the first
// XLSX_LIMITS.columns columns is skipped unread: a lone cell at XFD100000 adds nothing. The
// reading stops at the first row past the import's row limit.
import { ImportLimitError, overLimit, XLSX_LIMITS } from "./limits";
import type { Cell, SheetRow } from "./types";
import { excelDate, type DateStyles } from "./xlsxStyles";
import { MalformedXml, xmlSink } from "./xml";
import type { EntrySink } from "./zip";

export interface SheetContext {
  strings: readonly string[];
  dateStyles: DateStyles;
  date1904: boolean;
  /** Data rows allowed after the header. */
  maxRows: number;
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  /** The <v> text, or the inline string's runs; null when the cell has neither. */
  raw: string | null;
}

/** The cells of `<sheetData>` into `rows`. */
export function sheetSink(context: SheetContext, rows: SheetRow[]): EntrySink {
  let line = 0;
  let cells: Cell[] = [];
  let nextColumn = 0;
  let cell: OpenCell | null = null;
  let collecting = false;
  let phonetic = 0;
  return xmlSink("sheetBytes", {
    open(name, attributes) {
      if (name === "row") {
        line = attributes.r ? Number(attributes.r) : line + 1;
        if (!Number.isSafeInteger(line) || line < 1) throw new MalformedXml(`a row numbered ${attributes.r}`);
        cells = [];
        nextColumn = 0;
      } else if (name === "c") {
        const column = attributes.r ? columnOf(attributes.r) : nextColumn;
        nextColumn = column + 1;
        cell =
          column < XLSX_LIMITS.columns
            ? { column, type: attributes.t ?? "n", style: Number(attributes.s ?? 0), raw: null }
            : null;
      } else if (name === "rPh") phonetic += 1;
      else if (cell && phonetic === 0 && (name === "v" || name === "t")) {
        collecting = true;
        cell.raw ??= "";
      }
    },
    close(name) {
      if (name === "v" || name === "t") collecting = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "c" && cell) {
        const value = cellValue(cell, context);
        if (value !== null) cells[cell.column] = value;
        cell = null;
      } else if (name === "row" && cells.length > 0) {
        if (rows.length > context.maxRows) throw tooManyRows(context.maxRows, line);
        rows.push({ line, cells: Array.from(cells, (c) => c ?? null) });
      }
    },
    text(text) {
      if (!collecting || !cell) return;
      cell.raw += text;
      if (cell.raw && cell.raw.length > XLSX_LIMITS.cellChars)
        throw overLimit(
          "cellChars",
          `the cell in line ${line} has more than ${XLSX_LIMITS.cellChars} characters`,
          line,
        );
    },
  });
}

/** The zero-based column of a cell reference (`B7` → 1); past the limit for nonsense. */
export function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > XLSX_LIMITS.columns) return XLSX_LIMITS.columns;
  }
  return column - 1 < 0 ? XLSX_LIMITS.columns : column - 1;
}

/** A cell's value as read-excel-file gave it: text trimmed (empty is null), errors empty. */
function cellValue(cell: OpenCell, context: SheetContext): Cell {
  const raw = cell.raw;
  switch (cell.type) {
    case "s": {
      if (!raw) return null;
      const text = context.strings[Number(raw)];
      if (text === undefined) throw new MalformedXml(`a cell points to shared string ${raw}, which is not there`);
      return text.trim() || null;
    }
    case "str":
    case "inlineStr":
      return raw?.trim() || null;
    case "b":
      if (!raw) return null;
      if (raw === "1" || raw === "0") return raw === "1";
      throw new MalformedXml(`a boolean cell holds ${raw}`);
    case "e":
      return null;
    case "d": {
      if (!raw) return null;
      const date = new Date(raw);
      if (Number.isNaN(date.getTime())) throw new MalformedXml(`a date cell holds ${raw}`);
      return date;
    }
    case "n": {
      if (!raw) return null;
      const number = Number(raw);
      if (Number.isNaN(number)) throw new MalformedXml(`a number cell holds ${raw}`);
      return context.dateStyles[cell.style] ? excelDate(number, context.date1904) : number;
    }
    default:
      throw new MalformedXml(`a cell of the unknown type ${cell.type}`);
  }
}

function tooManyRows(maxRows: number, line: number): ImportLimitError {
  return new ImportLimitError({
    line,
    field: "file",
    code: "too_many_rows",
    message: `more than ${maxRows} rows; one import takes at most ${maxRows}, so split the file`,
  });
}
