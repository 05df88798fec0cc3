// The campaign setup form: its text values from a campaign (or empty for a new one), and
// reading them back into campaign.create's / campaign.update's fields with a message per
// field. Target, in-kind share, rules and deadline are read as the rules dialog reads them.
// IBAN, BIC and e-mail are checked by the server only (serverErrors.ts shows its answer at
// the fields). Pure, unit-tested.
import { readAmount } from "../../lib/amount";
import type { CampaignListItem } from "../../lib/campaigns";
import { formatAmountInput } from "../../lib/format";
import type { Locale, Translate } from "../../lib/i18n";
import type { RouterInputs } from "../../lib/trpc";
import { readRules, rulesValuesOf } from "../../lib/rulesForm";
import { groupIban } from "./iban";
import { emptyIssuerValues, ISSUER_FIELDS, issuerValuesOf, readIssuer } from "./issuerForm";

export type CampaignInput = RouterInputs["campaign"]["create"];

const TEXT_FIELDS = [
  "name",
  "region",
  "referencePrefix",
  "target",
  "inKind",
  "minSponsors",
  "maxPublic",
  "matchRatio",
  "matchCap",
  "matchStart",
  "matchYears",
  "windowStart",
  "deadline",
  "holder",
  "iban",
  "bic",
  "senderName",
  "senderAddress",
  "contactName",
  "contactEmail",
  "intentAfterDays",
  "installmentBeforeDays",
  "overdueAfterDays",
  ...ISSUER_FIELDS,
] as const;
export type SetupField = (typeof TEXT_FIELDS)[number];
export type SetupValues = Record<SetupField, string>;
export type SetupErrors = Partial<Record<SetupField, string>>;

export const REMINDER_FIELDS = ["intentAfterDays", "installmentBeforeDays", "overdueAfterDays"] as const;

/** A new campaign: 1:1 match for 3 years, in-kind counted in full, no rules, no bank account. */
export function emptySetupValues(): SetupValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])) as SetupValues;
  return { ...values, ...emptyIssuerValues(), matchRatio: "1", matchYears: "3", inKind: "100" };
}

const decimalText = (value: number) => String(value).replace(".", ",");
const orEmpty = (value: string | number | null | undefined) => (value == null ? "" : String(value));

export function setupValuesOf(c: CampaignListItem): SetupValues {
  return {
    ...rulesValuesOf(c),
    name: c.name,
    region: orEmpty(c.region),
    referencePrefix: orEmpty(c.referencePrefix),
    matchRatio: decimalText(c.matchRatio),
    matchCap: formatAmountInput(c.matchCapCents),
    matchStart: c.matchStart,
    matchYears: String(c.matchYears),
    windowStart: orEmpty(c.windowStart),
    holder: orEmpty(c.bankAccount?.holder),
    iban: c.bankAccount ? groupIban(c.bankAccount.iban) : "",
    bic: orEmpty(c.bankAccount?.bic),
    senderName: orEmpty(c.sender?.name),
    senderAddress: orEmpty(c.sender?.address),
    contactName: orEmpty(c.sender?.contactName),
    contactEmail: orEmpty(c.sender?.contactEmail),
    intentAfterDays: orEmpty(c.reminders.intentAfterDays),
    installmentBeforeDays: orEmpty(c.reminders.installmentBeforeDays),
    overdueAfterDays: orEmpty(c.reminders.overdueAfterDays),
    ...issuerValuesOf(c.issuer),
  };
}

const RATIO = /^\d{1,3}(?:[.,]\d{1,2})?$/;
const WHOLE = /^\d{1,3}$/;
const PREFIX = /^[A-Za-z]{2,6}$/;

/** A whole number in [min, max] typed as text, or null when empty; undefined when it is none. */
function readWhole(text: string, min: number, max: number): number | null | undefined {
  const typed = text.trim();
  if (typed === "") return null;
  const value = Number(typed);
  return WHOLE.test(typed) && value >= min && value <= max ? value : undefined;
}

/** Bank account and sender: all of a group empty is none; a part filled in asks for the rest. */
function readGroups(v: SetupValues, t: Translate, errors: SetupErrors) {
  const trimmed = (f: SetupField) => v[f].trim();
  const bankTyped = trimmed("holder") || trimmed("iban") || trimmed("bic");
  if (bankTyped && !trimmed("holder")) errors.holder = t("setup.error.required");
  if (bankTyped && !trimmed("iban")) errors.iban = t("setup.error.required");
  const bankAccount = bankTyped
    ? { holder: trimmed("holder"), iban: trimmed("iban"), bic: trimmed("bic").toUpperCase() || null }
    : null;
  const senderTyped =
    trimmed("senderName") || trimmed("senderAddress") || trimmed("contactName") || trimmed("contactEmail");
  if (senderTyped && !trimmed("senderName")) errors.senderName = t("setup.error.required");
  if (senderTyped && !trimmed("senderAddress")) errors.senderAddress = t("setup.error.required");
  const sender = senderTyped
    ? {
        name: trimmed("senderName"),
        address: trimmed("senderAddress"),
        contactName: trimmed("contactName") || null,
        contactEmail: trimmed("contactEmail") || null,
      }
    : null;
  return { bankAccount, sender };
}

export type SetupReading = { ok: true; input: CampaignInput } | { ok: false; errors: SetupErrors };

export function readSetup(v: SetupValues, t: Translate, locale: Locale): SetupReading {
  const windowStart = v.windowStart.trim();
  const rules = readRules(v, windowStart || null, t, locale);
  const errors: SetupErrors = rules.ok ? {} : { ...rules.errors };
  if (!v.name.trim()) errors.name = t("setup.error.required");
  const prefix = v.referencePrefix.trim();
  if (prefix && !PREFIX.test(prefix)) errors.referencePrefix = t("setup.error.referencePrefix");
  const ratioText = v.matchRatio.trim();
  const ratio = Number(ratioText.replace(",", "."));
  if (!RATIO.test(ratioText) || ratio <= 0 || ratio > 100) errors.matchRatio = t("setup.error.matchRatio");
  const cap = readAmount(v.matchCap, t);
  if (!cap.ok) errors.matchCap = cap.message;
  const years = readWhole(v.matchYears, 1, 10);
  if (years == null) errors.matchYears = t("setup.error.matchYears");
  const reminders: Record<string, number | null> = {};
  for (const f of REMINDER_FIELDS) {
    const days = readWhole(v[f], 1, 365);
    if (days === undefined) errors[f] = t("setup.error.reminder");
    else reminders[f] = days;
  }
  const { bankAccount, sender } = readGroups(v, t, errors);
  const issuer = readIssuer(v, t, errors);
  if (!rules.ok || !cap.ok || years == null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: v.name.trim(),
      region: v.region.trim(),
      ...rules.changes,
      matchRatio: ratio,
      matchCapCents: cap.cents,
      matchYears: years,
      ...(v.matchStart ? { matchStart: v.matchStart } : {}),
      ...(windowStart ? { windowStart } : {}),
      ...(prefix ? { referencePrefix: prefix.toUpperCase() } : {}),
      bankAccount,
      sender,
      reminders,
      issuer,
    },
  };
}

/**
 * What campaign.update gets from the form: everything read, but a reference prefix only
 * when it changed (a campaign with pledges refuses any, even its own).
 */
export function updateInputOf(c: CampaignListItem, input: CampaignInput): CampaignInput {
  const { referencePrefix, ...rest } = input;
  return referencePrefix && referencePrefix !== c.referencePrefix ? { ...rest, referencePrefix } : rest;
}

/** A campaign's settings as read for campaign.update: its collecting start cannot be cleared. */
export function readSettings(c: CampaignListItem, v: SetupValues, t: Translate, locale: Locale): SetupReading {
  const read = readSetup(v, t, locale);
  if (c.windowStart === null || v.windowStart.trim() !== "") return read;
  const windowStart = t("setup.error.windowStartKept");
  return { ok: false, errors: { ...(read.ok ? {} : read.errors), windowStart } };
}
