// The edit form's own fields. "Gültig ab" appears once the amount or the type changes: it
// is the business date from which the new figures count (today unless told otherwise).
import { ContributionFields } from "../../../../components/ContributionFields";
import { PledgeTypeField } from "../../../../components/PledgeTypeField";
import { DateField } from "../../../../components/DateField";
import { CheckboxField, Field } from "../../../../components/Field";
import { readAmount } from "../../../../lib/amount";
import { formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import type { EditErrors, EditValues } from "../../detail/editModel";

interface EditFieldsProps {
  values: EditValues;
  errors: EditErrors;
  set: <K extends keyof EditValues>(key: K, value: EditValues[K]) => void;
  today: string;
  /** The campaign's first possible pledge date, once known. */
  earliest: string | undefined;
  /** The earliest status move, payment or amount change: the pledge date may not move past it. */
  firstChangeAt: string | undefined;
  /** A pledge created as paid keeps its date. */
  dateLocked: boolean;
  figuresChanged: boolean;
  /** The raising sponsor's name when the pledge is linked to one. */
  linkedRaiser: string | undefined;
}

export function EditFields({
  values,
  errors,
  set,
  today,
  earliest,
  firstChangeAt,
  dateLocked,
  figuresChanged,
  linkedRaiser,
}: EditFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const reading = values.amount.trim() ? readAmount(values.amount, t) : null;
  const preview = reading?.ok
    ? t("form.amount.preview", { amount: formatEuro(reading.cents, locale) })
    : t("form.amount.hint");
  return (
    <>
      <div className="form__row">
        <Field label={t("form.amount")} hint={preview} error={errors.amount} className="field--amount">
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={values.amount}
              onChange={(e) => set("amount", e.target.value)}
            />
          )}
        </Field>
        <PledgeTypeField value={values.type} error={errors.type} onChange={(type) => set("type", type)} />
        <DateField
          label={t("form.date")}
          hint={dateLocked ? t("detail.edit.dateLocked") : t("form.date.hint")}
          error={errors.pledgedAt}
          min={earliest}
          max={firstChangeAt && firstChangeAt < today ? firstChangeAt : today}
          disabled={dateLocked}
          value={values.pledgedAt}
          onChange={(day) => set("pledgedAt", day)}
        />
        {figuresChanged && (
          <DateField
            label={t("detail.edit.at")}
            hint={t("detail.edit.at.hint")}
            error={errors.at}
            min={values.pledgedAt}
            max={today}
            value={values.at}
            onChange={(day) => set("at", day)}
          />
        )}
      </div>
      <ContributionFields
        contribution={values.contribution}
        vatRatePercent={values.vatRatePercent}
        type={values.type}
        waivesReimbursement={values.waivesReimbursement}
        errors={errors}
        onContribution={(contribution) => set("contribution", contribution)}
        onVatRate={(rate) => set("vatRatePercent", rate)}
        onWaiver={(waives) => set("waivesReimbursement", waives)}
      />
      <CheckboxField
        label={t("form.conditional")}
        checked={values.conditional}
        onChange={(checked) => set("conditional", checked)}
      />
      <Field label={t("form.description")} hint={t("form.description.hint")} error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t("form.raisedBy")}
        hint={linkedRaiser ? t("detail.edit.raisedBy.linked", { name: linkedRaiser }) : t("detail.edit.raisedBy.hint")}
        error={errors.raisedBy}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={values.raisedBy}
            onChange={(e) => set("raisedBy", e.target.value)}
          />
        )}
      </Field>
      <Field label={t("form.note")} hint={t("form.optional")} error={errors.note}>
        {(control) => (
          <textarea {...control} rows={3} value={values.note} onChange={(e) => set("note", e.target.value)} />
        )}
      </Field>
      <Field label={t("detail.edit.reason")} hint={t("detail.edit.reason.hint")} error={errors.reason}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={values.reason}
            onChange={(e) => set("reason", e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
