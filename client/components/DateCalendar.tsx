// The date field's calendar (react-day-picker with date-fns's German or British locale, week
// starting on Monday): loaded the first time a calendar opens, so no screen pays for it before.
// The keyboard: arrows move by day and week, Page Up/Down by month, Home/End to the week's
// ends, Enter picks, Escape closes and returns to the field's calendar button.
import type { KeyboardEvent } from "react";
import { DayPicker } from "react-day-picker";
import { de } from "react-day-picker/locale/de";
import { enGB } from "react-day-picker/locale/en-GB";
import "react-day-picker/style.css";
import "../css/dateField.css";
import { addYears } from "../../server/domain/dates";
import { dayOfLocalDate, localDateOf } from "../lib/dateInput";
import { todayInBerlin } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";

interface DateCalendarProps {
  id: string;
  /** The field's label, to name the calendar. */
  label: string;
  /** The day shown as chosen (ISO), if the field holds one. */
  day: string | undefined;
  min?: string;
  max?: string;
  onPick: (day: string) => void;
  onDismiss: () => void;
  /** The focus left an element of the calendar for `next` (null: for nothing focusable). */
  onFocusOut: (next: EventTarget | null) => void;
}

/** How far the month and year lists reach when the field sets no limit. */
const YEARS_BACK = 20;
const YEARS_AHEAD = 10;

export default function DateCalendar({ id, label, day, min, max, onPick, onDismiss, onFocusOut }: DateCalendarProps) {
  const t = useT();
  const { locale } = useLocale();
  const today = todayInBerlin();
  const selected = day ? localDateOf(day) : undefined;
  const first = min ?? addYears(today, -YEARS_BACK);
  const last = max ?? addYears(today, YEARS_AHEAD);
  const disabled = [...(min ? [{ before: localDateOf(min) }] : []), ...(max ? [{ after: localDateOf(max) }] : [])];
  // Escape closes the calendar only: in a dialog it must not close the dialog as well.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    onDismiss();
  };
  return (
    <div
      id={id}
      className="date-field__popover"
      role="dialog"
      aria-label={t("date.calendar.label", { label })}
      onKeyDown={onKeyDown}
      onBlur={(event) => onFocusOut(event.relatedTarget)}
    >
      <DayPicker
        mode="single"
        required
        selected={selected}
        onSelect={(date) => onPick(dayOfLocalDate(date))}
        defaultMonth={selected ?? localDateOf(today < first ? first : today > last ? last : today)}
        startMonth={localDateOf(first)}
        endMonth={localDateOf(last)}
        today={localDateOf(today)}
        disabled={disabled}
        locale={locale === "de" ? de : enGB}
        captionLayout="dropdown"
        navLayout="after"
        autoFocus
      />
    </div>
  );
}
