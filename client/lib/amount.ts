// Amounts as people type them, read by the one rule the server uses (server/domain/money),
// with a German (or English) message for each reason a text is refused.
import { MAX_AMOUNT_CENTS, MIN_AMOUNT_CENTS, parseEuroAmount } from "../../server/domain/money";
import type { Translate } from "./i18n";

export type AmountReading = { ok: true; cents: number } | { ok: false; message: string };

export function readAmount(input: string, t: Translate): AmountReading {
  const result = parseEuroAmount(input);
  if (result.ok) {
    if (result.cents < MIN_AMOUNT_CENTS || result.cents > MAX_AMOUNT_CENTS)
      return { ok: false, message: t("amount.range") };
    return result;
  }
  if (result.reason === "ambiguous_comma") return { ok: false, message: ambiguousMessage(input, t) };
  return { ok: false, message: t(`amount.${result.reason}`) };
}

/**
 * "1,500" → "1,500 ist mehrdeutig: meinen Sie 1.500 oder 1,50?"; "1,234" can only mean
 * 1.234 (1,234 € would have three decimals), so only that reading is offered.
 */
function ambiguousMessage(input: string, t: Translate): string {
  const text = input.replace(/\s+/g, "").replace(/€/g, "").replace(/EUR/gi, "");
  const [whole, decimals = ""] = text.split(",");
  const thousands = `${whole}.${decimals}`;
  if (!decimals.endsWith("0")) return t("amount.ambiguous_comma.thousands", { input: text, thousands });
  return t("amount.ambiguous_comma", { input: text, thousands, decimal: `${whole},${decimals.slice(0, 2)}` });
}
