// Name, kind and country of a sponsor created together with its first pledge.
import { Field } from "../../../components/Field";
import { NAMED_COUNTRIES, SPONSOR_KINDS, type SponsorKind } from "../../../lib/codes";
import { useT } from "../../../lib/i18n";
import type { CountryChoice, FormErrors, FormValues } from "../formModel";

interface NewSponsorFieldsProps {
  values: FormValues;
  errors: FormErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
}

export function NewSponsorFields({ values, errors, set }: NewSponsorFieldsProps) {
  const t = useT();
  return (
    <fieldset className="subform">
      <legend>{t("form.newSponsor.legend")}</legend>
      <Field label={t("form.name")} error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="organization"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
          />
        )}
      </Field>
      <div className="form__row">
        <Field label={t("form.kind")} error={errors.kind}>
          {(control) => (
            <select {...control} value={values.kind} onChange={(e) => set("kind", e.target.value as SponsorKind)}>
              {SPONSOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`sponsorKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("form.country")}>
          {(control) => (
            <select
              {...control}
              value={values.country}
              onChange={(e) => set("country", e.target.value as CountryChoice)}
            >
              {NAMED_COUNTRIES.map((code) => (
                <option key={code} value={code}>
                  {t(`country.${code}`)}
                </option>
              ))}
              <option value="other">{t("country.other")}</option>
            </select>
          )}
        </Field>
        {values.country === "other" && (
          <Field label={t("form.countryCode")} hint={t("form.countryCode.hint")} error={errors.countryCode}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={2}
                autoCapitalize="characters"
                value={values.countryCode}
                onChange={(e) => set("countryCode", e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
    </fieldset>
  );
}
