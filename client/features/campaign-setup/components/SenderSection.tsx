// Who letters come from: name, postal address, a contact person and e-mail. All empty: none.
import { useT } from "../../../lib/i18n";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function SenderSection(props: SectionProps) {
  const t = useT();
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.sender")}</legend>
      <SetupTextField {...props} name="senderName" label={t("setup.field.senderName")} />
      <SetupTextField {...props} name="senderAddress" label={t("setup.field.senderAddress")} multiline />
      <div className="form__row">
        <SetupTextField {...props} name="contactName" label={t("setup.field.contactName")} />
        <SetupTextField
          {...props}
          name="contactEmail"
          label={t("setup.field.contactEmail")}
          input={{ type: "email" }}
        />
      </div>
    </fieldset>
  );
}
