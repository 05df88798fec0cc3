// The reminder days: three optional whole numbers, empty = that reminder is off.
import { useT } from "../../../lib/i18n";
import { REMINDER_FIELDS } from "../setupForm";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function RemindersSection(props: SectionProps) {
  const t = useT();
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.reminders")}</legend>
      <p className="field__hint">{t("setup.reminders.hint")}</p>
      <div className="form__row">
        {REMINDER_FIELDS.map((name) => (
          <SetupTextField
            {...props}
            key={name}
            name={name}
            label={t(`setup.field.${name}`)}
            input={{ inputMode: "numeric" }}
          />
        ))}
      </div>
    </fieldset>
  );
}
