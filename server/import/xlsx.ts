// .xlsx files as rows: the first sheet, row n of the sheet being line n. Cells come typed
// (text, numbers, dates), and the checks read each kind (rows.ts). The zip is walked a few
// times, each time expanding only the parts it needs, in this order: the relationships
// (which part is the workbook, which its first sheet), the workbook (1900 or 1904 dates),
// the shared strings and styles, then the sheet, streamed. Every part is bounded as it
// expands (limits.ts), and the sheet stops at the row limit; other parts are never expanded.
import { ImportLimitError, unreadableFile } from "./limits";
import { MAX_IMPORT_ROWS } from "./rows";
import type { Sheet, SheetRow } from "./types";
import { emptyFile } from "./csv";
import { sheetSink } from "./xlsxSheet";
import { sharedStringsSink } from "./xlsxStrings";
import { stylesSink, type DateStyles } from "./xlsxStyles";
import { elementsSink, localName } from "./xml";
import { streamEntries, type EntrySink, type ZipBudget } from "./zip";

type Element = { name: string; attributes: Record<string, string> };

export function readXlsx(bytes: Uint8Array, maxRows = MAX_IMPORT_ROWS): Sheet {
  try {
    const rows = readFirstSheet(bytes, maxRows);
    return rows.length === 0 ? { ok: false, problem: emptyFile() } : { ok: true, rows };
  } catch (error) {
    if (error instanceof ImportLimitError) return { ok: false, problem: error.problem };
    // Which error it was (no zip, no sheet, broken XML) says nothing more to the user.
    return { ok: false, problem: unreadableFile() };
  }
}

function readFirstSheet(bytes: Uint8Array, maxRows: number): SheetRow[] {
  const budget: ZipBudget = { expanded: 0 };
  const guess = "xl/workbook.xml";
  let parts = readElements(bytes, ["_rels/.rels", guess, relsOf(guess)], budget);
  const workbookPath = targetOf(parts.get("_rels/.rels"), "_rels/.rels", "officeDocument") ?? guess;
  if (workbookPath !== guess) parts = readElements(bytes, [workbookPath, relsOf(workbookPath)], budget);
  const workbook = parts.get(workbookPath);
  const rels = parts.get(relsOf(workbookPath));
  if (!workbook || !rels) throw new Error("no workbook");

  const firstSheet = workbook.find((e) => e.name === "sheet");
  const relId =
    firstSheet && Object.entries(firstSheet.attributes).find(([k]) => k.includes(":") && localName(k) === "id");
  const sheetRel = relId && rels.find((e) => e.name === "Relationship" && e.attributes.Id === relId[1]);
  if (!sheetRel?.attributes.Type?.endsWith("/worksheet")) throw new Error("no first worksheet");
  const sheetPath = resolve(workbookPath, sheetRel.attributes.Target);
  const pr = workbook.find((e) => e.name === "workbookPr")?.attributes.date1904;
  const date1904 = pr === "1" || pr === "true";

  const strings: string[] = [];
  const dateStyles: DateStyles = [];
  const stringsPath = targetOf(rels, workbookPath, "sharedStrings");
  const stylesPath = targetOf(rels, workbookPath, "styles");
  const sinks = new Map<string, () => EntrySink>();
  if (stringsPath) sinks.set(stringsPath, () => sharedStringsSink(strings));
  if (stylesPath) sinks.set(stylesPath, () => stylesSink(dateStyles));
  streamEntries(bytes, (name) => sinks.get(name)?.() ?? null, budget);

  const rows: SheetRow[] = [];
  let found = false;
  const sheet = () => sheetSink({ strings, dateStyles, date1904, maxRows }, rows);
  streamEntries(
    bytes,
    (name) => {
      if (name !== sheetPath) return null;
      found = true;
      return sheet();
    },
    budget,
  );
  if (!found) throw new Error("the first sheet is missing");
  return rows;
}

/** The elements of the named small parts (relationships, workbook), each at most partBytes. */
function readElements(bytes: Uint8Array, names: string[], budget: ZipBudget): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  streamEntries(
    bytes,
    (name) => {
      if (!names.includes(name) || out.has(name)) return null;
      const elements: Element[] = [];
      out.set(name, elements);
      return elementsSink("partBytes", elements);
    },
    budget,
  );
  return out;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relsOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** The target of the first relationship of a type (…/officeDocument, …/styles) in `rels`. */
function targetOf(rels: Element[] | undefined, source: string, type: string): string | null {
  const rel = rels?.find((e) => e.name === "Relationship" && e.attributes.Type?.endsWith(`/${type}`));
  if (!rel?.attributes.Target) return null;
  // The package's own relationships (_rels/.rels) are relative to the root.
  return resolve(source === "_rels/.rels" ? "" : source, rel.attributes.Target);
}

/** A relationship's target relative to the folder of its source part (or absolute from the root). */
function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}
