// CSV files as rows. Excel saves CSV as UTF-8 (often with a BOM) or, in older versions and
// with "CSV (Trennzeichen-getrennt)", as Windows-1252; German Excel separates with `;`.
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import type { ImportProblem, Sheet, SheetRow } from "./types";

/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: an umlaut in Windows-1252 is one byte that is never valid UTF-8 on its own.
    return fixC1(new TextDecoder("windows-1252").decode(bytes));
  }
}

/**
 * Bytes 0x80–0x9F of Windows-1252 are € „ “ – and the like. Node ≥ 20.18.3 decodes them as
 * Latin-1 control characters instead (nodejs/node#56542, #60888), which would turn "5.000 €"
 * into no amount. A correct decoder never yields these code points except for the five
 * unassigned bytes, which map to themselves here, so this is right before and after a fix.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]);
}

/** `;` when the header line has more semicolons than commas, else `,`. */
export function separatorOf(headerLine: string): ";" | "," {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Each row of the CSV text, with the line it starts on, handed to `visit` as soon as it is
 * read: nothing keeps the parsed records (100,000 rows of them would be ~50 MB). Line endings
 * are normalised, so CRLF, LF and CR files read alike; lines with only separators or nothing
 * are left out. Answers why the file cannot be read, if it cannot.
 */
export function forEachCsvRow(
  text: string,
  visit: (row: SheetRow) => void,
): { ok: true } | { ok: false; problem: ImportProblem } {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (body.trim() === "") return { ok: false, problem: emptyFile() };
  const newline = body.indexOf("\n");
  const delimiter = separatorOf(newline === -1 ? body : body.slice(0, newline));
  let rows = 0;
  const onRecord = (record: string[], context: { lines: number }) => {
    if (record.every((cell) => cell.trim() === "")) return null;
    // context.lines is where the record ends; quoted values may span lines.
    let inner = 0;
    for (const cell of record) for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) inner++;
    rows += 1;
    visit({ line: context.lines - inner, cells: record });
    return null; // kept by nobody
  };
  try {
    // relax_quotes: a quote inside an unquoted value (`Bäckerei "Zum Korn"`) is kept as text.
    parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // The typings do not model the context's `lines`.
      on_record: onRecord as unknown as (record: string[]) => null,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return {
      ok: false,
      problem: { line, field: "file", code: "csv_syntax", message: `the file is not valid CSV: ${error.message}` },
    };
  }
  return rows === 0 ? { ok: false, problem: emptyFile() } : { ok: true };
}

/** All rows of the CSV text (forEachCsvRow), for files small enough to hold. */
export function readCsv(text: string): Sheet {
  const rows: SheetRow[] = [];
  const read = forEachCsvRow(text, (row) => rows.push(row));
  return read.ok ? { ok: true, rows } : read;
}

export function emptyFile() {
  return {
    line: 1,
    field: "file",
    code: "empty_file" as const,
    message: "the file is empty; expected a header line and one pledge a line",
  };
}
