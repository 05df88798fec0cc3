// Fixtures and refusals for the bank reader tests (tests/fixtures/bank, SOURCES.md there).
import { readFileSync } from "node:fs";
import { BankFileError } from "../../server/bank/errors";
import { readStatement } from "../../server/bank/read";

export const OWN_IBAN = "DE70390500000012345678";

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/bank/${name}`, import.meta.url)));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes of `text` in Windows-1252 (the € and quotes included), as German banks write CSV. */
export function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96 };
  return Uint8Array.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** The error a refused file is refused with; fails the test when it is read instead. */
export function refusal(name: string, bytes: Uint8Array): BankFileError {
  try {
    readStatement(name, bytes);
  } catch (error) {
    if (error instanceof BankFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read, not refused`);
}
