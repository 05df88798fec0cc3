// Donation or sponsoring, and sponsoring's VAT rate: a donation gets a Zuwendungsbestätigung,
// sponsoring (an agreed advertising service, entered gross) an invoice with VAT. The new-pledge
// form and the pledge's edit form both ask it.
import { CONTRIBUTIONS, type Contribution } from "../../server/domain/codes";
import { VAT_RATES, type VatRate } from "../../server/domain/vat";
import { useT } from "../lib/i18n";
import { Field } from "./Field";

interface ContributionFieldsProps {
  contribution: Contribution;
  vatRatePercent: VatRate;
  errors: { contribution?: string; vatRatePercent?: string };
  onContribution: (contribution: Contribution) => void;
  onVatRate: (rate: VatRate) => void;
}

export function ContributionFields({
  contribution,
  vatRatePercent,
  errors,
  onContribution,
  onVatRate,
}: ContributionFieldsProps) {
  const t = useT();
  return (
    <div className="form__row">
      <Field label={t("contribution.label")} hint={t(`contribution.hint.${contribution}`)} error={errors.contribution}>
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
  );
}
