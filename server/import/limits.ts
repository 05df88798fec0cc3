// What one import file may cost at most, checked while it is read and before anything is
// expanded further: an .xlsx is a zip of XML, and a few kilobytes of it can stand for
// gigabytes (a cell at XFD100000 made the old reader pad 100,000 rows to 16,384 columns).
// Each limit has a name; a file over one is refused with a problem that names it.
import type { ImportProblem } from "./types";

const MiB = 1024 * 1024;

/** An import file's own bytes, sent to the upload route (server/http/importUpload.ts). */
export const MAX_IMPORT_FILE_BYTES = 24 * MiB;
/**
 * The JSON body of pledge.importCsv and pledge.importFile: tRPC parses it on the main thread
 * (~130 ms for 16 MiB here, plus the base64 check and decode of a file), so larger files go
 * to the upload route. 100,000 rows of CSV fit with 160 characters a row.
 */
export const MAX_IMPORT_JSON_BYTES = 16 * MiB;

export const XLSX_LIMITS = {
  /** Columns read from the left (A…CV); cells further right are ignored, never padded. */
  columns: 100,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Expanded bytes of the sheet's XML: 100,000 rows with long notes fit in a third of it. */
  sheetBytes: 128 * MiB,
  /** Expanded bytes of the shared strings' XML, their number and their characters. */
  sharedStringsBytes: 64 * MiB,
  sharedStrings: 1_000_000,
  sharedStringChars: 32_000_000,
  /** Expanded bytes of styles.xml and its cell formats (Excel itself stops at 64,000). */
  stylesBytes: 8 * MiB,
  cellFormats: 65_536,
  /** Expanded bytes of one camt.053 statement in a zip of statements (server/bank). */
  statementBytes: 64 * MiB,
  /** The workbook and the relationship parts: a few kilobytes in real files. */
  partBytes: 1 * MiB,
  /** All expanded bytes of the file together, over every part read. */
  totalBytes: 192 * MiB,
  /** Expanded bytes per compressed byte, once a part has expanded past `ratioFromBytes`. */
  ratio: 100,
  ratioFromBytes: 1 * MiB,
  /** Entries in the zip. */
  entries: 10_000,
} as const;

export type XlsxLimit = keyof typeof XLSX_LIMITS;

/** Thrown while reading a file that goes over a limit: the import reports `problem`. */
export class ImportLimitError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

/** A file over `limit`: `what` says in words what was too much. */
export function overLimit(limit: XlsxLimit, what: string, line = 1): ImportLimitError {
  return new ImportLimitError({
    line,
    field: "file",
    code: "file_over_limit",
    message: `${what}; one import file may have at most ${XLSX_LIMITS[limit].toLocaleString("en")} (limit ${limit})`,
    value: limit,
  });
}

/** The file is no readable workbook (no zip, no sheet, broken XML). */
export function unreadableFile() {
  return {
    line: 1,
    field: "file",
    code: "unreadable_file" as const,
    message: "the file is not a readable .xlsx workbook (save it from Excel as .xlsx or .csv)",
  };
}
