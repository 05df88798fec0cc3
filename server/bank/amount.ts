// Amounts in bank CSVs: a sign, then an amount by the one rule of DOMAIN.md (decimal comma,
// thousands dots, a dot with one or two decimals; "1,500" is refused, never guessed).
import type { Decision } from "../domain/errors";
import { parseEuroAmount } from "../domain/money";

const REASONS = {
  empty: "the amount is empty",
  ambiguous_comma: "a comma followed by three digits could be decimals or thousands; write 1.500 or 1,50",
  too_many_decimals: "more than two decimals",
  invalid: "expected an amount such as -1.234,56 or 1234.56",
} as const;

/** Signed integer cents of "-1.234,56", "+12,50", "68" or "1234.56". */
export function signedCents(text: string): Decision<number> {
  const m = /^([+-]?)\s*(.*)$/.exec(text.trim());
  const parsed = parseEuroAmount(m?.[2] ?? "");
  if (!parsed.ok) return { ok: false, reason: `${REASONS[parsed.reason]}, found "${text}"` };
  return { ok: true, value: m?.[1] === "-" ? -parsed.cents : parsed.cents };
}
