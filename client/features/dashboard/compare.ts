// The key figures against the week before: "+ 45.000,00 € ggü. Vorwoche", "+3 ggü. Vorwoche".
// The change is computed here (pure); the components only show it.
import { formatEuro, formatNumber } from "../../lib/format";
import type { Locale, Translate } from "../../lib/i18n";

export const COMPARE_DAYS = 7;

export interface ComparedFigures {
  countedCents: number;
  sponsorCount: number;
  pledgeCount: number;
  receivedCents: number;
  intentCents: number;
}

export type FigureChanges = { [K in keyof ComparedFigures]: number };

/** Each figure now minus the same figure a week earlier; null while the earlier one is not loaded. */
export function figureChanges(now: ComparedFigures, before: ComparedFigures | undefined): FigureChanges | null {
  if (!before) return null;
  return {
    countedCents: now.countedCents - before.countedCents,
    sponsorCount: now.sponsorCount - before.sponsorCount,
    pledgeCount: now.pledgeCount - before.pledgeCount,
    receivedCents: now.receivedCents - before.receivedCents,
    intentCents: now.intentCents - before.intentCents,
  };
}

/** "+" or the real minus sign "−" (U+2212), which screen readers and fonts render as minus. */
const signOf = (change: number) => (change > 0 ? "+" : "\u2212");

export function moneyChangeText(change: number, t: Translate, locale: Locale): string {
  if (change === 0) return t("compare.same");
  return t("compare.money", { sign: signOf(change), amount: formatEuro(Math.abs(change), locale) });
}

export function countChangeText(change: number, t: Translate, locale: Locale): string {
  if (change === 0) return t("compare.same");
  return t("compare.count", { sign: signOf(change), count: formatNumber(Math.abs(change), locale) });
}
