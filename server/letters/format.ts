// How letters write money, days and account numbers, in German (the default) or English.
import type { LabelLocale } from "../domain/labels";

export type LetterLocale = LabelLocale;

const EURO: Record<LetterLocale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};
const LONG_DAY: Record<LetterLocale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};
const SHORT_DAY: Record<LetterLocale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

/** 1500000 → "15.000,00 €" (de) or "€15,000.00" (en). Cents are whole, so the division is exact to print. */
export function euro(cents: number, locale: LetterLocale): string {
  return EURO[locale].format(cents / 100);
}

/** A calendar day "2016-06-01" → "1. Juni 2016" / "1 June 2016". */
export function longDay(day: string, locale: LetterLocale): string {
  return LONG_DAY[locale].format(new Date(`${day}T00:00:00Z`));
}

/** A calendar day "2016-06-01" → "01.06.2016" / "1 Jun 2016". */
export function shortDay(day: string, locale: LetterLocale): string {
  return SHORT_DAY[locale].format(new Date(`${day}T00:00:00Z`));
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00", as IBANs are printed. */
export function groupedIban(iban: string): string {
  return (
    iban
      .replace(/\s+/g, "")
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  );
}

/** Text lines of a stored address (newline-separated), blank ones dropped. */
export function addressLines(address: string | null): string[] {
  return (address ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
