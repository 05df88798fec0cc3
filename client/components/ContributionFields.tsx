// Donation or sponsoring, and sponsoring's VAT rate: a donation gets a Zuwendungsbestätigung,
// sponsoring (an agreed advertising service, entered gross) an invoice with VAT. The new-pledge
// form and the pledge's edit form both ask it, and, for a cash donation, whether it is an
// Aufwandsspende (its receipts then tick "Verzicht auf Erstattung von Aufwendungen").
import { CONTRIBUTIONS, type Contribution, type PledgeType } from "../../server/domain/codes";
import { VAT_RATES, type VatRate } from "../../server/domain/vat";
import { useT } from "../lib/i18n";
import { CheckboxField, Field } from "./Field";

interface ContributionFieldsProps {
  contribution: Contribution;
  vatRatePercent: VatRate;
  type: PledgeType;
  waivesReimbursement: boolean;
  errors: { contribution?: string; vatRatePercent?: string; waivesReimbursement?: string };
  onContribution: (contribution: Contribution) => void;
  onVatRate: (rate: VatRate) => void;
  onWaiver: (waives: boolean) => void;
}

/** The waiver as it is sent: only a cash donation can be one, whatever the box said before. */
export function effectiveWaiver(values: {
  contribution: Contribution;
  type: PledgeType;
  waivesReimbursement: boolean;
}) {
  return values.waivesReimbursement && values.contribution === "donation" && values.type === "cash";
}

export function ContributionFields({
  contribution,
  vatRatePercent,
  type,
  waivesReimbursement,
  errors,
  onContribution,
  onVatRate,
  onWaiver,
}: ContributionFieldsProps) {
  const t = useT();
  return (
    <>
      <div className="form__row">
        <Field
          label={t("contribution.label")}
          hint={t(`contribution.hint.${contribution}`)}
          error={errors.contribution}
        >
          {(control) => (
            <select
              {...control}
              name="contribution"
              value={contribution}
              onChange={(e) => onContribution(e.target.value as Contribution)}
            >
              {CONTRIBUTIONS.map((c) => (
                <option key={c} value={c}>
                  {t(`contribution.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {contribution === "sponsoring" && (
          <Field label={t("contribution.vatRate")} error={errors.vatRatePercent}>
            {(control) => (
              <select
                {...control}
                name="vatRatePercent"
                value={vatRatePercent}
                onChange={(e) => onVatRate(Number(e.target.value) as VatRate)}
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
      {contribution === "donation" && type === "cash" && (
        <>
          <CheckboxField label={t("contribution.waiver")} checked={waivesReimbursement} onChange={onWaiver} />
          {errors.waivesReimbursement && (
            <p className="field__error" role="alert">
              {errors.waivesReimbursement}
            </p>
          )}
        </>
      )}
    </>
  );
}
