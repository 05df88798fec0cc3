// Every sentence of the letters, German first. Functions where a sentence has figures in it.
import type { LetterLocale } from "./format";

export interface Wording {
  date: string;
  confirmationSubject: (reference: string) => string;
  thanksSubject: (reference: string) => string;
  greeting: (contactName: string | null) => string;
  confirms: (sponsor: string, amount: string, campaign: string, payee: string) => string;
  cash: string;
  inKind: (description: string | null) => string;
  conditional: string;
  unconditional: string;
  scheduleIntro: string;
  columns: { number: string; dueOn: string; amount: string };
  payInto: string;
  holder: string;
  iban: string;
  bic: string;
  purpose: string;
  noAccount: string;
  giroCode: (installment: number, amount: string) => string;
  placeDate: string;
  signature: (sponsor: string) => string;
  thanks: (amount: string, campaign: string) => string;
  fullyPaid: string;
  partlyPaid: (received: string, open: string) => string;
  regards: string;
}

const de: Wording = {
  date: "Datum",
  confirmationSubject: (r) => `Bestätigung Ihrer Zusage ${r}`,
  thanksSubject: (r) => `Vielen Dank für Ihre Zusage ${r}`,
  greeting: (n) => (n ? `Guten Tag ${n},` : "Sehr geehrte Damen und Herren,"),
  confirms: (s, a, c, p) =>
    `hiermit sagt ${s} der Kampagne „${c}“ verbindlich einen Beitrag von ${a} zu. Empfänger ist ${p}.`,
  cash: "Der Beitrag wird als Geldleistung erbracht.",
  inKind: (d) => `Der Beitrag wird als Sachleistung erbracht${d ? `: ${d}` : "."}`,
  conditional: "Die Zusage gilt unter der Bedingung, dass der Förderantrag bewilligt wird.",
  unconditional: "Die Zusage gilt ohne Bedingung.",
  scheduleIntro: "Der Beitrag wird in folgenden Raten gezahlt:",
  columns: { number: "Rate", dueOn: "Fällig am", amount: "Betrag" },
  payInto: "Bitte überweisen Sie die Raten zum Fälligkeitstag auf dieses Konto:",
  holder: "Kontoinhaber",
  iban: "IBAN",
  bic: "BIC",
  purpose: "Verwendungszweck",
  noAccount: "Die Bankverbindung für Ihre Zahlung teilen wir Ihnen gesondert mit.",
  giroCode: (n, a) => `GiroCode für Rate ${n} (${a}): mit der Banking-App scannen`,
  placeDate: "Ort, Datum",
  signature: (s) => `Unterschrift für ${s}`,
  thanks: (a, c) => `herzlichen Dank für Ihre verbindliche Zusage über ${a} für die Kampagne „${c}“.`,
  fullyPaid: "Ihr Beitrag ist vollständig bei uns eingegangen.",
  partlyPaid: (r, o) => `Bei uns eingegangen sind bisher ${r}; offen sind noch ${o}.`,
  regards: "Mit freundlichen Grüßen",
};

const en: Wording = {
  date: "Date",
  confirmationSubject: (r) => `Confirmation of your pledge ${r}`,
  thanksSubject: (r) => `Thank you for your pledge ${r}`,
  greeting: (n) => (n ? `Dear ${n},` : "Dear Sir or Madam,"),
  confirms: (s, a, c, p) => `${s} hereby makes a binding pledge of ${a} to the campaign “${c}”. The payee is ${p}.`,
  cash: "The contribution is made in cash.",
  inKind: (d) => `The contribution is made in kind${d ? `: ${d}` : "."}`,
  conditional: "The pledge is conditional on the approval of the funding application.",
  unconditional: "The pledge is unconditional.",
  scheduleIntro: "The contribution is paid in these installments:",
  columns: { number: "Installment", dueOn: "Due on", amount: "Amount" },
  payInto: "Please transfer each installment by its due date to this account:",
  holder: "Account holder",
  iban: "IBAN",
  bic: "BIC",
  purpose: "Reference",
  noAccount: "We will send you the bank details for your payment separately.",
  giroCode: (n, a) => `GiroCode for installment ${n} (${a}): scan it with your banking app`,
  placeDate: "Place, date",
  signature: (s) => `Signature for ${s}`,
  thanks: (a, c) => `thank you very much for your binding pledge of ${a} to the campaign “${c}”.`,
  fullyPaid: "We have received your contribution in full.",
  partlyPaid: (r, o) => `So far we have received ${r}; ${o} is still open.`,
  regards: "Kind regards",
};

export const WORDING: Record<LetterLocale, Wording> = { de, en };
