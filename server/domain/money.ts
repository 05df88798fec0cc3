// Reading amounts people type, one rule everywhere (DOMAIN.md "Money and dates").
// A wrong guess between decimal and thousands separators is a factor of 1,000, so every
// ambiguous form is refused with a reason instead of guessed.

export const MIN_AMOUNT_CENTS = 1;
export const MAX_AMOUNT_CENTS = 100_000_000_000; // €1bn

export type ParseAmountResult =
  | { ok: true; cents: number }
  | { ok: false; reason: "empty" | "ambiguous_comma" | "too_many_decimals" | "invalid" };

const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/; // 1.500 or 1.500.000
const PLAIN = /^\d+$/;

/** Parses a euro amount as typed ("15.000", "1.500,50 €", "1500.50") into integer cents. */
export function parseEuroAmount(input: string): ParseAmountResult {
  const text = input.replace(/\s+/g, "").replace(/€/g, "").replace(/EUR/gi, "");
  if (text === "") return { ok: false, reason: "empty" };
  if (!/^[\d.,]+$/.test(text)) return { ok: false, reason: "invalid" };

  const commas = text.split(",").length - 1;
  if (commas > 1) return { ok: false, reason: "invalid" };

  if (commas === 1) {
    const [whole, decimals] = text.split(",");
    if (/^\d{3}$/.test(decimals) && !whole.includes(".")) return { ok: false, reason: "ambiguous_comma" };
    if (!/^\d+$/.test(decimals)) return { ok: false, reason: "invalid" };
    if (decimals.length > 2) return { ok: false, reason: "too_many_decimals" };
    const euros = readWhole(whole);
    if (euros === null) return { ok: false, reason: "invalid" };
    return safe(euros * 100 + Number(decimals.padEnd(2, "0")));
  }

  if (PLAIN.test(text)) return safe(Number(text) * 100);
  if (GROUPED_DOTS.test(text)) return safe(Number(text.replaceAll(".", "")) * 100);

  const decimalDot = /^(\d+)\.(\d+)$/.exec(text);
  if (decimalDot) {
    const decimals = decimalDot[2];
    if (decimals.length > 2) return { ok: false, reason: "too_many_decimals" };
    return safe(Number(decimalDot[1]) * 100 + Number(decimals.padEnd(2, "0")));
  }
  return { ok: false, reason: "invalid" };
}

/** Beyond 2^53 digits would be silently rounded: refuse instead. */
function safe(cents: number): ParseAmountResult {
  return Number.isSafeInteger(cents) ? { ok: true, cents } : { ok: false, reason: "invalid" };
}

/** The part before a decimal comma: plain digits or digits grouped by thousands dots. */
function readWhole(whole: string): number | null {
  if (PLAIN.test(whole)) return Number(whole);
  if (GROUPED_DOTS.test(whole)) return Number(whole.replaceAll(".", ""));
  return null;
}

/** floor(amount × percent / 100) in integers. */
export function percentOf(cents: number, percent: number): number {
  return Math.floor((cents * percent) / 100);
}
