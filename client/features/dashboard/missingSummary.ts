// What still stands between the campaign and the state match, in one sentence:
// "Es fehlen noch 83.500,00 € verbindliche Eigenmittel und 3 Sponsoren; die Frist endet in
// 12 Tagen." Built from the rules' gaps (lib/ruleText.ts says the same per rule).
import { daysBetween } from "../../../server/domain/dates";
import type { Rule } from "../../lib/api/summary";
import { formatDate, formatEuro, formatNumber } from "../../lib/format";
import { pluralOf, type Locale, type Translate } from "../../lib/i18n";

const LIST_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

interface MissingInput {
  asOf: string;
  deadline: string;
  rules: readonly Rule[];
}

export function missingSummary({ asOf, deadline, rules }: MissingInput, t: Translate, locale: Locale): string {
  const open = rules.filter((r) => !r.met && typeof r.gap === "number");
  const gapOf = (id: Rule["id"]) => open.find((r) => r.id === id)?.gap as number | undefined;

  const items: string[] = [];
  const money = gapOf("target");
  if (money !== undefined) items.push(t("missing.amount", { amount: formatEuro(money, locale) }));
  const sponsors = gapOf("min_sponsors");
  if (sponsors !== undefined)
    items.push(t(`unit.sponsors.${pluralOf(sponsors)}`, { count: formatNumber(sponsors, locale) }));

  const clauses: string[] = [];
  if (items.length > 0) {
    const list = new Intl.ListFormat(LIST_LOCALE[locale], { type: "conjunction" }).format(items);
    clauses.push(t("missing.items", { items: list }));
  }
  const points = gapOf("max_public_share");
  if (points !== undefined) clauses.push(t("missing.publicShare", { points: formatNumber(points, locale) }));
  if (clauses.length === 0) clauses.push(t("missing.allMet"));
  clauses.push(deadlineClause(asOf, deadline, t, locale));

  const sentence = clauses.join("; ");
  return `${sentence.charAt(0).toLocaleUpperCase(LIST_LOCALE[locale])}${sentence.slice(1)}.`;
}

function deadlineClause(asOf: string, deadline: string, t: Translate, locale: Locale): string {
  const left = daysBetween(asOf, deadline);
  // Named by its date, not "heute": the page may show a past day.
  if (left === 0) return t("missing.deadline.today", { date: formatDate(deadline, locale) });
  const count = Math.abs(left);
  const key =
    left > 0
      ? (`missing.deadline.open.${pluralOf(count)}` as const)
      : (`missing.deadline.past.${pluralOf(count)}` as const);
  return t(key, { count: formatNumber(count, locale) });
}
