// One camt Ntry as credits: a booked credit gives one credit per transaction (a batch entry
// with several TxDtls gives several, each with its own amount), the rest is counted. Amounts
// are decimal text with a dot ("8.85", ISO allows up to five decimals); cents must be whole.
import { isCalendarDate } from "../domain/dates";
import { type BankCredit, ibanOrNull, joinLines, type Skipped } from "./entry";
import { badBankFile } from "./errors";

export interface CamtAmount {
  text: string;
  currency: string | null;
}

export interface CamtTx {
  line: number;
  amount: CamtAmount | null;
  txAmount: CamtAmount | null;
  cd: string | null;
  ref: string | null;
  name: string | null;
  iban: string | null;
  lines: string[];
}

export interface CamtEntry {
  line: number;
  amount: string | null;
  currency: string | null;
  cd: string | null;
  status: string | null;
  reversal: boolean;
  bookedOn: string | null;
  valueOn: string | null;
  ref: string | null;
  txs: CamtTx[];
}

const AMOUNT = /^(\d{1,15})(?:\.(\d{1,5}))?$/;

export function creditsOfEntry(
  file: string,
  entry: CamtEntry,
  own: { account: string | null; accountIban: string | null },
  skipped: Skipped,
): BankCredit[] {
  const refuse = (element: string, message: string, line = entry.line) =>
    badBankFile(file, line, `Ntry/${element}`, message);
  const cents = (text: string | null, element: string, line = entry.line) => {
    const m = text === null ? null : AMOUNT.exec(text);
    if (!m || /[1-9]/.test((m[2] ?? "").slice(2)))
      throw refuse(element, `expected an amount in cents such as 12.50, found "${text ?? ""}"`, line);
    return Number(m[1]) * 100 + Number((m[2] ?? "").slice(0, 2).padEnd(2, "0"));
  };

  const total = cents(entry.amount, "Amt");
  if (entry.cd !== "CRDT" && entry.cd !== "DBIT")
    throw refuse("CdtDbtInd", `expected CRDT or DBIT, found "${entry.cd ?? ""}"`);
  if (!entry.status) throw refuse("Sts", "the entry has no status (BOOK, PDNG or INFO)");
  if (entry.status !== "BOOK") return count(skipped, "pending");
  if (entry.reversal) return count(skipped, "reversals");
  if (entry.cd === "DBIT" || total === 0) return count(skipped, "debits");
  if (entry.currency !== "EUR")
    throw refuse("Amt", `only EUR statements can be read, this credit is in ${entry.currency ?? "no currency"}`);
  const bookedOn = dayOf(entry.bookedOn);
  if (!bookedOn) throw refuse("BookgDt", `expected a booking date, found "${entry.bookedOn ?? ""}"`);
  const valueOn = entry.valueOn === null ? null : dayOf(entry.valueOn);
  if (entry.valueOn !== null && !valueOn) throw refuse("ValDt", `expected a date, found "${entry.valueOn}"`);

  const base = { ...own, bookedOn, valueOn, currency: "EUR" as const };
  const credit = (tx: CamtTx | undefined, amountCents: number): BankCredit => ({
    ...base,
    amountCents,
    text: joinLines(tx?.lines ?? []),
    textLines: tx?.lines ?? [],
    counterpartyName: tx?.name || null,
    counterpartyIban: ibanOrNull(tx?.iban),
    bankRef: tx?.ref || entry.ref || null,
    origin: { file, line: tx?.line ?? entry.line },
  });
  // A single transaction is the entry: its booked amount counts (the TxDtls amount may be
  // in the instructed currency, or missing).
  if (entry.txs.length <= 1) return [credit(entry.txs[0], total)];

  const parts = entry.txs.map((tx) => {
    const amount = tx.amount ?? tx.txAmount;
    const element = tx.amount ? "NtryDtls/TxDtls/Amt" : "NtryDtls/TxDtls/AmtDtls/TxAmt/Amt";
    const value = cents(amount?.text ?? null, element, tx.line);
    if (amount?.currency !== "EUR")
      throw refuse(element, `only EUR can be read, found ${amount?.currency ?? "no currency"}`, tx.line);
    return { tx, value, credit: (tx.cd ?? entry.cd) === "CRDT" };
  });
  const sum = parts.reduce((s, p) => s + (p.credit ? p.value : -p.value), 0);
  if (sum !== total)
    throw refuse("NtryDtls", `the transactions add up to ${euros(sum)}, the entry books ${euros(total)}`);
  const credits: BankCredit[] = [];
  for (const p of parts) {
    if (!p.credit || p.value === 0) skipped.debits += 1;
    else credits.push(credit(p.tx, p.value));
  }
  return credits;
}

function count(skipped: Skipped, what: keyof Skipped): BankCredit[] {
  skipped[what] += 1;
  return [];
}

/** `2024-03-01` or the day of `2024-03-01T13:15:00+01:00` as the bank wrote it. */
function dayOf(text: string | null): string | null {
  const day = text?.slice(0, 10) ?? "";
  const rest = text?.slice(10) ?? "";
  return isCalendarDate(day) && (rest === "" || rest.startsWith("T")) ? day : null;
}

const euros = (cents: number) => `${(cents / 100).toFixed(2)} EUR`;
