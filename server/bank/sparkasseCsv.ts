// The Sparkasse export "CSV-CAMT V2": `;`, every value quoted, Windows-1252, seventeen columns
// "Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";
// "Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";
// "Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";
// "BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info". Dates DD.MM.YY, amounts "-1.234,56" (negative
// = debit), Info "Umsatz gebucht" or "Umsatz vorgemerkt" (pending, skipped). The account is
// per row: one export may hold several accounts.
import { isCalendarDate } from "../domain/dates";
import { type BankCredit, ibanOrNull, joinLines, noneSkipped, type Skipped } from "./entry";
import { badBankFile } from "./errors";
import { csvRecords } from "./csvRows";
import { signedCents } from "./amount";

const COLUMNS = {
  account: ["Auftragskonto"],
  bookedOn: ["Buchungstag"],
  valueOn: ["Valutadatum"],
  text: ["Verwendungszweck"],
  name: ["Beguenstigter/Zahlungspflichtiger"],
  iban: ["Kontonummer/IBAN"],
  amount: ["Betrag"],
  currency: ["Waehrung"],
  info: ["Info"],
} as const;

export function readSparkasseCsv(file: string, bytes: Uint8Array): { credits: BankCredit[]; skipped: Skipped } {
  const credits: BankCredit[] = [];
  const skipped = noneSkipped();
  for (const row of csvRecords(file, bytes, COLUMNS, { extraColumns: "ignore" })) {
    const refuse = (column: string, message: string) => badBankFile(file, row.line, column, message);
    if (/vorgemerkt/i.test(row.cell("info"))) {
      skipped.pending += 1;
      continue;
    }
    const cents = signedCents(row.cell("amount"));
    if (!cents.ok) throw refuse("Betrag", cents.reason);
    if (cents.value <= 0) {
      skipped.debits += 1;
      continue;
    }
    const currency = row.cell("currency");
    if (currency !== "EUR") throw refuse("Waehrung", `only EUR can be read, found "${currency}"`);
    const bookedOn = germanDay(row.cell("bookedOn"));
    if (!bookedOn) throw refuse("Buchungstag", `expected a date DD.MM.YY, found "${row.cell("bookedOn")}"`);
    const valueText = row.cell("valueOn");
    const valueOn = valueText === "" ? null : germanDay(valueText);
    if (valueText !== "" && !valueOn) throw refuse("Valutadatum", `expected a date DD.MM.YY, found "${valueText}"`);
    const lines = row.cell("text").split(/\r?\n/);
    const account = row.cell("account") || null;
    credits.push({
      account,
      accountIban: ibanOrNull(account),
      bookedOn,
      valueOn,
      amountCents: cents.value,
      currency: "EUR",
      text: joinLines(lines),
      textLines: lines,
      counterpartyName: row.cell("name") || null,
      counterpartyIban: ibanOrNull(row.cell("iban")),
      bankRef: null,
      origin: { file, line: row.line },
    });
  }
  return { credits, skipped };
}

/** DD.MM.YY (20YY) or DD.MM.YYYY as YYYY-MM-DD. */
export function germanDay(text: string): string | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const day = `${m[3].length === 2 ? `20${m[3]}` : m[3]}-${m[2]}-${m[1]}`;
  return isCalendarDate(day) ? day : null;
}
