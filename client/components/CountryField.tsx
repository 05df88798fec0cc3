// The country of a sponsor, alike wherever one is entered (the pledge form's new sponsor, the
// sponsor dialog): a list of the region's countries and "Anderes Land", which opens a field
// for a two-letter ISO code. The caller keeps the choice and the code (lib/codes:
// countryChoiceOf for a stored code, countryCodeOf for the code to send).
import { NAMED_COUNTRIES, type CountryChoice } from "../lib/codes";
import { useT } from "../lib/i18n";
import { Field } from "./Field";

interface CountryFieldProps {
  choice: CountryChoice;
  /** The code typed for another country (read only when `choice` is "other"). */
  code: string;
  onChoice: (choice: CountryChoice) => void;
  onCode: (code: string) => void;
  /** An error for the country, shown at the code field when one is open. */
  error?: string;
}

export function CountryField({ choice, code, onChoice, onCode, error }: CountryFieldProps) {
  const t = useT();
  return (
    <>
      <Field label={t("form.country")} error={choice === "other" ? undefined : error}>
        {(control) => (
          <select {...control} value={choice} onChange={(e) => onChoice(e.target.value as CountryChoice)}>
            {NAMED_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`country.${c}`)}
              </option>
            ))}
            <option value="other">{t("country.other")}</option>
          </select>
        )}
      </Field>
      {choice === "other" && (
        <Field label={t("form.countryCode")} hint={t("form.countryCode.hint")} error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={2}
              autoCapitalize="characters"
              value={code}
              onChange={(e) => onCode(e.target.value)}
            />
          )}
        </Field>
      )}
    </>
  );
}
