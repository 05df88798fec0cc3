// German strings of the date field (client/components/DateField.tsx): dates are typed and
// shown as TT.MM.JJJJ whatever the browser's language; spread into `de` (de.ts), so
// en.dates.ts must have the same keys.
export const deDates = {
  "date.placeholder": "TT.MM.JJJJ",
  "date.calendar.open": "Kalender öffnen ({label})",
  "date.calendar.label": "Kalender: {label}",
  "date.error.format": "Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 01.06.2016.",
  "date.error.impossible": "Den {date} gibt es nicht. Bitte prüfen Sie Tag und Monat.",
  "date.error.before": "Das Datum darf nicht vor dem {date} liegen.",
  "date.error.after": "Das Datum darf nicht nach dem {date} liegen.",
  "date.error.required": "Bitte geben Sie ein Datum an.",
  "date.error.invalid": "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).",
};
