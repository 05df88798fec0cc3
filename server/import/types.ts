// What the import's readers produce and its checks report. No database here.
import type { PledgeStatus, PledgeType, SponsorKind } from "../domain/codes";

/** A cell as a reader gives it: CSV gives text; an .xlsx also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** One record of the file with the line it starts on (the header is line 1). */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

/** A file as rows, or why it could not be read at all. */
export type Sheet = { ok: true; rows: SheetRow[] } | { ok: false; problem: ImportProblem };

export type ImportErrorCode =
  | "empty_file"
  | "csv_syntax"
  | "unreadable_file"
  | "file_over_limit"
  | "too_many_rows"
  | "missing_column"
  | "duplicate_column"
  | "extra_cells"
  | "required"
  | "too_long"
  | "unknown_kind"
  | "unknown_type"
  | "unknown_status"
  | "invalid_country"
  | "amount_ambiguous_comma"
  | "amount_too_many_decimals"
  | "amount_invalid"
  | "amount_range"
  | "invalid_date"
  | "future_date"
  | "date_out_of_range"
  | "note_required";

export type ImportWarningCode = "column_ignored" | "kind_differs" | "country_differs";

/**
 * An error or a warning about one line. `field` is the column's English name (or `file`,
 * `row`); `message` is English; `code` and `value` let a client say it in its language.
 */
export interface ImportProblem<Code extends string = ImportErrorCode> {
  line: number;
  field: string;
  message: string;
  code: Code;
  value?: string;
}
export type ImportWarning = ImportProblem<ImportWarningCode>;

/** A valid row, ready to become a sponsor (if new) and a pledge. */
export interface ImportRow {
  line: number;
  name: string;
  nameKey: string;
  kind: SponsorKind;
  country: string;
  amountCents: number;
  type: PledgeType;
  status: PledgeStatus;
  date: string;
  note: string | null;
}

export interface CheckedSheet {
  /** Data rows in the file (empty lines not counted). */
  rowCount: number;
  rows: ImportRow[];
  errors: ImportProblem[];
  warnings: ImportWarning[];
}

/** What an import answers (pledge.importCsv, pledge.importFile). */
export interface ImportResult {
  /** Data rows in the file. */
  rows: number;
  /** Pledges created; on a dry run, the pledges that would be created. */
  created: number;
  /** Rows whose pledge exists already (imported before, or earlier in this file). */
  duplicates: number;
  sponsorsCreated: number;
  dryRun: boolean;
  warnings: ImportWarning[];
  errors: ImportProblem[];
}
