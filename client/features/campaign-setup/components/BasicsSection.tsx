// Name, region and the prefix of pledge numbers (the server refuses a new one once the
// campaign has pledges; the hint says so, and the refusal shows at the field).
import { useT } from "../../../lib/i18n";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function BasicsSection(props: SectionProps) {
  const t = useT();
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.basics")}</legend>
      <SetupTextField {...props} name="name" label={t("setup.field.name")} />
      <div className="form__row">
        <SetupTextField {...props} name="region" label={t("setup.field.region")} />
        <SetupTextField
          {...props}
          name="referencePrefix"
          label={t("setup.field.referencePrefix")}
          hint={t("setup.field.referencePrefix.hint")}
          input={{ maxLength: 6, spellCheck: false }}
        />
      </div>
    </fieldset>
  );
}
