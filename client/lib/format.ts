// Display formats. Money arrives as integer cents; business dates as 'YYYY-MM-DD' calendar
// days (shown as such, no time zone applies); instants as ISO strings, shown in Berlin time.
import { berlinDay } from "../../server/domain/dates";
import type { Locale } from "./i18n";

const BCP47: Record<Locale, string> = { de: "de-DE", en: "en-GB" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const euroFormats = new Map<string, Intl.NumberFormat>();

/** 151234500 → "1.512.345,00 €" (de) or "€1,512,345.00" (en). */
export function formatEuro(cents: number, locale: Locale = "de"): string {
  const tag = BCP47[locale];
  let format = euroFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
    euroFormats.set(tag, format);
  }
  // Dividing by 100 is exact enough for display: the format rounds to whole cents again.
  return format.format(cents / 100);
}

/** Short amounts for chart axes: "1,5 Mio. €", "500.000 €". */
export function formatEuroCompact(cents: number, locale: Locale = "de"): string {
  return new Intl.NumberFormat(BCP47[locale], {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

/** A calendar day 'YYYY-MM-DD' → "26.11.2026" (de) or "26/11/2026" (en). */
export function formatDate(day: string, locale: Locale = "de"): string {
  const m = ISO_DATE.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(BCP47[locale], {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(date);
}

/** A calendar day as milliseconds at UTC midnight, for time axes. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** A time-axis tick (UTC midnight) → "26.11." (de) or "26/11" (en). */
export function formatDayTick(time: number, locale: Locale = "de", withYear = false): string {
  return new Intl.DateTimeFormat(BCP47[locale], {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    ...(withYear && { year: "2-digit" as const }),
  }).format(new Date(time));
}

/** A record time (ISO instant, UTC) shown in Berlin: "26.11.2026, 14:05". */
export function formatInstant(iso: string, locale: Locale = "de"): string {
  return new Intl.DateTimeFormat(BCP47[locale], {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** 12.5 → "12,50 %" (de); the value is already in percent. */
export function formatPercent(percent: number, locale: Locale = "de", digits = 2): string {
  return new Intl.NumberFormat(BCP47[locale], {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(percent / 100);
}

export function formatNumber(value: number, locale: Locale = "de"): string {
  return new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: 2 }).format(value);
}

/** Today as a business date in Berlin, the default for pledge and payment dates. */
export function todayInBerlin(now: Date = new Date()): string {
  return berlinDay(now);
}

/** Cents as the amount rule reads them back ("5.000,00"), whatever the UI language. */
export function formatAmountInput(cents: number): string {
  return new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** 1536 → "1,5 kB" (de) or "1.5 kB" (en); 2_300_000 → "2,2 MB" (powers of 1024, as upload limits are). */
export function formatFileSize(bytes: number, locale: Locale = "de"): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / 1024 / 1024, "megabyte"]
      : bytes >= 1024
        ? [bytes / 1024, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(BCP47[locale], {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
