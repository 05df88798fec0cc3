// CSV bank exports as rows with their lines, through the import's CSV reader (UTF-8 or
// Windows-1252, `;` or `,`, quoted values spanning lines), and their columns found by name.
import { decodeCsvBytes, forEachCsvRow } from "../import/csv";
import type { SheetRow } from "../import/types";
import { badBankFile } from "./errors";

/** A data row: its line and a cell by column role. */
export interface CsvRecord<Role extends string> {
  line: number;
  cell(role: Role): string;
}

/** At most this many rows, as for pledge imports (server/import/rows.ts). */
export const MAX_BANK_ROWS = 100_000;

export function csvRecords<Role extends string>(
  file: string,
  bytes: Uint8Array,
  /** Each role with the header names it may have (compared without case). */
  columns: Record<Role, readonly string[]>,
  options: { extraColumns: "ignore" | "refuse" },
): CsvRecord<Role>[] {
  const rows: SheetRow[] = [];
  const read = forEachCsvRow(decodeCsvBytes(bytes), (row) => {
    if (rows.length > MAX_BANK_ROWS)
      throw badBankFile(file, row.line, null, `more than ${MAX_BANK_ROWS} lines; split the file`);
    rows.push(row);
  });
  if (!read.ok) throw badBankFile(file, read.problem.line, null, read.problem.message);
  const [header, ...data] = rows;
  const index = columnIndex(file, header, columns, options.extraColumns);
  return data.map((row) => ({
    line: row.line,
    cell: (role: Role) => String(row.cells[index[role]] ?? "").trim(),
  }));
}

function columnIndex<Role extends string>(
  file: string,
  header: SheetRow,
  columns: Record<Role, readonly string[]>,
  extra: "ignore" | "refuse",
): Record<Role, number> {
  const names = header.cells.map((cell) =>
    String(cell ?? "")
      .trim()
      .toLowerCase(),
  );
  const index = {} as Record<Role, number>;
  const known = new Set<number>();
  for (const role of Object.keys(columns) as Role[]) {
    const wanted = columns[role].map((name) => name.toLowerCase());
    const at = names.findIndex((name) => wanted.includes(name));
    if (at === -1) throw badBankFile(file, header.line, null, `the column ${columns[role].join(" or ")} is missing`);
    index[role] = at;
    known.add(at);
  }
  const unknown = names.findIndex((name, at) => name !== "" && !known.has(at));
  if (extra === "refuse" && unknown !== -1)
    throw badBankFile(file, header.line, null, `unknown column "${header.cells[unknown]}"`);
  return index;
}
