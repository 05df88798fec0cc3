// Name, kind and country of a sponsor created together with its first pledge.
import { CountryField } from "../../../components/CountryField";
import { Field } from "../../../components/Field";
import { SPONSOR_KINDS, type SponsorKind } from "../../../lib/codes";
import { useT } from "../../../lib/i18n";
import type { FormErrors, FormValues } from "../formModel";

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
        <CountryField
          choice={values.country}
          code={values.countryCode}
          onChoice={(choice) => set("country", choice)}
          onCode={(code) => set("countryCode", code)}
          error={errors.countryCode}
        />
      </div>
    </fieldset>
  );
}
