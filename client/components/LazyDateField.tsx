// The date field for screens in the first bundle (the dashboard's day, "Stand am"):
// DateField loads when such a screen first shows one, not with the app, so the first screen
// stays small. Until it is there, a read-only stand-in with the same label, layout and date.
import { lazy, Suspense } from "react";
import { formatDate } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import type { DateFieldProps } from "./DateField";
import { Field } from "./Field";
import { CalendarIcon } from "./Icons";

const DateField = lazy(() => import("./DateField").then((m) => ({ default: m.DateField })));

export function LazyDateField(props: DateFieldProps) {
  return (
    <Suspense fallback={<StandIn {...props} />}>
      <DateField {...props} />
    </Suspense>
  );
}

function StandIn({ label, value, hint, error, className }: DateFieldProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="date-field">
          <input {...control} type="text" readOnly value={formatDate(value, locale)} />
          <button
            type="button"
            className="button button--secondary date-field__toggle"
            aria-label={t("date.calendar.open", { label })}
            disabled
          >
            <CalendarIcon />
          </button>
        </div>
      )}
    </Field>
  );
}
