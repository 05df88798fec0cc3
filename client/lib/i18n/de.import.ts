// German strings of the import page; spread into `de` (de.ts), so they share its key type and
// en.import.ts must have the same keys. Problems are shown by their code, not by the server's
// English message: `import.problem.<code>`, with {value} the cell and {field} the column.
export const deImport = {
  "nav.import": "Import",

  "import.title": "Zusagen importieren",
  "import.intro":
    "Laden Sie eine Tabelle mit Zusagen hoch (CSV oder Excel). Prüfen Sie sie zuerst mit einem Probelauf: Erst beim Importieren wird gespeichert – alle Zeilen oder, wenn eine fehlerhaft ist, keine.",
  "import.readOnly": "Nur Organisation und Administration können Zusagen importieren.",

  "import.file": "Datei",
  "import.drop": "Datei hierher ziehen oder auswählen",
  "import.drop.hint": ".csv (UTF-8 oder Windows-1252, Trennzeichen ; oder ,) oder .xlsx, höchstens 24 MB",
  "import.choose": "Datei auswählen",
  "import.chosen": "{name} ({size})",
  "import.remove": "Andere Datei wählen",
  "import.wrongType":
    "Bitte wählen Sie eine .csv- oder .xlsx-Datei. Eine ältere .xls-Datei speichern Sie in Excel als .xlsx.",
  "import.tooLarge": "Die Datei ist zu groß (höchstens 24 MB). Bitte teilen Sie sie auf.",
  "import.unreadable": "Die Datei konnte nicht gelesen werden.",

  "import.preview": "Vorschau",
  "import.preview.caption": "Die ersten Zeilen der Datei",
  "import.preview.lines.one": "{count} Zeile nach der Kopfzeile",
  "import.preview.lines.other": "{count} Zeilen nach der Kopfzeile",
  "import.preview.separator": "Trennzeichen: {separator}",
  "import.preview.xlsx": "Excel-Arbeitsmappe: Die erste Tabelle wird gelesen. Eine Vorschau zeigt der Probelauf.",
  "import.preview.unknownColumn": "wird ignoriert",

  "import.dryRun": "Probelauf",
  "import.run": "Importieren",
  "import.running.dryRun": "Probelauf läuft …",
  "import.running.run": "Import läuft …",
  "import.uploading": "Datei wird übertragen: {percent} %",
  "import.processing": "Die Zeilen werden geprüft und gespeichert …",
  "import.processing.dryRun": "Die Zeilen werden geprüft …",
  "import.fixFirst": "Bitte beheben Sie zuerst die Fehler in der Datei und wählen Sie sie erneut.",

  "import.result.dryRun": "Ergebnis des Probelaufs – noch nichts gespeichert",
  "import.result.done": "Import abgeschlossen",
  "import.result.failed": "Nichts importiert: Die Datei enthält Fehler",
  "import.result.rows": "Zeilen",
  "import.result.created": "Neue Zusagen",
  "import.result.wouldCreate": "Würden angelegt",
  "import.result.duplicates": "Schon vorhanden",
  "import.result.sponsors": "Neue Sponsoren",
  "import.result.warnings": "Hinweise",
  "import.result.errors": "Fehler",
  "import.result.duplicatesNote":
    "Bereits importierte oder in der Datei wiederholte Zeilen werden nicht doppelt angelegt.",
  "import.result.toPledges": "Zu den Zusagen",

  "import.errors.title": "Fehler",
  "import.errors.caption": "Fehlerhafte Zeilen: Solange es welche gibt, wird nichts gespeichert.",
  "import.warnings.title": "Hinweise",
  "import.warnings.caption": "Hinweise: Sie halten den Import nicht auf, bitte prüfen Sie sie trotzdem.",
  "import.errors.more": "… und {count} weitere",
  "import.col.line": "Zeile",
  "import.col.field": "Feld",
  "import.col.message": "Meldung",
  "import.field.file": "Datei",
  "import.field.row": "ganze Zeile",

  "import.failed.FORBIDDEN": "Dafür fehlen Ihnen die Rechte.",
  "import.failed.NOT_FOUND": "Die Kampagne wurde nicht gefunden – oder Sie haben keinen Zugriff darauf.",
  "import.failed.BAD_REQUEST": "Die Datei wurde nicht angenommen. Bitte wählen Sie eine .csv- oder .xlsx-Datei.",
  "import.failed.PAYLOAD_TOO_LARGE": "Die Datei ist zu groß. Bitte teilen Sie sie auf.",
  "import.failed.other": "Der Import ist fehlgeschlagen. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.",

  "import.problem.empty_file": "Die Datei ist leer. Erwartet werden eine Kopfzeile und darunter eine Zusage je Zeile.",
  "import.problem.csv_syntax":
    "Die Datei ist keine gültige CSV-Datei, z. B. wegen eines Anführungszeichens, das nicht geschlossen wird.",
  "import.problem.unreadable_file":
    "Die Datei ist keine lesbare Excel-Arbeitsmappe. Speichern Sie sie in Excel als .xlsx oder als CSV.",
  "import.problem.file_over_limit":
    "Die Datei überschreitet eine Grenze des Imports ({value}). Bitte teilen Sie sie auf oder speichern Sie sie in Excel neu.",
  "import.problem.too_many_rows":
    "Zu viele Zeilen: Ein Import nimmt höchstens 100.000 Zeilen. Bitte teilen Sie die Datei auf.",
  "import.problem.missing_column": "Die Kopfzeile hat keine Spalte „{field}“.",
  "import.problem.duplicate_column": "Die Spalte „{field}“ kommt zweimal vor.",
  "import.problem.extra_cells":
    "Die Zeile hat mehr Werte als die Kopfzeile Spalten. Steht ein Trennzeichen ungeschützt in einem Wert, etwa 1,500 in einer Datei mit Kommas? Setzen Sie den Wert in Anführungszeichen.",
  "import.problem.required": "„{field}“ ist leer.",
  "import.problem.too_long": "Der Text in „{field}“ ist zu lang.",
  "import.problem.unknown_kind":
    "„{value}“ ist keine Art. Möglich: Unternehmen, Öffentliche Hand, Kommunales Unternehmen, Wissenschaft, Verband, Privatperson.",
  "import.problem.unknown_type": "„{value}“ ist kein Typ. Möglich: Geld, Sachleistung.",
  "import.problem.unknown_status": "„{value}“ ist kein Status. Möglich: Absicht, Zugesagt, Bezahlt, Zurückgezogen.",
  "import.problem.invalid_country": "„{value}“ ist kein Ländercode aus zwei Buchstaben, z. B. DE, BE oder NL.",
  "import.problem.amount_ambiguous_comma":
    "„{value}“ ist mehrdeutig: Ein Komma vor drei Ziffern kann Tausender- oder Dezimaltrennzeichen sein. Schreiben Sie 1.500 für eintausendfünfhundert Euro oder 1,50 für einen Euro fünfzig.",
  "import.problem.amount_too_many_decimals": "„{value}“ hat mehr als zwei Nachkommastellen.",
  "import.problem.amount_invalid": "„{value}“ ist kein Betrag. Beispiele: 15.000 oder 1.500,50.",
  "import.problem.amount_range": "„{value}“ liegt nicht zwischen 0,01 € und 1.000.000.000 €.",
  "import.problem.invalid_date": "„{value}“ ist kein Datum. Schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT.",
  "import.problem.future_date": "Das Datum {value} liegt in der Zukunft.",
  "import.problem.date_out_of_range":
    "„{value}“ liegt außerhalb des Zeitraums der Kampagne (vor ihrem Start oder mehr als 90 Tage nach der Frist).",
  "import.problem.note_required": "Eine Sachleistung braucht eine Beschreibung in der Spalte „Notiz“.",
  "import.problem.column_ignored": "Die Spalte „{value}“ gehört nicht zum Format und wird ignoriert.",
  "import.problem.kind_differs":
    "Der Sponsor ist schon mit einer anderen Art erfasst und bleibt so; die Zeile nennt „{value}“.",
  "import.problem.country_differs":
    "Der Sponsor ist schon mit einem anderen Land erfasst und bleibt so; die Zeile nennt {value}.",

  "import.format.title": "Format",
  "import.format.intro":
    "Eine Kopfzeile, dann eine Zusage je Zeile. Die Spalten dürfen in beliebiger Reihenfolge stehen; Überschriften auf Deutsch oder Englisch. Sponsoren werden über den Namen gefunden (Groß- und Kleinschreibung und Leerzeichen zählen nicht), sonst neu angelegt.",
  "import.format.column": "Spalte",
  "import.format.english": "Englisch",
  "import.format.values": "Inhalt",
  "import.format.name": "Name des Sponsors (Pflicht)",
  "import.format.kind":
    "Unternehmen, Öffentliche Hand, Kommunales Unternehmen, Wissenschaft, Verband oder Privatperson",
  "import.format.country": "Ländercode aus zwei Buchstaben: DE, BE, NL …",
  "import.format.amount": "Euro: 15.000 · 1.500,50 · 1500.50 – nicht 1,500 (mehrdeutig)",
  "import.format.type": "Geld oder Sachleistung",
  "import.format.status": "Absicht, Zugesagt, Bezahlt oder Zurückgezogen",
  "import.format.date": "Tag der Zusage: TT.MM.JJJJ oder JJJJ-MM-TT, nicht in der Zukunft",
  "import.format.note": "Optional; bei Sachleistungen Pflicht: die Beschreibung",
  "import.format.example": "Beispiel (CSV aus deutschem Excel)",
  "import.format.rules":
    "Dieselbe Zeile ein zweites Mal – in derselben oder einer späteren Datei – wird nicht doppelt angelegt. Zurückgezogene Zusagen werden als Absicht angelegt und am selben Tag zurückgezogen; bezahlte mit einer Zahlung über den ganzen Betrag.",
};
