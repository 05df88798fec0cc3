// English strings of the date field: the same keys as de.dates.ts. Dates are typed and shown
// as DD/MM/YYYY (British order, as formatDate shows them in English).
import type { deDates } from "./de.dates";

export const enDates: Record<keyof typeof deDates, string> = {
  "date.placeholder": "DD/MM/YYYY",
  "date.calendar.open": "Open calendar ({label})",
  "date.calendar.label": "Calendar: {label}",
  "date.error.format": "Please enter the date as DD/MM/YYYY, e.g. 01/06/2016.",
  "date.error.impossible": "There is no {date}. Please check the day and the month.",
  "date.error.before": "The date may not be before {date}.",
  "date.error.after": "The date may not be after {date}.",
  "date.error.required": "Please enter a date.",
  "date.error.invalid": "Please enter a valid date (DD/MM/YYYY).",
};
