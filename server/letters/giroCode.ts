// The EPC QR code ("GiroCode", EPC069-12) a sponsor's banking app scans to fill in a transfer.
// Version 002 lets the BIC be empty; character set 1 is UTF-8. The structured reference takes
// only ISO 11649 creditor references (RF…), so the pledge's reference goes into the
// unstructured remittance line, which is what bank statements show and what we match on.

export interface GiroCodeTransfer {
  /** The account holder, cut to 70 characters. */
  name: string;
  iban: string;
  bic: string | null;
  amountCents: number;
  /** Free text for the payee's statement, e.g. the pledge reference AD-0042 (at most 140). */
  remittance: string;
}

const MAX_NAME = 70;
const MAX_REMITTANCE = 140;
/** The scheme's largest amount: EUR999999999.99. */
const MAX_CENTS = 99_999_999_999;

/** 1234 → "EUR12.34"; 1500000 → "EUR15000.00". */
export function giroCodeAmount(amountCents: number): string {
  if (!Number.isInteger(amountCents) || amountCents < 1 || amountCents > MAX_CENTS)
    throw new RangeError(`a GiroCode amount must be 1 to ${MAX_CENTS} cents, not ${amountCents}`);
  const euros = Math.floor(amountCents / 100);
  const cents = String(amountCents % 100).padStart(2, "0");
  return `EUR${euros}.${cents}`;
}

/** Cut by code points, so a long name never ends in half a surrogate pair. */
function cut(text: string, max: number): string {
  const points = [...text.replace(/\s+/g, " ").trim()];
  return points.length > max ? points.slice(0, max).join("").trimEnd() : points.join("");
}

/** The payload: eleven lines joined by "\n"; nothing follows the last filled one (EPC069-12). */
export function giroCodePayload(transfer: GiroCodeTransfer): string {
  return [
    "BCD",
    "002",
    "1",
    "SCT",
    (transfer.bic ?? "").replace(/\s+/g, "").toUpperCase(),
    cut(transfer.name, MAX_NAME),
    transfer.iban.replace(/\s+/g, "").toUpperCase(),
    giroCodeAmount(transfer.amountCents),
    "",
    "",
    cut(transfer.remittance, MAX_REMITTANCE),
  ].join("\n");
}
