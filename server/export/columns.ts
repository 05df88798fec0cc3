// What an export is made of: columns with a header per locale and a typed cell per row.
// The CSV and .xlsx writers decide how each kind of cell is written; the column lists
// (pledgeExport.ts, sponsorExport.ts) only say what goes where.
import type { ExportLocale } from "../domain/spreadsheet";

export type Cell =
  | { kind: "text"; text: string | null }
  /** An English identifier; German exports show `de` instead. */
  | { kind: "code"; code: string; de: string }
  | { kind: "integer"; value: number }
  | { kind: "amount"; cents: number }
  /** A business date 'YYYY-MM-DD'. */
  | { kind: "day"; day: string }
  /** A record time, ms UTC; written as Berlin wall-clock time. */
  | { kind: "instant"; ms: number }
  | { kind: "flag"; value: boolean };

export interface Column<Row> {
  header: Record<ExportLocale, string>;
  /** Column width in the .xlsx, in characters. */
  width: number;
  cell: (row: Row) => Cell;
}

export const text = (value: string | null): Cell => ({ kind: "text", text: value });
export const integer = (value: number): Cell => ({ kind: "integer", value });
export const amount = (cents: number): Cell => ({ kind: "amount", cents });
export const day = (value: string): Cell => ({ kind: "day", day: value });
export const instant = (ms: number): Cell => ({ kind: "instant", ms });
export const flag = (value: boolean): Cell => ({ kind: "flag", value });
export const code = <C extends string>(labels: Record<C, string>, value: C): Cell => ({
  kind: "code",
  code: value,
  de: labels[value] ?? value,
});

export function headersOf<Row>(columns: readonly Column<Row>[], locale: ExportLocale): string[] {
  return columns.map((c) => c.header[locale]);
}
