// Reading one cell of each column. Text goes through the rules people type by (amounts:
// DOMAIN.md's money rule, never guessed); an .xlsx's typed numbers and dates are taken as such.
import { isCalendarDate } from "../domain/dates";
import { MAX_AMOUNT_CENTS, MIN_AMOUNT_CENTS, parseEuroAmount } from "../domain/money";
import { foldLabel, GERMAN_KINDS, GERMAN_STATUSES, GERMAN_TYPES } from "../domain/importFormat";
import type { Cell, ImportErrorCode } from "./types";
import { decideNotInFuture } from "../domain/dateRules";

export type Reading<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; message: string };

const refuse = (code: ImportErrorCode, message: string): Reading<never> => ({ ok: false, code, message });

/** A cell as text, trimmed; dates as YYYY-MM-DD. */
export function textOf(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function readAmount(cell: Cell): Reading<number> {
  const text = textOf(cell);
  const read = typeof cell === "number" ? centsOfNumber(cell) : centsOfText(text);
  if (!read.ok) return read;
  if (read.value < MIN_AMOUNT_CENTS || read.value > MAX_AMOUNT_CENTS) {
    return refuse("amount_range", `"${text}" is out of range: from 0,01 € to 1.000.000.000 €`);
  }
  return read;
}

function centsOfText(text: string): Reading<number> {
  const result = parseEuroAmount(text);
  if (result.ok) return { ok: true, value: result.cents };
  switch (result.reason) {
    case "empty":
      return refuse("required", "an amount is needed");
    case "ambiguous_comma":
      return refuse(
        "amount_ambiguous_comma",
        `"${text}" is ambiguous: a comma before three digits may be a thousands separator or a decimal comma; write 1.500 or 1500 for fifteen hundred euros, 1,50 for one euro fifty`,
      );
    case "too_many_decimals":
      return refuse(
        "amount_too_many_decimals",
        `"${text}" has more than two decimals; give euros with at most two decimals (cents)`,
      );
    default:
      return refuse("amount_invalid", `"${text}" is not an amount; write e.g. 15.000 or 1.500,50`);
  }
}

/**
 * A number cell is already a number: no separators to read. It may carry a formula's float
 * noise (0.1 + 0.2), which is tolerated; a real third decimal is refused like typed text.
 */
function centsOfNumber(value: number): Reading<number> {
  if (!Number.isFinite(value) || value < 0) return refuse("amount_invalid", `"${value}" is not an amount`);
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > Math.max(1e-6, cents * 1e-12)) {
    return refuse(
      "amount_too_many_decimals",
      `"${value}" has more than two decimals; give euros with at most two decimals (cents)`,
    );
  }
  return Number.isSafeInteger(cents)
    ? { ok: true, value: cents }
    : refuse("amount_invalid", `"${value}" is not an amount`);
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** YYYY-MM-DD or DD.MM.YYYY (also D.M.YYYY), a real calendar day, not after `today`. */
export function readDate(cell: Cell, today: string): Reading<string> {
  const text = textOf(cell);
  if (text === "") return refuse("required", "a date is needed");
  const german = GERMAN_DATE.exec(text);
  const iso = german ? `${german[3]}-${german[2].padStart(2, "0")}-${german[1].padStart(2, "0")}` : text;
  if (typeof cell === "number" || !isCalendarDate(iso)) {
    return refuse("invalid_date", `"${text}" is not a date; write YYYY-MM-DD or DD.MM.YYYY`);
  }
  if (!decideNotInFuture(iso, today).ok)
    return refuse("future_date", `${iso} is in the future; a pledge is dated on the day it was made`);
  return { ok: true, value: iso };
}

export function readCountry(cell: Cell): Reading<string> {
  const text = textOf(cell);
  if (text === "") return refuse("required", "a country is needed (two letters, e.g. DE)");
  const code = text.toUpperCase();
  return /^[A-Z]{2}$/.test(code)
    ? { ok: true, value: code }
    : refuse("invalid_country", `"${text}" is not a two-letter country code such as DE, BE or NL`);
}

/** A code in English or German, looked up in one of format.ts's tables. */
export function readCode<T extends string>(cell: Cell, table: Map<string, T>, what: CodeKind): Reading<T> {
  const text = textOf(cell);
  if (text === "") return refuse("required", `a ${what} is needed`);
  const code = table.get(foldLabel(text));
  if (code) return { ok: true, value: code };
  const labels = CODE_LISTS[what];
  return refuse(
    `unknown_${what}`,
    `"${text}" is not a ${what}; use one of ${Object.keys(labels).join(", ")} (or ${Object.values(labels).join(", ")})`,
  );
}

type CodeKind = "kind" | "type" | "status";
const CODE_LISTS: Record<CodeKind, Record<string, string>> = {
  kind: GERMAN_KINDS,
  type: GERMAN_TYPES,
  status: GERMAN_STATUSES,
};

/** Required or optional text of at most `max` characters. */
export function readText(cell: Cell, max: number, required: string | null): Reading<string | null> {
  const text = textOf(cell);
  if (text === "") return required ? refuse("required", required) : { ok: true, value: null };
  if (text.length > max) return refuse("too_long", `${text.length} characters; at most ${max}`);
  return { ok: true, value: text };
}
