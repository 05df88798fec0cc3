// The campaign's bank account for letters: holder, IBAN (shown in groups of four once
// typed; the server checks it), BIC. All empty: no bank account.
import { useT } from "../../../lib/i18n";
import { groupIban } from "../iban";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function BankSection(props: SectionProps) {
  const t = useT();
  const { set, values } = props;
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.bank")}</legend>
      <SetupTextField {...props} name="holder" label={t("setup.field.holder")} />
      <div className="form__row">
        <SetupTextField
          {...props}
          name="iban"
          label={t("setup.field.iban")}
          input={{ spellCheck: false, onBlur: () => set("iban", groupIban(values.iban)) }}
        />
        <SetupTextField
          {...props}
          name="bic"
          label={t("setup.field.bic")}
          hint={t("setup.field.bic.hint")}
          input={{ spellCheck: false }}
        />
      </div>
    </fieldset>
  );
}
