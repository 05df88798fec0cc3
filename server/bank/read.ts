// The one entry to bank files: readStatement(name, bytes) → the booked credits, each with its
// dedupe key, or a BankFileError naming the file, line and element at fault. Pure: no
// database, no clock; payment.importStatement (issue 17) matches and books what it returns.
import { MAX_IMPORT_FILE_BYTES } from "../import/limits";
import { readCamtXml, readCamtZip } from "./camtFile";
import { type BankCredit, type BankFormat, type BankStatement, type Skipped, withDedupeKeys } from "./entry";
import { BankFileError, badBankFile } from "./errors";
import { readGenericCsv } from "./genericCsv";
import { readMt940 } from "./mt940";
import { readSparkasseCsv } from "./sparkasseCsv";
import { type SniffedFormat, sniffFormat } from "./sniff";

type Reader = (file: string, bytes: Uint8Array) => { credits: BankCredit[]; skipped: Skipped };

const READERS: Record<Exclude<SniffedFormat, "unknown">, { format: BankFormat; read: Reader }> = {
  "camt-xml": { format: "camt053", read: readCamtXml },
  "camt-zip": { format: "camt053-zip", read: readCamtZip },
  mt940: { format: "mt940", read: readMt940 },
  "sparkasse-csv": { format: "sparkasse-csv", read: readSparkasseCsv },
  "generic-csv": { format: "generic-csv", read: readGenericCsv },
};

const UNSUPPORTED = "not a bank file this app reads: camt.053 (.xml or .zip), MT940 (.sta) or CSV";

/**
 * Credits a file may hold: a campaign account's year is a few thousand; booking one takes
 * ~0.1 ms while every other write waits, so a file of more is refused whole (export a shorter
 * period) rather than holding the ledger for seconds.
 */
export const MAX_STATEMENT_CREDITS = 20_000;

/**
 * A credit's remittance text and payer name as kept and shown for review. SEPA allows 140
 * characters of text (camt may split it over a few Ustrd lines, MT940 over ?2x subfields) and
 * 70 of name; a credit far beyond that is no bank's, and would be stored and sent back whole.
 */
export const MAX_REMITTANCE_CHARS = 1_000;
export const MAX_NAME_CHARS = 200;

export function readStatement(filename: string, bytes: Uint8Array): BankStatement {
  const file = filename.trim() || "statement";
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    throw new BankFileError(
      {
        file,
        line: null,
        element: null,
        message: `the file has ${bytes.length} bytes; at most ${MAX_IMPORT_FILE_BYTES}`,
      },
      "too_large",
    );
  if (bytes.length === 0) throw badBankFile(file, null, null, "the file is empty");
  const sniffed = sniffFormat(bytes);
  if (sniffed === "unknown")
    throw new BankFileError({ file, line: null, element: null, message: UNSUPPORTED }, "unsupported_type");
  const { format, read } = READERS[sniffed];
  const { credits, skipped } = read(file, bytes);
  if (credits.length > MAX_STATEMENT_CREDITS)
    throw new BankFileError(
      {
        file,
        line: null,
        element: null,
        message: `the file holds ${credits.length} credits; at most ${MAX_STATEMENT_CREDITS} a file: export a shorter period`,
      },
      "too_large",
    );
  for (const credit of credits) {
    const where = (element: string, length: number, max: number) =>
      badBankFile(credit.origin.file, credit.origin.line, element, `${length} characters; at most ${max}`);
    if (credit.text.length > MAX_REMITTANCE_CHARS)
      throw where("remittance text", credit.text.length, MAX_REMITTANCE_CHARS);
    if ((credit.counterpartyName?.length ?? 0) > MAX_NAME_CHARS)
      throw where("counterparty name", credit.counterpartyName?.length ?? 0, MAX_NAME_CHARS);
  }
  return { format, entries: withDedupeKeys(credits), skipped };
}
