// A date field that shows and reads dates the way the UI language writes them — TT.MM.JJJJ in
// German, DD/MM/YYYY in English — whatever the browser's language (a native date input follows
// the browser's). "1.6.2016" is read as 01.06.2016; a day that does not exist (31.02.2026) or
// lies outside min…max gets a message when the field is left. Beside it a button opens a
// calendar (react-day-picker, loaded on first use). The value in and out is the ISO day
// 'YYYY-MM-DD': "" when empty, and while the text is no date, the text itself, which a form's
// check (dateValueProblem, isCalendarDate) refuses.
// Screens in the first bundle (the dashboard) use LazyDateField, which loads this module when
// needed; lazily loaded screens and dialogs import it directly.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { dateInputProblem, dateValueOf, formatDateInput, readDateInput } from "../lib/dateInput";
import { useLocale, useT } from "../lib/i18n";
import { Field } from "./Field";
import { CalendarIcon } from "./Icons";

export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** The form's message for this field; a typing problem of the field's own comes first. */
  error?: string;
  /** The first and last day allowed (ISO): the calendar offers no other, a typed one is flagged. */
  min?: string;
  max?: string;
  disabled?: boolean;
  className?: string;
  /** Where the focus starts in a dialog (see Dialog's data-autofocus). */
  autoFocus?: boolean;
  testId?: string;
}

const loadCalendar = () => import("./DateCalendar");
const DateCalendar = lazy(loadCalendar);

export function DateField({
  label,
  value,
  onChange,
  hint,
  error,
  min,
  max,
  disabled,
  className,
  autoFocus,
  testId,
}: DateFieldProps) {
  const t = useT();
  const { locale } = useLocale();
  const calendarId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState(() => formatDateInput(value, locale));
  // Left since the last keystroke: only then does a half-typed date get its message.
  const [left, setLeft] = useState(false);
  const [open, setOpen] = useState(false);

  // A value from outside (a reset, the calendar, a reload) or another language replaces the
  // text; the value this field itself just sent for the text does not, so typing is not disturbed.
  const [synced, setSynced] = useState({ value, locale });
  if (synced.value !== value || synced.locale !== locale) {
    setSynced({ value, locale });
    if (dateValueOf(text) !== value || synced.locale !== locale) setText(formatDateInput(value, locale));
  }

  // A click elsewhere closes the calendar.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const type = (next: string) => {
    setText(next);
    setLeft(false);
    onChange(dateValueOf(next));
  };
  const leave = () => {
    setLeft(true);
    const reading = readDateInput(text);
    if (reading.kind === "day") setText(formatDateInput(reading.day, locale));
    // Emptied where the form keeps a day anyway (the dashboard's day: empty is today): show it.
    else if (reading.kind === "empty" && value) setText(formatDateInput(value, locale));
  };
  const pick = (day: string) => {
    setOpen(false);
    setText(formatDateInput(day, locale));
    setLeft(true);
    onChange(day);
    inputRef.current?.focus();
  };
  // Tabbing on from the calendar closes it too (a click on its caption moves the focus nowhere).
  const closeWhenFocusLeaves = (next: EventTarget | null) => {
    if (open && next instanceof Node && !wrapRef.current?.contains(next)) setOpen(false);
  };
  const dismiss = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const problem = dateInputProblem(text, t, locale, { min, max });
  const shownError = (left || error) && problem ? problem : error;
  const reading = readDateInput(text);
  return (
    <Field label={label} hint={hint} error={shownError} className={className}>
      {(control) => (
        <div className="date-field" ref={wrapRef}>
          <input
            {...control}
            ref={inputRef}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder={t("date.placeholder")}
            value={text}
            disabled={disabled}
            data-testid={testId}
            data-autofocus={autoFocus || undefined}
            onChange={(e) => type(e.target.value)}
            onBlur={leave}
          />
          <button
            ref={toggleRef}
            type="button"
            className="button button--secondary date-field__toggle"
            aria-label={t("date.calendar.open", { label })}
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls={open ? calendarId : undefined}
            disabled={disabled}
            onPointerEnter={() => void loadCalendar()}
            onFocus={() => void loadCalendar()}
            onClick={() => setOpen((was) => !was)}
          >
            <CalendarIcon />
          </button>
          {open && (
            <Suspense fallback={<div className="date-field__popover">{t("common.loading")}</div>}>
              <DateCalendar
                id={calendarId}
                label={label}
                day={reading.kind === "day" ? reading.day : undefined}
                min={min}
                max={max}
                onPick={pick}
                onDismiss={dismiss}
                onFocusOut={closeWhenFocusLeaves}
              />
            </Suspense>
          )}
        </div>
      )}
    </Field>
  );
}
