// Who issues receipts and invoices: the legal body, its tax number or VAT id, the tax office's
// exemption notice, the purpose it pursues and who signs. All empty: none (nothing can be issued).
import { DateField } from "../../../components/DateField";
import { Field } from "../../../components/Field";
import { useT } from "../../../lib/i18n";
import { EXEMPTION_KINDS } from "../issuerForm";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function IssuerSection(props: SectionProps) {
  const t = useT();
  const { values, errors, set } = props;
  return (
    <fieldset className="form__section" data-testid="issuer-section">
      <legend>{t("setup.section.issuer")}</legend>
      <p className="field__hint">{t("issuer.hint")}</p>
      <SetupTextField {...props} name="issuerName" label={t("issuer.field.legalName")} />
      <SetupTextField {...props} name="issuerAddress" label={t("issuer.field.address")} multiline />
      <div className="form__row">
        <SetupTextField {...props} name="issuerTaxNumber" label={t("issuer.field.taxNumber")} />
        <SetupTextField {...props} name="issuerVatId" label={t("issuer.field.vatId")} />
      </div>
      <div className="form__row">
        <Field label={t("issuer.field.exemptionKind")} error={errors.exemptionKind}>
          {(control) => (
            <select
              {...control}
              name="exemptionKind"
              value={values.exemptionKind}
              onChange={(e) => set("exemptionKind", e.target.value)}
            >
              {EXEMPTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`issuer.exemption.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SetupTextField {...props} name="exemptionOffice" label={t("issuer.field.taxOffice")} />
      </div>
      <div className="form__row">
        <DateField
          label={t("issuer.field.date")}
          error={errors.exemptionDate}
          value={values.exemptionDate}
          onChange={(day) => set("exemptionDate", day)}
          testId="setup-exemptionDate"
        />
        <SetupTextField
          {...props}
          name="exemptionPeriod"
          label={t("issuer.field.period")}
          hint={t("issuer.field.period.hint")}
        />
      </div>
      <SetupTextField
        {...props}
        name="issuerPurpose"
        label={t("issuer.field.purpose")}
        hint={t("issuer.field.purpose.hint")}
      />
      <div className="form__row">
        <SetupTextField {...props} name="issuerSignatory" label={t("issuer.field.signatory")} />
        <SetupTextField {...props} name="issuerPlace" label={t("issuer.field.place")} />
      </div>
    </fieldset>
  );
}
