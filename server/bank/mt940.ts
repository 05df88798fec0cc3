// MT940 (SWIFT customer statement, the `.sta` files of German online banking) as credits.
// A file holds statements (:20: … :62F:), each with its account (:25:), its currency (:60F:)
// and statement lines: :61: (value date YYMMDD, entry date MMDD, C/D/RC/RD, funds code,
// amount with a decimal comma, type, customer ref // bank ref) each followed by its :86:.
// Text is UTF-8 or, as most banks send it, ISO-8859-1/Windows-1252; CRLF, LF and CR alike.
import { isCalendarDate } from "../domain/dates";
import { decodeCsvBytes } from "../import/csv";
import { type BankCredit, ibanOrNull, joinLines, noneSkipped, type Skipped } from "./entry";
import { badBankFile } from "./errors";
import { readDetails } from "./mt940Details";

interface Field {
  tag: string;
  line: number;
  lines: string[];
}

const TAG = /^:(\d\d[A-Z]?):(.*)$/;
// value date, entry date, mark, funds code (the currency's third letter), amount, the rest
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d{1,15},\d{0,2})\s?(.*)$/;
const REST_61 = /^([NFS][A-Z0-9]{3})?([^/]*)(?:\/\/(.*))?$/;

export function readMt940(file: string, bytes: Uint8Array): { credits: BankCredit[]; skipped: Skipped } {
  const fields = fieldsOf(file, decodeCsvBytes(bytes));
  if (!fields.some((f) => f.tag === "20")) throw badBankFile(file, 1, null, "no MT940 statement (no :20: field)");
  const credits: BankCredit[] = [];
  const skipped = noneSkipped();
  let account: string | null = null;
  let currency: string | null = null;
  fields.forEach((field, i) => {
    const value = field.lines.join("\n");
    if (field.tag === "20") [account, currency] = [null, null];
    else if (field.tag === "25") account = value.trim() || null;
    else if (field.tag === "60F" || field.tag === "60M") currency = /^[CD]\d{6}([A-Z]{3})/.exec(value)?.[1] ?? null;
    else if (field.tag === "61") {
      const next = fields[i + 1];
      const details = next?.tag === "86" ? next.lines.join("") : "";
      const credit = statementLine(file, field, details, { account, currency }, skipped);
      if (credit) credits.push(credit);
    }
  });
  return { credits, skipped };
}

/** The file's fields with the line each starts on; SWIFT block headers and `-` ends dropped. */
function fieldsOf(file: string, text: string): Field[] {
  const fields: Field[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .forEach((raw, i) => {
      // SWIFT blocks {1:…}{2:…}{4: open a message; the fields follow, on the line or the next.
      const block = raw.startsWith("{") ? raw.indexOf("{4:") : -2;
      if (block === -1) return;
      const line = block >= 0 ? raw.slice(block + 3) : raw;
      const tag = TAG.exec(line);
      if (tag) fields.push({ tag: tag[1], line: i + 1, lines: [tag[2]] });
      else if (line === "-" || line.startsWith("-}") || line.trim() === "") return;
      else if (fields.length > 0) fields[fields.length - 1].lines.push(line);
      else throw badBankFile(file, i + 1, null, "expected an MT940 field such as :20:, found text before it");
    });
  return fields;
}

function statementLine(
  file: string,
  field: Field,
  details: string,
  statement: { account: string | null; currency: string | null },
  skipped: Skipped,
): BankCredit | null {
  const refuse = (message: string) => badBankFile(file, field.line, ":61:", message);
  const m = LINE_61.exec(field.lines[0]);
  if (!m) throw refuse(`expected value date, C or D and an amount such as 200219C65,00; found "${field.lines[0]}"`);
  const [, valueDate, entryDate, mark, , amountText, rest] = m;
  const valueOn = dateOf(valueDate);
  if (!valueOn) throw refuse(`the value date ${valueDate} is no date (YYMMDD)`);
  const bookedOn = entryDate ? entryDay(valueOn, entryDate) : valueOn;
  if (!bookedOn) throw refuse(`the entry date ${entryDate} is no date (MMDD)`);
  const [whole, decimals] = amountText.split(",");
  const amountCents = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
  if (mark === "RC" || mark === "RD") return tally(skipped, "reversals");
  if (mark === "D" || amountCents === 0) return tally(skipped, "debits");
  if (statement.currency !== null && statement.currency !== "EUR")
    throw refuse(`only EUR statements can be read, this one is in ${statement.currency}`);
  const bankRef = REST_61.exec(rest)?.[3]?.trim();
  const info = readDetails(details);
  return {
    account: statement.account,
    accountIban: ibanOrNull(statement.account),
    bookedOn,
    valueOn,
    amountCents,
    currency: "EUR",
    text: joinLines(info.lines),
    textLines: info.lines,
    counterpartyName: info.name,
    counterpartyIban: ibanOrNull(info.account),
    bankRef: bankRef && bankRef !== "NONREF" ? bankRef : null,
    origin: { file, line: field.line },
  };
}

function tally(skipped: Skipped, what: keyof Skipped): null {
  skipped[what] += 1;
  return null;
}

/** YYMMDD as a day of 2000–2099 (MT940 has no century; no bank file predates 2000 here). */
function dateOf(yymmdd: string): string | null {
  const day = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  return isCalendarDate(day) ? day : null;
}

/** The entry date MMDD in the year that puts it nearest the value date (Dec 31 vs Jan 2). */
function entryDay(valueOn: string, mmdd: string): string | null {
  const year = Number(valueOn.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .map((y) => `${y}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`)
    .filter(isCalendarDate);
  const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(valueOn));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}
