// What every bank file reader gives: the credits booked on the account, one per transaction,
// in file order. Debits, pending lines and reversals are counted, not returned. Currency is
// EUR only: campaigns count euro cents, so a credit in another currency refuses the file
// rather than being converted or silently dropped.
import { createHash } from "node:crypto";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";

export type BankFormat = "camt053" | "camt053-zip" | "sparkasse-csv" | "generic-csv" | "mt940";

/** A credit as a reader finds it, before the file-wide dedupe key is known. */
export interface BankCredit {
  /** The statement's own account as the file names it (IBAN, or BLZ/account number), for the key. */
  account: string | null;
  /** The statement's own account, when it is an IBAN. */
  accountIban: string | null;
  bookedOn: string;
  valueOn: string | null;
  /** Positive integer cents. */
  amountCents: number;
  currency: "EUR";
  /** Remittance information, its lines joined with a space. */
  text: string;
  /** The remittance lines as the file splits them (camt `Ustrd`, MT940 `?2x`). */
  textLines: string[];
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** The bank's reference of the booking (camt AcctSvcrRef, MT940 `//` reference). */
  bankRef: string | null;
  /** Where the credit is in the upload, for messages: file (or zip/part) and line. */
  origin: { file: string; line: number };
}

export interface BankEntry extends BankCredit {
  /** Equal for the same booking read again, from this file or an overlapping one. */
  dedupeKey: string;
}

export interface Skipped {
  /** Lines not booked yet (camt PDNG/INFO, "Umsatz vorgemerkt"). */
  pending: number;
  /** Debits, and bookings of zero. */
  debits: number;
  /** Reversals (camt RvslInd, MT940 RC/RD): corrections of earlier bookings, not payments. */
  reversals: number;
}

export interface BankStatement {
  format: BankFormat;
  entries: BankEntry[];
  skipped: Skipped;
}

export const noneSkipped = (): Skipped => ({ pending: 0, debits: 0, reversals: 0 });

/** An IBAN in electronic form when `text` is a valid one ("DE89 3704…" too), else null. */
export function ibanOrNull(text: string | null | undefined): string | null {
  if (!text) return null;
  const iban = electronicFormatIBAN(text.trim());
  return iban && isValidIBAN(iban) ? iban : null;
}

/** Non-empty trimmed lines joined with a space. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Keys by the rule of issue 17: the bank's reference where there is one, else account, day,
 * amount, text and counterparty IBAN. Both count the n-th equal line in the file, so two equal
 * transfers on one day stay two payments, and a bank that reuses a reference loses nothing.
 * A statement covers whole days, so an overlapping file holds the same n-th lines of a day.
 */
export function withDedupeKeys(credits: readonly BankCredit[]): BankEntry[] {
  const seen = new Map<string, number>();
  return credits.map((credit) => {
    const account = credit.account === null ? "" : (ibanOrNull(credit.account) ?? squeeze(credit.account));
    const money = [credit.bookedOn, String(credit.amountCents)];
    const base = credit.bankRef
      ? ["ref", account, credit.bankRef, ...money]
      : ["line", account, ...money, squeeze(credit.text).toUpperCase(), credit.counterpartyIban ?? ""];
    const id = JSON.stringify(base);
    const nth = (seen.get(id) ?? 0) + 1;
    seen.set(id, nth);
    const digest = createHash("sha256")
      .update(JSON.stringify([...base, nth]))
      .digest("hex");
    return { ...credit, dedupeKey: `v1:${digest}` };
  });
}
