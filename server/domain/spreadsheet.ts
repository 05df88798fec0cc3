// Pure formatting of export cells: money from integer cents without floating point, dates
// for German or international spreadsheets, Berlin wall-clock times, and neutralising text
// that a spreadsheet would otherwise run as a formula.

/** `en`: codes and ISO dates for scripts; `de`: German labels, `;` and decimal commas for German Excel. */
export type ExportLocale = "en" | "de";

/**
 * OWASP "CSV injection": a cell starting with = + - @ (or a tab or carriage return, which
 * some importers strip first) is read as a formula. The fullwidth forms are on the list
 * because Apple Numbers folds them to the ASCII ones (as csv-stringify's escape_formulas).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text that could start a formula gets a leading apostrophe; anything else is unchanged. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** 150050 → "1500.50" (or "1500,50"); 5 → "0.05". By digits, never through a float. */
export function formatCents(cents: number, decimalSeparator: "." | ","): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${cents < 0 ? "-" : ""}${digits.slice(0, -2)}${decimalSeparator}${digits.slice(-2)}`;
}

/** A business date 'YYYY-MM-DD' as the locale writes it: "2016-05-20" or "20.05.2016". */
export function formatDay(day: string, locale: ExportLocale): string {
  if (locale === "en") return day;
  const [year, month, date] = day.split("-");
  return `${date}.${month}.${year}`;
}

const BERLIN_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const HOUR_MS = 3_600_000;
/** Berlin's offset from UTC by UTC hour: it changes only on the hour, and Intl costs ~9 µs a call. */
const offsetByHour = new Map<number, number>();

function berlinOffsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const parts: Record<string, string> = {};
    for (const { type, value } of BERLIN_PARTS.formatToParts(new Date(hour * HOUR_MS))) parts[type] = value;
    offset = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute) - hour * HOUR_MS;
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * Spreadsheets have no time zones: a cell date is a wall-clock reading. This Date's UTC
 * fields are the Berlin wall clock at the instant (ms UTC), summer and winter time alike.
 */
export function berlinWallClockDate(ms: number): Date {
  return new Date(ms + berlinOffsetMs(ms));
}

export interface WallClock {
  day: string;
  time: string;
}

/** The Berlin wall-clock day and time of an instant (ms UTC), whole seconds. */
export function berlinWallClock(ms: number): WallClock {
  const iso = berlinWallClockDate(ms).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** A record time in Berlin: "2016-05-20 12:00:00" or "20.05.2016 12:00:00". */
export function formatInstant(ms: number, locale: ExportLocale): string {
  const { day, time } = berlinWallClock(ms);
  return `${formatDay(day, locale)} ${time}`;
}
