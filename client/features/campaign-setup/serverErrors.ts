// The server's field errors on the setup form come back to their field by the zod path
// (`bankAccount.iban` → iban, `reminders.overdueAfterDays` → overdueAfterDays). Pure.
import type { Translate } from "../../lib/i18n";
import { ISSUER_SERVER_FIELDS } from "./issuerForm";
import type { SetupErrors, SetupField } from "./setupForm";

/** The server's field names (zod paths) → the form's fields. */
const SERVER_FIELDS: Record<string, SetupField> = {
  name: "name",
  region: "region",
  referencePrefix: "referencePrefix",
  targetCents: "target",
  inKindSharePercent: "inKind",
  "rules.minSponsors": "minSponsors",
  "rules.maxPublicSharePercent": "maxPublic",
  matchRatio: "matchRatio",
  matchCapCents: "matchCap",
  matchStart: "matchStart",
  matchYears: "matchYears",
  windowStart: "windowStart",
  deadline: "deadline",
  "bankAccount.holder": "holder",
  "bankAccount.iban": "iban",
  "bankAccount.bic": "bic",
  "sender.name": "senderName",
  "sender.address": "senderAddress",
  "sender.contactName": "contactName",
  "sender.contactEmail": "contactEmail",
  "reminders.intentAfterDays": "intentAfterDays",
  "reminders.installmentBeforeDays": "installmentBeforeDays",
  "reminders.overdueAfterDays": "overdueAfterDays",
  ...ISSUER_SERVER_FIELDS,
};

/** Fields with their own words for what the server refused; the others say "please check". */
const SERVER_MESSAGES: Partial<Record<SetupField, Parameters<Translate>[0]>> = {
  referencePrefix: "setup.error.referencePrefixServer",
  iban: "setup.error.iban",
  bic: "setup.error.bic",
  contactEmail: "field.contactEmail",
  windowStart: "setup.error.windowStart",
};

/** The server's field errors at the form's fields; unknown paths are left out (the caller shows a general message). */
export function setupErrorsFromServer(fieldErrors: Record<string, string[]>, t: Translate): SetupErrors {
  const errors: SetupErrors = {};
  for (const path of Object.keys(fieldErrors)) {
    const field = SERVER_FIELDS[path];
    if (field) errors[field] = t(SERVER_MESSAGES[field] ?? "field.generic");
  }
  return errors;
}
