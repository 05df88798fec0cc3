// From a file to checked rows: read it (CSV or .xlsx), check every row (rows.ts) and the
// rows' dates against the campaign. No database here: an import's worker thread runs this
// as well as the server's own thread (ledger/importJob.ts).
import type { CampaignDates } from "../domain/dateRules";
import { decodeCsvBytes, readCsv } from "./csv";
import { checkRowDates, checkSheet } from "./rows";
import type { CheckedSheet, ImportResult, Sheet } from "./types";
import { readXlsx } from "./xlsx";

/** The file of an import: CSV text as sent to importCsv, or a file's bytes (CSV or .xlsx). */
export type ImportSource = { kind: "text"; text: string } | { kind: "csv" | "xlsx"; bytes: Uint8Array };

export function sizeOf(source: ImportSource): number {
  return source.kind === "text" ? source.text.length : source.bytes.length;
}

export function readSource(source: ImportSource): Sheet {
  if (source.kind === "text") return readCsv(source.text);
  return source.kind === "xlsx" ? readXlsx(source.bytes) : readCsv(decodeCsvBytes(source.bytes));
}

/** The file's rows, checked; `today` (Berlin) bounds the dates, as does the campaign. */
export function checkSource(source: ImportSource, today: string, campaign: CampaignDates): CheckedSheet {
  const sheet = readSource(source);
  if (!sheet.ok) return { rowCount: 0, rows: [], errors: [sheet.problem], warnings: [] };
  const checked = checkSheet(sheet.rows, today);
  checked.errors.push(...checkRowDates(checked.rows, campaign));
  return checked;
}

/** The answer of an import whose file has errors: nothing is written. */
export function refusedImport(checked: CheckedSheet, dryRun: boolean): ImportResult {
  const { rowCount: rows, warnings, errors } = checked;
  return { rows, created: 0, duplicates: 0, sponsorsCreated: 0, dryRun, warnings, errors };
}
