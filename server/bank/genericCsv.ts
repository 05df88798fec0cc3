// A plain CSV for banks whose export this app does not know: the columns
// date;amount;text;name;iban or Datum;Betrag;Verwendungszweck;Name;IBAN, in any order and no
// others. Strict, since people write it by hand or by spreadsheet: dates YYYY-MM-DD or
// DD.MM.YYYY (a two-digit year is refused), amounts by the import's rule, an IBAN valid or
// empty. Negative amounts are debits and skipped; every line is a booked one.
import { isCalendarDate } from "../domain/dates";
import { signedCents } from "./amount";
import { csvRecords } from "./csvRows";
import { type BankCredit, ibanOrNull, joinLines, noneSkipped, type Skipped } from "./entry";
import { badBankFile } from "./errors";
import { germanDay } from "./sparkasseCsv";

export const GENERIC_COLUMNS = {
  date: ["date", "Datum"],
  amount: ["amount", "Betrag"],
  text: ["text", "Verwendungszweck"],
  name: ["name", "Name"],
  iban: ["iban", "IBAN"],
} as const;

export function readGenericCsv(file: string, bytes: Uint8Array): { credits: BankCredit[]; skipped: Skipped } {
  const credits: BankCredit[] = [];
  const skipped = noneSkipped();
  for (const row of csvRecords(file, bytes, GENERIC_COLUMNS, { extraColumns: "refuse" })) {
    const refuse = (column: string, message: string) => badBankFile(file, row.line, column, message);
    const cents = signedCents(row.cell("amount"));
    if (!cents.ok) throw refuse("amount", cents.reason);
    const dateText = row.cell("date");
    const bookedOn = isCalendarDate(dateText)
      ? dateText
      : /^\d{2}\.\d{2}\.\d{4}$/.test(dateText)
        ? germanDay(dateText)
        : null;
    if (!bookedOn) throw refuse("date", `expected a date such as 2024-03-01 or 01.03.2024, found "${dateText}"`);
    const ibanText = row.cell("iban");
    const counterpartyIban = ibanOrNull(ibanText);
    if (ibanText !== "" && !counterpartyIban) throw refuse("iban", `"${ibanText}" is no valid IBAN`);
    if (cents.value <= 0) {
      skipped.debits += 1;
      continue;
    }
    const lines = row.cell("text").split(/\r?\n/);
    credits.push({
      account: null,
      accountIban: null,
      bookedOn,
      valueOn: null,
      amountCents: cents.value,
      currency: "EUR",
      text: joinLines(lines),
      textLines: lines,
      counterpartyName: row.cell("name") || null,
      counterpartyIban,
      bankRef: null,
      origin: { file, line: row.line },
    });
  }
  return { credits, skipped };
}
