// .xlsx files as rows: the first sheet, row n of the sheet being line n. Cells come typed
// (text, numbers, dates), and the checks read each kind (rows.ts).
import { readSheet, type SheetData } from "read-excel-file/node";
import { emptyFile } from "./csv";
import type { Sheet, SheetRow } from "./types";

export async function readXlsx(bytes: Buffer): Promise<Sheet> {
  let data: SheetData;
  try {
    data = await readSheet(bytes);
  } catch {
    // Which library error it was (no zip, no sheet, a broken cell) says nothing more to the user.
    return {
      ok: false,
      problem: {
        line: 1,
        field: "file",
        code: "unreadable_file",
        message: "the file is not a readable .xlsx workbook (save it from Excel as .xlsx or .csv)",
      },
    };
  }
  const rows: SheetRow[] = [];
  data.forEach((cells, index) => {
    if (cells.some((cell) => cell !== null && String(cell).trim() !== ""))
      rows.push({ line: index + 1, cells: cells as SheetRow["cells"] });
  });
  return rows.length === 0 ? { ok: false, problem: emptyFile() } : { ok: true, rows };
}
