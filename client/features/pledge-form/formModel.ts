// The pledge form's values, their checks before sending, and where the server's field
// errors belong. Pure: no React, so it can be tested with plain objects.
import { effectiveWaiver } from "../../components/ContributionFields";
import { readAmount } from "../../lib/amount";
import { dateValueProblem } from "../../lib/dateInput";
import {
  countryCodeOf,
  type CountryChoice,
  type CreatableStatus,
  type PledgeType,
  type SponsorKind,
} from "../../lib/codes";
import { translateFieldErrors } from "../../lib/fieldErrors";
import type { Translate } from "../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../lib/trpc";
import type { Contribution } from "../../../server/domain/codes";
import { lacksDescription, raisesOwnPledge } from "../../../server/domain/pledgeFields";
import { DEFAULT_VAT_RATE, type VatRate } from "../../../server/domain/vat";

export interface SponsorChoice {
  id: number;
  name: string;
}

export interface FormValues {
  sponsorText: string;
  sponsor: SponsorChoice | null;
  newSponsor: boolean;
  name: string;
  kind: SponsorKind;
  country: CountryChoice;
  countryCode: string;
  amount: string;
  type: PledgeType;
  status: CreatableStatus;
  pledgedAt: string;
  conditional: boolean;
  description: string;
  raisedByText: string;
  raisedBy: SponsorChoice | null;
  note: string;
  /** Donation or sponsoring (with its VAT rate): which document its payments get. */
  contribution: Contribution;
  vatRatePercent: VatRate;
  /** An Aufwandsspende (cash donations only: effectiveWaiver). */
  waivesReimbursement: boolean;
}

export type FormField =
  | "sponsor"
  | "name"
  | "kind"
  | "countryCode"
  | "amount"
  | "type"
  | "status"
  | "pledgedAt"
  | "description"
  | "raisedBy"
  | "note"
  | "contribution"
  | "vatRatePercent"
  | "waivesReimbursement"
  | "form";
export type FormErrors = Partial<Record<FormField, string>>;

export function initialValues(today: string): FormValues {
  return {
    sponsorText: "",
    sponsor: null,
    newSponsor: false,
    name: "",
    kind: "company",
    country: "DE",
    countryCode: "",
    amount: "",
    type: "cash",
    status: "confirmed",
    pledgedAt: today,
    conditional: false,
    description: "",
    raisedByText: "",
    raisedBy: null,
    note: "",
    contribution: "donation",
    vatRatePercent: DEFAULT_VAT_RATE,
    waivesReimbursement: false,
  };
}

export function countryOf(values: FormValues): string {
  return countryCodeOf(values.country, values.countryCode);
}

/** Checks what the client can check; returns the amount in cents when everything holds. */
export function checkValues(values: FormValues, t: Translate): { errors: FormErrors; amountCents?: number } {
  const errors: FormErrors = {};
  if (values.newSponsor) {
    if (!values.name.trim()) errors.name = t("form.name.required");
    if (values.country === "other" && !/^[A-Za-z]{2}$/.test(values.countryCode.trim()))
      errors.countryCode = t("form.countryCode.invalid");
  } else if (!values.sponsor) {
    errors.sponsor = t("form.sponsor.required");
  }
  const amount = readAmount(values.amount, t);
  if (!amount.ok) errors.amount = amount.message;
  const dateProblem = dateValueProblem(values.pledgedAt, t);
  if (dateProblem) errors.pledgedAt = dateProblem;
  if (lacksDescription(values.type, values.description)) errors.description = t("form.description.required");
  if (values.sponsor && raisesOwnPledge(values.sponsor.id, values.raisedBy?.id))
    errors.raisedBy = t("field.raisedBySponsorId");
  return { errors, amountCents: amount.ok ? amount.cents : undefined };
}

const SERVER_FIELDS: Record<string, FormField> = {
  sponsorId: "sponsor",
  amountCents: "amount",
  type: "type",
  status: "status",
  pledgedAt: "pledgedAt",
  description: "description",
  raisedBySponsorId: "raisedBy",
  raisedByName: "raisedBy",
  note: "note",
  contribution: "contribution",
  vatRatePercent: "vatRatePercent",
  waivesReimbursement: "waivesReimbursement",
  name: "name",
  kind: "kind",
  country: "countryCode",
  "newSponsor.name": "name",
  "newSponsor.kind": "kind",
  "newSponsor.country": "countryCode",
};

/** What pledge.create gets for donation or sponsoring: a rate only with sponsoring, a waiver only with a cash donation. */
export function contributionInput(values: FormValues): {
  contribution: Contribution;
  vatRatePercent?: VatRate;
  waivesReimbursement?: true;
} {
  if (values.contribution === "sponsoring")
    return { contribution: "sponsoring", vatRatePercent: values.vatRatePercent };
  return effectiveWaiver(values)
    ? { contribution: "donation", waivesReimbursement: true }
    : { contribution: "donation" };
}

/** A refused call as messages next to the fields (or for the whole form). */
export function serverErrors(error: unknown, step: "newSponsor" | "pledge", t: Translate): FormErrors {
  const code = errorCodeOf(error);
  if (code === "BAD_REQUEST") {
    const out: FormErrors = {};
    for (const [field, message] of Object.entries(translateFieldErrors(fieldErrorsOf(error), t))) {
      out[SERVER_FIELDS[field] ?? "form"] ??= message;
    }
    return out;
  }
  // With a new sponsor, a CONFLICT is its name taken by a sponsor of the campaign.
  if (code === "CONFLICT" && step === "newSponsor") return { name: t("form.sponsorExists") };
  if (code === "NOT_FOUND" && step === "pledge") return { sponsor: t("field.sponsorId") };
  if (code === "FORBIDDEN") return { form: t("form.readOnly") };
  if (code === "CONFLICT") return { form: t("common.error.conflict") };
  return { form: t("common.error.network") };
}
