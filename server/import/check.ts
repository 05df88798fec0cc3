// From a file to checked rows: read it (CSV or .xlsx), check every row (rows.ts) and the
// rows' dates against the campaign. No database here: an import's worker thread runs this
// as well as the server's own thread (ledger/importJob.ts).
import type { CampaignDates } from "../domain/dateRules";
import { decodeCsvBytes, forEachCsvRow } from "./csv";
import { checkRowDates, checkSheet, SheetChecker } from "./rows";
import type { CheckedSheet, ImportProblem, ImportResult } from "./types";
import { readXlsx } from "./xlsx";

/** The file of an import: CSV text as sent to importCsv, or a file's bytes (CSV or .xlsx). */
export type ImportSource = { kind: "text"; text: string } | { kind: "csv" | "xlsx"; bytes: Uint8Array };

export function sizeOf(source: ImportSource): number {
  return source.kind === "text" ? source.text.length : source.bytes.length;
}

/** The file's rows, checked; `today` (Berlin) bounds the dates, as does the campaign. */
export function checkSource(source: ImportSource, today: string, campaign: CampaignDates): CheckedSheet {
  const checked =
    source.kind === "text"
      ? checkCsv(source.text, today)
      : source.kind === "xlsx"
        ? checkXlsx(source.bytes, today)
        : checkCsv(decodeCsvBytes(source.bytes), today);
  checked.errors.push(...checkRowDates(checked.rows, campaign));
  return checked;
}

const unreadable = (problem: ImportProblem): CheckedSheet => ({
  rowCount: 0,
  rows: [],
  errors: [problem],
  warnings: [],
});

/** CSV rows are checked as they are parsed: only the checked rows are kept. */
function checkCsv(text: string, today: string): CheckedSheet {
  const checker = new SheetChecker(today);
  const read = forEachCsvRow(text, (row) => checker.add(row));
  return read.ok ? checker.finish() : unreadable(read.problem);
}

function checkXlsx(bytes: Uint8Array, today: string): CheckedSheet {
  const sheet = readXlsx(bytes);
  return sheet.ok ? checkSheet(sheet.rows, today) : unreadable(sheet.problem);
}

/** The answer of an import whose file has errors: nothing is written. */
export function refusedImport(checked: CheckedSheet, dryRun: boolean): ImportResult {
  const { rowCount: rows, warnings, errors } = checked;
  return { rows, created: 0, duplicates: 0, sponsorsCreated: 0, dryRun, warnings, errors };
}
