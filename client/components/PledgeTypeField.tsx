// The pledge type (cash or in kind) as a labelled select, for the new-pledge and edit forms.
import { PLEDGE_TYPES, type PledgeType } from "../lib/codes";
import { useT } from "../lib/i18n";
import { Field } from "./Field";

export function PledgeTypeField({
  value,
  error,
  onChange,
}: {
  value: PledgeType;
  error?: string;
  onChange: (type: PledgeType) => void;
}) {
  const t = useT();
  return (
    <Field label={t("form.type")} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as PledgeType)}>
          {PLEDGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`pledgeType.${type}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
