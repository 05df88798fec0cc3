// The eligibility rules, as the rules dialog has them: in-kind share, minimum sponsors and
// the public-money cap (empty = off).
import { useT } from "../../../lib/i18n";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function RulesSection(props: SectionProps) {
  const t = useT();
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.rules")}</legend>
      <div className="form__row">
        <SetupTextField
          {...props}
          name="inKind"
          label={t("rulesEdit.inKind")}
          hint={t("rulesEdit.inKind.hint")}
          input={{ inputMode: "numeric" }}
        />
        <SetupTextField
          {...props}
          name="minSponsors"
          label={t("rulesEdit.minSponsors")}
          hint={t("rulesEdit.minSponsors.hint")}
          input={{ inputMode: "numeric" }}
        />
        <SetupTextField
          {...props}
          name="maxPublic"
          label={t("rulesEdit.maxPublic")}
          hint={t("rulesEdit.maxPublic.hint")}
          input={{ inputMode: "decimal" }}
        />
      </div>
    </fieldset>
  );
}
