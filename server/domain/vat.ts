// Sponsoring is a service with VAT (UStAE 1.1 para. 23): the amount pledged is gross, and only
// the net is own funds. The VAT is taken out of the gross and rounded half up to the cent,
// in integers: VAT = gross × rate ÷ (100 + rate).

/** The VAT rates a sponsoring contract may carry (standard and reduced). */
export const VAT_RATES = [19, 7] as const;
export type VatRate = (typeof VAT_RATES)[number];
export const DEFAULT_VAT_RATE: VatRate = 19;

export interface VatSplit {
  grossCents: number;
  vatCents: number;
  netCents: number;
}

/** Round half up of gross × rate ÷ (100 + rate), for gross ≥ 0 (exact below 2^53 / 200). */
export function vatOfGross(grossCents: number, ratePercent: number): number {
  if (!Number.isSafeInteger(grossCents) || grossCents < 0) throw new RangeError("gross must be whole cents ≥ 0");
  if (!Number.isInteger(ratePercent) || ratePercent < 0 || ratePercent > 100) throw new RangeError("rate 0–100");
  const divisor = 100 + ratePercent;
  // ⌊(2 × gross × rate + divisor) ÷ (2 × divisor)⌋ is gross × rate ÷ divisor rounded half up.
  return Math.floor((2 * grossCents * ratePercent + divisor) / (2 * divisor));
}

export function splitGross(grossCents: number, ratePercent: number): VatSplit {
  const vatCents = vatOfGross(grossCents, ratePercent);
  return { grossCents, vatCents, netCents: grossCents - vatCents };
}

/** The VAT rate a pledge's amounts carry: none (0) for a donation. */
export function vatRateOf(p: { contribution: string; vatRatePercent: number | null }): number {
  return p.contribution === "sponsoring" ? (p.vatRatePercent ?? DEFAULT_VAT_RATE) : 0;
}

/**
 * The VAT in one payment at `ratePercent` (0: a donation, none): rounded on the payment, as
 * its invoice is; a reversal's is the negative of the VAT of the amount it takes back.
 */
export function vatOfPayment(cents: number, ratePercent: number): number {
  if (ratePercent === 0 || cents === 0) return 0;
  return cents < 0 ? -vatOfGross(-cents, ratePercent) : vatOfGross(cents, ratePercent);
}

/** What of a contribution counts as own funds: all of a donation, the net of sponsoring. */
export function ownFundsCents(
  grossCents: number,
  contribution: "donation" | "sponsoring",
  vatRatePercent: number | null,
): number {
  if (contribution === "donation") return grossCents;
  return splitGross(grossCents, vatRatePercent ?? DEFAULT_VAT_RATE).netCents;
}
