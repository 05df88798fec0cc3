// The edit form's values, the checks before sending, and the update that sends only what
// changed against the values the form opened with. Pure: no React.
import { effectiveWaiver } from "../../../components/ContributionFields";
import { readAmount } from "../../../lib/amount";
import { dateValueProblem } from "../../../lib/dateInput";
import type { PledgeType } from "../../../lib/codes";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { formatAmountInput, formatEuro } from "../../../lib/format";
import type { Locale, Translate } from "../../../lib/i18n";
import { fieldErrorsOf, type RouterInputs } from "../../../lib/trpc";
import type { PledgeDetail } from "../api/pledgeDetail";
import type { Contribution } from "../../../../server/domain/codes";
import { lacksDescription } from "../../../../server/domain/pledgeFields";
import { DEFAULT_VAT_RATE, type VatRate } from "../../../../server/domain/vat";

export interface PlanRow {
  key: number;
  dueOn: string;
  amount: string;
}

export interface EditValues {
  amount: string;
  type: PledgeType;
  pledgedAt: string;
  conditional: boolean;
  description: string;
  raisedBy: string;
  note: string;
  at: string;
  reason: string;
  planOn: boolean;
  plan: PlanRow[];
  contribution: Contribution;
  vatRatePercent: VatRate;
  waivesReimbursement: boolean;
}

export type EditField =
  | "amount"
  | "type"
  | "pledgedAt"
  | "description"
  | "raisedBy"
  | "note"
  | "at"
  | "reason"
  | "schedule"
  | "contribution"
  | "vatRatePercent"
  | "waivesReimbursement"
  | "form";
export type EditErrors = Partial<Record<EditField, string>> & {
  rows?: Record<number, { dueOn?: string; amount?: string }>;
};
export type UpdateInput = RouterInputs["pledge"]["update"];

export function initialEditValues(
  pledge: PledgeDetail,
  raisedBySponsorName: string | undefined,
  today: string,
): EditValues {
  return {
    amount: formatAmountInput(pledge.amountCents),
    type: pledge.type,
    pledgedAt: pledge.pledgedAt,
    conditional: pledge.conditional,
    description: pledge.description ?? "",
    raisedBy: raisedBySponsorName ?? pledge.raisedByName ?? "",
    note: pledge.note ?? "",
    at: today,
    reason: "",
    planOn: false,
    plan: pledge.schedule.map((i) => ({ key: i.number, dueOn: i.dueOn, amount: formatAmountInput(i.amountCents) })),
    contribution: pledge.contribution,
    vatRatePercent: (pledge.vatRatePercent ?? DEFAULT_VAT_RATE) as VatRate,
    waivesReimbursement: pledge.waivesReimbursement,
  };
}

/** The installments' sum in cents, or null while a row cannot be read. */
export function planSum(plan: readonly PlanRow[], t: Translate): number | null {
  let sum = 0;
  for (const row of plan) {
    const reading = readAmount(row.amount, t);
    if (!reading.ok) return null;
    sum += reading.cents;
  }
  return sum;
}

const orNull = (text: string) => text.trim() || null;

/** Checks the values and builds the update; `input` is absent when something must be fixed. */
export function checkEdit(
  values: EditValues,
  initial: EditValues,
  pledge: PledgeDetail,
  t: Translate,
  locale: Locale,
): { errors: EditErrors; input?: UpdateInput } {
  const errors: EditErrors = {};
  const amount = readAmount(values.amount, t);
  if (!amount.ok) errors.amount = amount.message;
  else if (amount.cents < pledge.receivedCents)
    errors.amount = t("detail.edit.belowReceived", { amount: formatEuro(pledge.receivedCents, locale) });
  if (lacksDescription(values.type, values.description)) errors.description = t("form.description.required");

  const input: UpdateInput = { pledgeId: pledge.id, expectedVersion: pledge.version };
  if (amount.ok && amount.cents !== pledge.amountCents) input.amountCents = amount.cents;
  if (values.type !== initial.type) input.type = values.type;
  if (input.amountCents !== undefined || input.type !== undefined) {
    input.at = values.at;
    const atProblem = dateValueProblem(values.at, t);
    if (atProblem) errors.at = atProblem;
  }
  if (values.pledgedAt !== initial.pledgedAt) {
    input.pledgedAt = values.pledgedAt;
    const dateProblem = dateValueProblem(values.pledgedAt, t);
    if (dateProblem) errors.pledgedAt = dateProblem;
  }
  if (values.conditional !== initial.conditional) input.conditional = values.conditional;
  if (values.contribution !== initial.contribution) input.contribution = values.contribution;
  if (values.contribution === "sponsoring" && values.vatRatePercent !== initial.vatRatePercent)
    input.vatRatePercent = values.vatRatePercent;
  // A move to sponsoring or in kind clears the waiver, which only a cash donation can carry.
  if (effectiveWaiver(values) !== initial.waivesReimbursement) input.waivesReimbursement = effectiveWaiver(values);
  if (values.description.trim() !== initial.description.trim()) input.description = orNull(values.description);
  if (values.note.trim() !== initial.note.trim()) input.note = orNull(values.note);
  if (values.raisedBy.trim() !== initial.raisedBy.trim()) {
    // A typed name replaces a link to a raising sponsor.
    if (pledge.raisedBySponsorId != null) input.raisedBySponsorId = null;
    input.raisedByName = orNull(values.raisedBy);
  }
  if (values.planOn) {
    const schedule = checkPlan(values.plan, amount.ok ? amount.cents : null, errors, t);
    if (schedule) input.schedule = schedule;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const planChanged = input.schedule !== undefined && JSON.stringify(values.plan) !== JSON.stringify(initial.plan);
  const fields = Object.keys(input).filter((k) => !["pledgeId", "expectedVersion", "at", "schedule"].includes(k));
  if (fields.length === 0 && !planChanged) return { errors: { form: t("detail.edit.nothing") } };
  const reason = values.reason.trim();
  return { errors, input: reason ? { ...input, reason } : input };
}

function checkPlan(
  plan: readonly PlanRow[],
  amountCents: number | null,
  errors: EditErrors,
  t: Translate,
): UpdateInput["schedule"] {
  const rows: NonNullable<EditErrors["rows"]> = {};
  const schedule: NonNullable<UpdateInput["schedule"]> = [];
  plan.forEach((row, index) => {
    const reading = readAmount(row.amount, t);
    if (!row.dueOn) rows[index] = { dueOn: t("detail.plan.dateRequired") };
    else if (dateValueProblem(row.dueOn, t)) rows[index] = { dueOn: t("date.error.invalid") };
    if (!reading.ok) rows[index] = { ...rows[index], amount: reading.message };
    else schedule.push({ dueOn: row.dueOn, amountCents: reading.cents });
  });
  if (Object.keys(rows).length > 0) errors.rows = rows;
  else if (amountCents !== null && schedule.reduce((s, i) => s + i.amountCents, 0) !== amountCents)
    errors.schedule = t("detail.plan.mismatch");
  else return schedule;
  return undefined;
}

const SERVER_FIELDS: Record<string, EditField> = {
  amountCents: "amount",
  type: "type",
  pledgedAt: "pledgedAt",
  description: "description",
  raisedBySponsorId: "raisedBy",
  raisedByName: "raisedBy",
  note: "note",
  at: "at",
  reason: "reason",
  schedule: "schedule",
  contribution: "contribution",
  vatRatePercent: "vatRatePercent",
  waivesReimbursement: "waivesReimbursement",
};

/** The server's field errors (BAD_REQUEST) next to the fields; nested schedule paths go to the plan. */
export function serverEditErrors(error: unknown, t: Translate): EditErrors {
  const out: EditErrors = {};
  const fieldErrors = fieldErrorsOf(error);
  const byTop = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [field.split(".")[0], messages]),
  );
  for (const [field, message] of Object.entries(translateFieldErrors(byTop, t))) {
    out[SERVER_FIELDS[field] ?? "form"] ??= message;
  }
  if (Object.keys(out).length === 0) out.form = t("common.error.invalid");
  return out;
}
