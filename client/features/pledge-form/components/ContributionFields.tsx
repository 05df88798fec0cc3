// Donation or sponsoring, and sponsoring's VAT rate: a donation gets a Zuwendungsbestätigung,
// sponsoring (an agreed advertising service, entered gross) an invoice with VAT.
import { Field } from "../../../components/Field";
import { useT } from "../../../lib/i18n";
import { CONTRIBUTIONS, type Contribution } from "../../../../server/domain/codes";
import { VAT_RATES, type VatRate } from "../../../../server/domain/vat";
import type { FormErrors, FormValues } from "../formModel";

interface ContributionFieldsProps {
  values: FormValues;
  errors: FormErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
}

export function ContributionFields({ values, errors, set }: ContributionFieldsProps) {
  const t = useT();
  return (
    <div className="form__row">
      <Field
        label={t("contribution.label")}
        hint={t(`contribution.hint.${values.contribution}`)}
        error={errors.contribution}
      >
        {(control) => (
          <select
            {...control}
            name="contribution"
            value={values.contribution}
            onChange={(e) => set("contribution", e.target.value as Contribution)}
          >
            {CONTRIBUTIONS.map((c) => (
              <option key={c} value={c}>
                {t(`contribution.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.contribution === "sponsoring" && (
        <Field label={t("contribution.vatRate")} error={errors.vatRatePercent}>
          {(control) => (
            <select
              {...control}
              name="vatRatePercent"
              value={values.vatRatePercent}
              onChange={(e) => set("vatRatePercent", Number(e.target.value) as VatRate)}
            >
              {VAT_RATES.map((rate) => (
                <option key={rate} value={rate}>
                  {t("contribution.vatRate.option", { rate })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
