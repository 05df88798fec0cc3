// Checking a sheet: the header names the columns (English or German, any order), then every
// row is read cell by cell. Every bad cell of every row is reported, with its line and column.
import { type CampaignDates, decidePledgeDate } from "../domain/dateRules";
import { nameKeyOf } from "../domain/names";
import { lacksDescription } from "../domain/pledgeFields";
import { readAmount, readCode, readCountry, readDate, readText, textOf, type Reading } from "./cells";
import {
  COLUMNS,
  foldLabel,
  HEADER_OF,
  KIND_OF,
  MAX_DESCRIPTION,
  MAX_NAME,
  MAX_NOTE,
  REQUIRED_COLUMNS,
  STATUS_OF,
  TYPE_OF,
  type Column,
} from "../domain/importFormat";
import type { CheckedSheet, ImportProblem, ImportRow, SheetRow } from "./types";

/** One import writes at most this many rows in its one transaction; larger files are split. */
export const MAX_IMPORT_ROWS = 100_000;

type ColumnIndex = Map<Column, number>;

/** The rows of a sheet whose first row is the header. `today` (Berlin) bounds the dates. */
export function checkSheet(sheet: SheetRow[], today: string, maxRows = MAX_IMPORT_ROWS): CheckedSheet {
  const checker = new SheetChecker(today, maxRows);
  for (const row of sheet) checker.add(row);
  return checker.finish();
}

/**
 * Checks a sheet row by row as a reader hands them over, the header first, so the reader
 * need not hold them (csv.ts forEachCsvRow). Over `maxRows` data rows it stops checking and
 * only counts: the file is refused as a whole.
 */
export class SheetChecker {
  private readonly result: CheckedSheet = { rowCount: 0, rows: [], errors: [], warnings: [] };
  private header: { columns: ColumnIndex | null; width: number } | null = null;
  /** The line of the first row over the limit, once there is one. */
  private overAt: number | null = null;
  /** One copy of each name, its key, each date and country: a file repeats them row after row. */
  private readonly shared = new SharedStrings();

  constructor(
    private readonly today: string,
    private readonly maxRows = MAX_IMPORT_ROWS,
  ) {}

  add(row: SheetRow): void {
    const { result } = this;
    if (!this.header) {
      this.header = { columns: readHeader(row, result), width: row.cells.length };
      return;
    }
    result.rowCount += 1;
    const { columns, width } = this.header;
    if (!columns || this.overAt !== null) return;
    if (result.rowCount > this.maxRows) {
      this.overAt = row.line;
      result.rows = [];
      result.errors = [];
      return;
    }
    const checked = checkRow(row, columns, width, this.today, this.shared);
    if (Array.isArray(checked)) result.errors.push(...checked);
    else result.rows.push(checked);
  }

  finish(): CheckedSheet {
    const { result, overAt, maxRows } = this;
    if (overAt !== null) {
      const message = `${result.rowCount} rows; one import takes at most ${maxRows}, so split the file`;
      result.errors = [{ line: overAt, field: "file", code: "too_many_rows", message }];
    }
    return result;
  }
}

/** The column of each header cell; null (with errors) when a column is missing or doubled. */
function readHeader(header: SheetRow, result: CheckedSheet): ColumnIndex | null {
  const columns: ColumnIndex = new Map();
  header.cells.forEach((cell, index) => {
    const text = textOf(cell);
    if (text === "") return;
    const column = HEADER_OF.get(foldLabel(text));
    if (!column) {
      result.warnings.push({
        line: header.line,
        field: text,
        code: "column_ignored",
        message: `the column "${text}" is not part of the format and is ignored`,
        value: text,
      });
    } else if (columns.has(column)) {
      result.errors.push({
        line: header.line,
        field: column,
        code: "duplicate_column",
        message: `the column ${column} appears twice`,
        value: text,
      });
    } else {
      columns.set(column, index);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.has(column)) {
      result.errors.push({
        line: header.line,
        field: column,
        code: "missing_column",
        message: `the header has no column ${column}; expected ${COLUMNS.join(", ")}`,
      });
    }
  }
  return result.errors.length > 0 ? null : columns;
}

/** Equal strings as one: 100,000 rows of a file name a few hundred sponsors and days. */
class SharedStrings {
  private readonly texts = new Map<string, string>();
  private readonly nameKeys = new Map<string, string>();

  text(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    this.texts.set(value, value);
    return value;
  }

  nameKey(name: string): string {
    let key = this.nameKeys.get(name);
    if (key === undefined) {
      key = this.text(nameKeyOf(name));
      this.nameKeys.set(name, key);
    }
    return key;
  }
}

/** A valid row, or the errors of its cells. */
function checkRow(
  row: SheetRow,
  columns: ColumnIndex,
  width: number,
  today: string,
  shared: SharedStrings,
): ImportRow | ImportProblem[] {
  if (row.cells.slice(width).some((cell) => textOf(cell) !== "")) {
    const message = `the line has more values than the header has columns: is there a separator inside a value without quotes (an amount like 1,500 in a comma-separated file)?`;
    return [{ line: row.line, field: "row", code: "extra_cells", message }];
  }
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  const errors: ImportProblem[] = [];
  function take<T>(field: Column, reading: Reading<T>): T | undefined {
    if (reading.ok) return reading.value;
    errors.push({ line: row.line, field, code: reading.code, message: reading.message, value: textOf(cell(field)) });
    return undefined;
  }
  const name = take("name", readText(cell("name"), MAX_NAME, "a sponsor name is needed"));
  const kind = take("kind", readCode(cell("kind"), KIND_OF, "kind"));
  const country = take("country", readCountry(cell("country")));
  const amountCents = take("amount", readAmount(cell("amount")));
  const type = take("type", readCode(cell("type"), TYPE_OF, "type"));
  const status = take("status", readCode(cell("status"), STATUS_OF, "status"));
  const date = take("date", readDate(cell("date"), today));
  // An in-kind pledge needs a description: the note is it.
  const note = take("note", readText(cell("note"), type === "in_kind" ? MAX_DESCRIPTION : MAX_NOTE, null));
  if (note !== undefined && lacksDescription(type, note)) {
    errors.push({
      line: row.line,
      field: "note",
      code: "note_required",
      message: "an in-kind pledge needs a description in the note",
      value: textOf(cell("note")),
    });
  }
  const complete = name && kind && country && amountCents !== undefined && type && status && date && note !== undefined;
  if (errors.length > 0 || !complete) return errors;
  const text = (value: string) => shared.text(value);
  return {
    line: row.line,
    name: text(name),
    nameKey: shared.nameKey(name),
    kind,
    country: text(country),
    amountCents,
    type,
    status,
    date: text(date),
    note,
  };
}

/**
 * The rows' dates against the campaign (domain/dateRules.ts): not before its window, and not
 * more than 90 days after its deadline (an import cannot confirm an unusual date; enter such
 * a pledge by hand).
 */
export function checkRowDates(rows: readonly ImportRow[], campaign: CampaignDates): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const decision = decidePledgeDate(row.date, campaign);
    if (decision.ok) continue;
    const message = `the date ${row.date} ${decision.reason}`;
    problems.push({ line: row.line, field: "date", code: "date_out_of_range", message, value: row.date });
  }
  return problems;
}
