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
  /** Met or not, in words: a past deadline says it was (not) met on the deadline day. */
  state: string;
}

export function ruleText(rule: Rule, t: Translate, locale: Locale): RuleText {
  if (rule.id === "deadline" && typeof rule.value === "string" && typeof rule.required === "string")
    return deadlineText(rule, rule.value, rule.required, t, locale);
  const show = (v: number | string) => showValue(rule.unit, v, t, locale);
  const base = {
    title: t(`rule.${rule.id}`),
    value: show(rule.value),
    required: show(rule.required),
    state: rule.met ? t("eligibility.met") : t("eligibility.notMet"),
  };
  if (rule.met || rule.gap === null) return { ...base, gap: null, missing: null, note: null };
  return {
    ...base,
    gap: showGap(rule.unit, rule.gap, t, locale),
    missing: missingSentence(rule.id, rule.gap, t, locale),
    note: null,
  };
}

/**
 * The deadline rule's value is the day of the figures, which read as nonsense beside the
 * deadline ("Stand 04.12.2026 · bis 01.06.2016 · erfüllt"). It reads as the days left before
 * it ("noch 12 Tage · bis 01.06.2016"), and once past as "abgelaufen", met or not on that day.
 */
function deadlineText(rule: Rule, day: string, deadline: string, t: Translate, locale: Locale): RuleText {
  const left = daysBetween(day, deadline);
  const past = left < 0;
  const base = {
    title: t("rule.deadline"),
    required: t("rule.deadline.until", { date: formatDate(deadline, locale) }),
    value:
      left < 0
        ? t("rule.deadline.passed")
        : left === 0
          ? t("rule.deadline.lastDay")
          : t(`rule.deadline.left.${pluralOf(left)}`, { count: formatNumber(left, locale) }),
    state: past
      ? t(rule.met ? "rule.deadline.metOnDay" : "rule.deadline.notMetOnDay")
      : t(rule.met ? "eligibility.met" : "eligibility.notMet"),
  };
  // Days past the deadline are no gap one could close: the sentence tells them.
  if (rule.met || rule.gap === null)
    return { ...base, gap: null, missing: null, note: past ? t("rule.deadline.reached") : null };
  return { ...base, gap: null, missing: missingSentence(rule.id, rule.gap, t, locale), note: null };
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
