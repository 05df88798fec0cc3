// The pledge's own fields: amount, type, status, date, description, condition, raised-by, note.
import { PledgeTypeField } from "../../../components/PledgeTypeField";
import { useState } from "react";
import { ContributionFields } from "../../../components/ContributionFields";
import { CheckboxField, Field } from "../../../components/Field";
import { DateField } from "../../../components/DateField";
import { readAmount } from "../../../lib/amount";
import { CREATABLE_STATUSES, type CreatableStatus } from "../../../lib/codes";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { FormErrors, FormValues } from "../formModel";
import { SponsorCombobox } from "./SponsorCombobox";

interface PledgeFieldsProps {
  campaignId: number;
  values: FormValues;
  errors: FormErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  today: string;
  /** The campaign's first possible pledge date, once known. */
  earliest?: string;
}

export function PledgeFields({ campaignId, values, errors, set, today, earliest }: PledgeFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  // The amount is checked when the field is left, not on every keystroke.
  const [amountError, setAmountError] = useState<string>();
  const reading = values.amount.trim() ? readAmount(values.amount, t) : null;
  const preview = reading?.ok
    ? t("form.amount.preview", { amount: formatEuro(reading.cents, locale) })
    : t("form.amount.hint");
  return (
    <>
      <div className="form__row">
        <Field label={t("form.amount")} hint={preview} error={errors.amount ?? amountError} className="field--amount">
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={values.amount}
              onChange={(e) => {
                set("amount", e.target.value);
                setAmountError(undefined);
              }}
              onBlur={() => setAmountError(reading && !reading.ok ? reading.message : undefined)}
            />
          )}
        </Field>
        <PledgeTypeField value={values.type} error={errors.type} onChange={(type) => set("type", type)} />
        <Field label={t("form.status")} error={errors.status}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(e) => set("status", e.target.value as CreatableStatus)}
            >
              {CREATABLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`pledgeStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField
          label={t("form.date")}
          hint={t("form.date.hint")}
          error={errors.pledgedAt}
          min={earliest}
          max={today}
          value={values.pledgedAt}
          onChange={(day) => set("pledgedAt", day)}
        />
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
      <CheckboxField
        label={t("form.conditional")}
        checked={values.conditional}
        onChange={(checked) => set("conditional", checked)}
      />
      <SponsorCombobox
        campaignId={campaignId}
        label={t("form.raisedBy")}
        hint={values.raisedBy ? t("form.raisedBy.linked", { name: values.raisedBy.name }) : t("form.raisedBy.hint")}
        error={errors.raisedBy}
        text={values.raisedByText}
        selected={values.raisedBy}
        onChange={(text, sponsor) => {
          set("raisedByText", text);
          set("raisedBy", sponsor);
        }}
      />
      <Field label={t("form.note")} hint={t("form.optional")} error={errors.note}>
        {(control) => (
          <textarea {...control} rows={3} value={values.note} onChange={(e) => set("note", e.target.value)} />
        )}
      </Field>
    </>
  );
}
