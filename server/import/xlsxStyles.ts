// Which cells of an .xlsx are dates. Excel stores a date as a number (days since 1900, or
// 1904 on old Macs) and only its cell format says it is a date: the built-in formats 14–22
// (and their East Asian cousins), or a custom format made of date tokens (dd.mm.yyyy).
// The same rules as read-excel-file, so files read as they did before.
import { overLimit, XLSX_LIMITS } from "./limits";
import { xmlSink } from "./xml";
import type { EntrySink } from "./zip";

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);
const DATE_TOKENS = new Set(
  "s ss m mm h hh am pm a p d dd ddd dddd aaa aaaa aaaaa mmm mmmm mmmmm y yy yyyy e ee eeee".split(" "),
);

/** A custom number format that shows a date or a time. */
export function isDateFormatCode(code: string): boolean {
  const sections = code.toLowerCase().replace(/;@$/, "").replace(/\\./g, " ").split(";");
  return sections.some((section) => {
    const tokens = section
      .replace(/"[^"]*"/g, " ")
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, "$1")
      .replace(/\[([smhd]{1,2})\]/g, "$1")
      .replace(/\[[^\]]*\]/g, "")
      .split(/[^a-z0#?%]+/)
      .filter(Boolean);
    return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token));
  });
}

/** Per cell format (the `s` of a cell): whether its numbers are dates. */
export type DateStyles = boolean[];

/** Reads styles.xml into `into` (custom formats first, then the cell formats that use them). */
export function stylesSink(into: DateStyles): EntrySink {
  const customDates = new Map<number, boolean>();
  let inCellFormats = false;
  return xmlSink("stylesBytes", {
    open(name, attributes) {
      if (name === "numFmt") {
        if (customDates.size >= XLSX_LIMITS.cellFormats)
          throw overLimit("cellFormats", "styles.xml has too many number formats");
        customDates.set(Number(attributes.numFmtId), isDateFormatCode(attributes.formatCode ?? ""));
      } else if (name === "cellXfs") {
        inCellFormats = true;
      } else if (name === "xf" && inCellFormats) {
        if (into.length >= XLSX_LIMITS.cellFormats)
          throw overLimit("cellFormats", "styles.xml has too many cell formats");
        const id = Number(attributes.numFmtId ?? 0);
        into.push(BUILT_IN_DATE_FORMATS.has(id) || customDates.get(id) === true);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellFormats = false;
    },
    text: () => undefined,
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1899-12-30, counting its phantom 1900-02-29) to 1970-01-01. */
const DAYS_BEFORE_1970 = 25_569;
/** The 1904 date system counts from 1904-01-01. */
const DAYS_1904 = 1_462;

/** An Excel date number as a Date (as read-excel-file does: floor of the milliseconds). */
export function excelDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + DAYS_1904 : serial;
  return new Date(Math.floor((days - DAYS_BEFORE_1970) * DAY_MS));
}
