// The amount in words for a donation receipt's "Betrag in Buchstaben" (BMF, Muster für
// Zuwendungsbestätigungen, 07.11.2013, Nr. 4: the amount in figures and in words). Written as
// German banks and receipts write it, and as n2words' own toCurrency does: "ein Euro",
// "einundzwanzig Euro", "eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent",
// "ein Cent" when there are no euros. Whole euros come from toCardinal on a BigInt, so no
// cents ever pass through a float. It lives with the letters, not in server/domain, because
// the domain imports no package (.dependency-cruiser.cjs, domain-is-pure) and only letters need it.
import { toCardinal } from "n2words/de-DE";

/** n2words 4.0.0 writes "…einstausend" for 101 000, 201 000, …; German has "…eintausend". */
function cardinal(n: bigint): string {
  return toCardinal(n).replace(/einstausend/g, "eintausend");
}

/** A count before "Euro" or "Cent": one is "ein" ("ein Euro"), every other count as n2words writes it. */
function countOf(n: bigint): string {
  return n === 1n ? "ein" : cardinal(n);
}

/** 123456 → "eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent"; 1 → "ein Cent". */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`amount must be whole cents ≥ 0, not ${cents}`);
  const euros = BigInt(Math.floor(cents / 100));
  const rest = BigInt(cents % 100);
  const euroPart = `${countOf(euros)} Euro`;
  if (rest === 0n) return euroPart;
  const centPart = `${countOf(rest)} Cent`;
  return euros === 0n ? centPart : `${euroPart} und ${centPart}`;
}
