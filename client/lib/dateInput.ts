// Dates as people type and read them in the UI language, whatever the browser's language:
// TT.MM.JJJJ in German, DD/MM/YYYY in English (both languages also read the other separator
// and ISO 'YYYY-MM-DD'). The app itself keeps calendar days as ISO strings. Pure: no React.
import { isCalendarDate } from "../../server/domain/dates";
import type { Locale, Translate } from "./i18n";

/** What a typed date says: empty, a calendar day, or why it is none. */
export type DateReading =
  | { kind: "empty" }
  | { kind: "day"; day: string }
  | { kind: "format" } // not a date's shape: "1.6.16", "morgen"
  | { kind: "impossible" }; // a date's shape, but no such day: "31.02.2026"

/** Day first, the same separator twice, a four-digit year: "1.6.2016", "01/06/2016", "1. 6. 2016". */
const DAY_FIRST = /^(\d{1,2})\s*([./])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function readDateInput(text: string): DateReading {
  const typed = text.trim();
  if (typed === "") return { kind: "empty" };
  const dayFirst = DAY_FIRST.exec(typed);
  const iso = ISO.exec(typed);
  const parts = dayFirst ? [dayFirst[4], dayFirst[3], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { kind: "format" };
  const [year, month, day] = parts;
  const candidate = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(candidate) ? { kind: "day", day: candidate } : { kind: "impossible" };
}

/** An ISO day as the field shows it: "01.06.2016" (de), "01/06/2016" (en). Anything else as it is. */
export function formatDateInput(day: string, locale: Locale): string {
  if (!isCalendarDate(day)) return day;
  const [year, month, date] = day.split("-");
  return locale === "de" ? `${date}.${month}.${year}` : `${date}/${month}/${year}`;
}

/**
 * The value a field hands to its form for what is typed: the ISO day, "" when empty, and the
 * text itself while it is no date (a form's check with isCalendarDate then refuses it).
 */
export function dateValueOf(text: string): string {
  const reading = readDateInput(text);
  return reading.kind === "day" ? reading.day : reading.kind === "empty" ? "" : text.trim();
}

/** The message for what is typed, or undefined when it is a day within [min, max] (or empty). */
export function dateInputProblem(
  text: string,
  t: Translate,
  locale: Locale,
  range: { min?: string; max?: string } = {},
): string | undefined {
  const reading = readDateInput(text);
  if (reading.kind === "format") return t("date.error.format");
  if (reading.kind === "impossible") return t("date.error.impossible", { date: text.trim() });
  if (reading.kind === "empty") return undefined;
  if (range.min && reading.day < range.min) return t("date.error.before", { date: formatDateInput(range.min, locale) });
  if (range.max && reading.day > range.max) return t("date.error.after", { date: formatDateInput(range.max, locale) });
  return undefined;
}

/** A form's check of a date value from a date field: missing, or not a calendar day. */
export function dateValueProblem(value: string, t: Translate): string | undefined {
  if (value === "") return t("date.error.required");
  return isCalendarDate(value) ? undefined : t("date.error.invalid");
}

/** An ISO day as a Date at local midnight, for a calendar that works in the browser's time zone. */
export function localDateOf(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date);
}

/** A Date picked in a calendar (local time) as its ISO day. */
export function dayOfLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
