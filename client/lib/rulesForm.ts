// The rules form (the rules dialog, the campaign setup screen): its text values from the campaign, and reading them back into
// campaign.update's fields with a message per field. Pure, unit-tested.
import { isCalendarDate } from "../../server/domain/dates";
import { readAmount } from "./amount";
import { formatAmountInput, formatDate } from "./format";
import type { Locale, Translate } from "./i18n";
import { windowFits } from "../../server/domain/campaign";

export interface RulesValues {
  target: string;
  inKind: string;
  minSponsors: string;
  maxPublic: string;
  deadline: string;
}

export type RulesErrors = Partial<Record<keyof RulesValues, string>>;

export interface RulesCampaign {
  targetCents: number;
  inKindSharePercent: number;
  deadline: string;
  windowStart: string | null;
  rules: { minSponsors: number | null; maxPublicSharePercent: number | null };
}

export interface RulesChanges {
  targetCents: number;
  inKindSharePercent: number;
  deadline: string;
  rules: { minSponsors: number | null; maxPublicSharePercent: number | null };
}

/** The German way of writing a percentage, whatever the UI language: "33,5". */
const percentText = (value: number) => String(value).replace(".", ",");

export function rulesValuesOf(c: RulesCampaign): RulesValues {
  return {
    target: formatAmountInput(c.targetCents),
    inKind: String(c.inKindSharePercent),
    minSponsors: c.rules.minSponsors === null ? "" : String(c.rules.minSponsors),
    maxPublic: c.rules.maxPublicSharePercent === null ? "" : percentText(c.rules.maxPublicSharePercent),
    deadline: c.deadline,
  };
}

const WHOLE = /^\d{1,6}$/;
const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?$/;

export function readRules(
  values: RulesValues,
  windowStart: string | null,
  t: Translate,
  locale: Locale,
): { ok: true; changes: RulesChanges } | { ok: false; errors: RulesErrors } {
  const errors: RulesErrors = {};
  const target = readAmount(values.target, t);
  if (!target.ok) errors.target = target.message;

  const inKindText = values.inKind.trim();
  const inKind = Number(inKindText);
  if (!WHOLE.test(inKindText) || inKind > 100) errors.inKind = t("rulesEdit.error.inKind");

  const minText = values.minSponsors.trim();
  const minSponsors = minText === "" ? null : Number(minText);
  if (minSponsors !== null && (!WHOLE.test(minText) || minSponsors < 1))
    errors.minSponsors = t("rulesEdit.error.minSponsors");

  const maxText = values.maxPublic.trim().replace(/\s*%$/, "");
  const maxPublic = maxText === "" ? null : Number(maxText.replace(",", "."));
  if (maxPublic !== null && (!PERCENT.test(maxText) || maxPublic > 100))
    errors.maxPublic = t("rulesEdit.error.maxPublic");

  const deadline = values.deadline;
  if (!isCalendarDate(deadline)) errors.deadline = t("rulesEdit.error.deadline");
  else if (windowStart && !windowFits(windowStart, deadline))
    errors.deadline = t("rulesEdit.error.deadlineBeforeWindow", { date: formatDate(windowStart, locale) });

  if (Object.keys(errors).length > 0 || !target.ok) return { ok: false, errors };
  return {
    ok: true,
    changes: {
      targetCents: target.cents,
      inKindSharePercent: inKind,
      deadline,
      rules: { minSponsors, maxPublicSharePercent: maxPublic },
    },
  };
}

/** The server's field names (zod paths) → the form's fields. */
const SERVER_FIELDS: Record<string, keyof RulesValues> = {
  targetCents: "target",
  inKindSharePercent: "inKind",
  deadline: "deadline",
  windowStart: "deadline",
  "rules.minSponsors": "minSponsors",
  "rules.maxPublicSharePercent": "maxPublic",
};

export function rulesErrorsFromServer(fieldErrors: Record<string, string[]>, t: Translate): RulesErrors {
  const errors: RulesErrors = {};
  for (const field of Object.keys(fieldErrors)) {
    const mine = SERVER_FIELDS[field];
    if (mine) errors[mine] = t("field.generic");
  }
  return errors;
}
