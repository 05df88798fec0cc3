// The donation receipts' text, word for word from the binding templates (amtliche Muster):
// BMF-Schreiben "Muster für Zuwendungsbestätigungen (§ 10b EStG)" of 7 November 2013,
// IV C 4 - S 2223/07/0018 :005, DOK 2013/0239390, BStBl I 2013 S. 1333 — the template
// "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag … an eine der in § 5 Abs. 1 Nr. 9 des
// Körperschaftsteuergesetzes bezeichneten Körperschaften …" and its Sammelbestätigung with
// the Anlage. The letter's rules (read 6 Dec 2026 in its transcription
// https://doczz.net/doc/6152086/muster-f%C3%BCr-zuwendungsbest%C3%A4tigungen--%C2%A7-10b-estg-):
// wording and order are kept (Nr. 2), only the passages that apply are printed (Nr. 1: one
// exemption variant, not both), one A4 page (Nr. 2), the amount in figures and words (Nr. 4),
// a running alphanumeric number is allowed (Nr. 3). The template passages themselves could not
// be opened at the BMF; they were taken from transcriptions in receipts built on the template
// and kept where these agree (e.g. the note cites "§ 10b Absatz 4 EStG, § 9 Absatz 3 KStG,
// § 9 Nummer 5 GewStG" but "§ 60a Abs. 1 AO" and "§ 63 Abs. 5 AO"). Before going live, compare
// with the BMF's current forms (formulare-bfinv.de, "Zuwendungsbestätigungen"): a later letter
// that changes a passage must change it here, and the tests quote these sentences.
// German only: the template has no other language.

export const ISSUER_LABEL = "Aussteller (Bezeichnung und Anschrift der steuerbegünstigten Einrichtung)";
export const TITLE = "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag";
export const COLLECTIVE_TITLE = "Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge";
export const SUBTITLE =
  "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes bezeichneten Körperschaften, Personenvereinigungen oder Vermögensmassen";
export const DONOR_LABEL = "Name und Anschrift des Zuwendenden:";
export const AMOUNT_LABEL = "Betrag der Zuwendung - in Ziffern -";
export const TOTAL_LABEL = "Gesamtbetrag der Zuwendung - in Ziffern -";
export const WORDS_LABEL = "- in Buchstaben -";
export const DAY_LABEL = "Tag der Zuwendung:";
export const PERIOD_LABEL = "Zeitraum der Sammelbestätigung:";
export const WAIVER_QUESTION = "Es handelt sich um den Verzicht auf Erstattung von Aufwendungen";
export const YES = "Ja";
export const NO = "Nein";

/** The Freistellungsbescheid (or the annex to the corporate tax notice) variant. */
export function exemptByNotice(purpose: string, taxOffice: string, taxNumber: string, date: string, period: string) {
  return `Wir sind wegen Förderung ${purpose} nach dem Freistellungsbescheid bzw. nach der Anlage zum Körperschaftsteuerbescheid des Finanzamtes ${taxOffice}, StNr. ${taxNumber}, vom ${date} für den letzten Veranlagungszeitraum ${period} nach § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes von der Körperschaftsteuer und nach § 3 Nr. 6 des Gewerbesteuergesetzes von der Gewerbesteuer befreit.`;
}

/** The § 60a AO variant: the statutes were found to meet the requirements. */
export function statutesConfirmed(taxOffice: string, taxNumber: string, date: string, purposeAsObject: string) {
  return `Die Einhaltung der satzungsmäßigen Voraussetzungen nach den §§ 51, 59, 60 und 61 AO wurde vom Finanzamt ${taxOffice}, StNr. ${taxNumber}, mit Bescheid vom ${date} nach § 60a AO gesondert festgestellt. Wir fördern nach unserer Satzung ${purposeAsObject}.`;
}

export function usedFor(purpose: string) {
  return `Es wird bestätigt, dass die Zuwendung nur zur Förderung ${purpose} verwendet wird.`;
}

export const MEMBERSHIP_HEADING =
  "Nur für steuerbegünstigte Einrichtungen, bei denen die Mitgliedsbeiträge steuerlich nicht abziehbar sind:";
export const NOT_A_MEMBERSHIP_FEE =
  "Es wird bestätigt, dass es sich nicht um einen Mitgliedsbeitrag handelt, dessen Abzug nach § 10b Abs. 1 des Einkommensteuergesetzes ausgeschlossen ist.";
export const NO_OTHER_RECEIPTS =
  "Es wird bestätigt, dass über die in der Gesamtsumme enthaltenen Zuwendungen keine weiteren Bestätigungen, weder formelle Zuwendungsbestätigungen noch Beitragsquittungen oder ähnliches ausgestellt wurden und werden.";
export const WAIVER_IN_ANNEX =
  "Ob es sich um den Verzicht auf Erstattung von Aufwendungen handelt, ist der Anlage zur Sammelbestätigung zu entnehmen.";
export const SIGNATURE_LABEL = "(Ort, Datum und Unterschrift des Zuwendungsempfängers)";
export const NOTE_HEADING = "Hinweis:";
export const LIABILITY =
  "Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung erstellt oder veranlasst, dass Zuwendungen nicht zu den in der Zuwendungsbestätigung angegebenen steuerbegünstigten Zwecken verwendet werden, haftet für die entgangene Steuer (§ 10b Absatz 4 EStG, § 9 Absatz 3 KStG, § 9 Nummer 5 GewStG).";
export const VALIDITY =
  "Diese Bestätigung wird nicht als Nachweis für die steuerliche Berücksichtigung der Zuwendung anerkannt, wenn das Datum des Freistellungsbescheides länger als 5 Jahre bzw. das Datum der Feststellung der Einhaltung der satzungsmäßigen Voraussetzungen nach § 60a Abs. 1 AO länger als 3 Jahre seit Ausstellung des Bescheides zurückliegt (§ 63 Abs. 5 AO).";

// The Anlage (BMF letter: marked "Anlage zur Sammelbestätigung vom …", every gift with its
// date, kind and amount, the waiver yes/no, and a total equal to the receipt's).
export const annexTitle = (issuedOn: string) => `Anlage zur Sammelbestätigung vom ${issuedOn}`;
export const ANNEX_COLUMNS = {
  day: "Datum der Zuwendung",
  kind: "Art der Zuwendung (Geldspende/Mitgliedsbeitrag)",
  waiver: "Verzicht auf die Erstattung von Aufwendungen (ja/nein)",
  amount: "Betrag",
};
export const GIFT_KIND = "Geldspende";
export const ANNEX_YES = "ja";
export const ANNEX_NO = "nein";
export const ANNEX_TOTAL = "Gesamtsumme";

// Our own lines, outside the template's text (a running number is allowed, Nr. 3 of the letter).
export const numberLine = (number: string) => `Nr. ${number}`;
export const replacesLine = (number: string) =>
  `Diese Bestätigung ersetzt die Bestätigung Nr. ${number}; jene ist damit ungültig.`;
