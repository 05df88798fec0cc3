// The funding's terms: target and match (amounts typed the German way, as in the pledge
// form), match period, the collecting window and the deadline, and the eligibility rules.
import { DateField } from "../../../components/DateField";
import { readAmount } from "../../../lib/amount";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { SetupField } from "../setupForm";
import { type SectionProps, SetupTextField } from "./SetupTextField";

export function TermsSection(props: SectionProps) {
  const t = useT();
  const { values, errors, set } = props;
  const date = (name: SetupField, label: string, hint?: string) => (
    <DateField
      label={label}
      hint={hint}
      value={values[name]}
      error={errors[name]}
      onChange={(day) => set(name, day)}
      testId={`setup-${name}`}
    />
  );
  return (
    <fieldset className="form__section">
      <legend>{t("setup.section.terms")}</legend>
      <div className="form__row">
        <AmountField {...props} name="target" label={t("setup.field.target")} />
        <AmountField {...props} name="matchCap" label={t("setup.field.matchCap")} />
      </div>
      <div className="form__row">
        <SetupTextField
          {...props}
          name="matchRatio"
          label={t("setup.field.matchRatio")}
          hint={t("setup.field.matchRatio.hint")}
          input={{ inputMode: "decimal" }}
        />
        <SetupTextField
          {...props}
          name="matchYears"
          label={t("setup.field.matchYears")}
          input={{ inputMode: "numeric" }}
        />
        {date("matchStart", t("setup.field.matchStart"), t("setup.field.matchStart.hint"))}
      </div>
      <div className="form__row">
        {date("windowStart", t("setup.field.windowStart"))}
        {date("deadline", t("setup.field.deadline"))}
      </div>
    </fieldset>
  );
}

/** An amount in euro, with what it reads as ("= 1.500,00 €") under it. */
function AmountField({ name, label, ...props }: SectionProps & { name: SetupField; label: string }) {
  const t = useT();
  const { locale } = useLocale();
  const reading = props.values[name].trim() ? readAmount(props.values[name], t) : null;
  const hint = reading?.ok
    ? t("form.amount.preview", { amount: formatEuro(reading.cents, locale) })
    : t("form.amount.hint");
  return <SetupTextField {...props} name={name} label={label} hint={hint} input={{ inputMode: "decimal" }} />;
}
