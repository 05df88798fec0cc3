// One text field of the setup form, by its name in the form's values: label, hint, error.
import type { InputHTMLAttributes } from "react";
import { Field } from "../../../components/Field";
import type { SetupErrors, SetupField, SetupValues } from "../setupForm";

export interface SectionProps {
  values: SetupValues;
  errors: SetupErrors;
  set: (field: SetupField, value: string) => void;
}

interface SetupTextFieldProps extends SectionProps {
  name: SetupField;
  label: string;
  hint?: string;
  multiline?: boolean;
  input?: InputHTMLAttributes<HTMLInputElement>;
}

export function SetupTextField({ name, label, hint, multiline, input, values, errors, set }: SetupTextFieldProps) {
  return (
    <Field label={label} hint={hint} error={errors[name]}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={3}
            name={name}
            value={values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        ) : (
          <input
            autoComplete="off"
            {...input}
            {...control}
            name={name}
            value={values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        )
      }
    </Field>
  );
}
