// A look at a CSV before it is sent: its first lines split into cells. Only for the preview;
// the server reads the file for real (quotes, line breaks in values, every check).

export interface Preview {
  separator: ";" | ",";
  header: string[];
  rows: string[][];
  /** Lines after the header (empty ones not counted). */
  lineCount: number;
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252, as the server decides. */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The header line decides the separator: `;` when it has more semicolons than commas. */
export function separatorOf(line: string): ";" | "," {
  const count = (char: string) => line.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Cells of one line; a quoted cell may hold the separator and doubled quotes. */
export function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === "") quoted = true;
    else if (char === separator) {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

export function previewCsv(text: string, maxRows = 5): Preview {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "");
  const [first = "", ...rest] = lines;
  const separator = separatorOf(first);
  return {
    separator,
    header: splitLine(first, separator),
    rows: rest.slice(0, maxRows).map((line) => splitLine(line, separator)),
    lineCount: rest.length,
  };
}
