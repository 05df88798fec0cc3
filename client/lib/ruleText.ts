// What the dashboard's checklist and the report's rule table say about one eligibility rule:
// its value, requirement and gap in the rule's own unit (cents as euros, counts, percent,
// dates with days past the deadline).
import { daysBetween } from "../../server/domain/dates";
import type { Rule } from "./api/summary";
import { formatDate, formatEuro, formatNumber, formatPercent } from "./format";
import { pluralOf, type Locale, type Translate } from "./i18n";

export interface RuleText {
  title: string;
  value: string;
  required: string;
  gap: string | null;
  /** What is missing, as a sentence; null when the rule is met. */
  missing: string | null;
  /** Why a met rule holds, where that is not obvious (the deadline). */
  note: string | null;
}

export function ruleText(rule: Rule, t: Translate, locale: Locale): RuleText {
  const show = (v: number | string) => showValue(rule.unit, v, t, locale);
  const title = t(`rule.${rule.id}`);
  // The deadline rule's value is the day of the figures; its requirement reads "bis 01.06.2016".
  const required = rule.unit === "date" ? t("rule.deadline.until", { date: show(rule.required) }) : show(rule.required);
  const base = { title, value: show(rule.value), required };
  if (rule.met || rule.gap === null) return { ...base, gap: null, missing: null, note: metNote(rule, t) };
  return {
    ...base,
    gap: showGap(rule.unit, rule.gap, t, locale),
    missing: missingSentence(rule.id, rule.gap, t, locale),
    note: null,
  };
}

/** A met deadline rule: days left, or (once past) that the target stood on the deadline day. */
function metNote(rule: Rule, t: Translate): string | null {
  if (rule.id !== "deadline" || typeof rule.value !== "string" || typeof rule.required !== "string") return null;
  const left = daysBetween(rule.value, rule.required);
  if (left < 0) return t("rule.deadline.reached");
  return left === 0 ? t("rule.deadline.lastDay") : t(`rule.deadline.open.${pluralOf(left)}`, { count: left });
}

function showValue(unit: Rule["unit"], value: number | string, t: Translate, locale: Locale): string {
  if (typeof value === "string") return unit === "date" ? formatDate(value, locale) : value;
  switch (unit) {
    case "cents":
      return formatEuro(value, locale);
    case "percent":
      return formatPercent(value, locale);
    case "count":
      return t(`unit.sponsors.${pluralOf(value)}`, { count: formatNumber(value, locale) });
    default:
      return String(value);
  }
}

function showGap(unit: Rule["unit"], gap: number, t: Translate, locale: Locale): string {
  switch (unit) {
    case "cents":
      return formatEuro(gap, locale);
    case "percent":
      return t("unit.percentPoints", { value: formatNumber(gap, locale) });
    case "count":
      return t(`unit.sponsors.${pluralOf(gap)}`, { count: formatNumber(gap, locale) });
    case "date":
      return t(`unit.days.${pluralOf(gap)}`, { count: formatNumber(gap, locale) });
  }
}

function missingSentence(id: Rule["id"], gap: number, t: Translate, locale: Locale): string {
  switch (id) {
    case "target":
      return t("rule.target.missing", { amount: formatEuro(gap, locale) });
    case "deadline":
      return t(`rule.deadline.missing.${pluralOf(gap)}`, { count: formatNumber(gap, locale) });
    case "min_sponsors":
      return t(`rule.min_sponsors.missing.${pluralOf(gap)}`, { count: formatNumber(gap, locale) });
    case "max_public_share":
      return t("rule.max_public_share.missing", { points: formatNumber(gap, locale) });
  }
}
