// What a sponsor's money does (DOMAIN.md "Leverage per sponsor"): its share of the counted
// own funds, times the potential match. Integers only.

export interface LeverageInput {
  sponsorCountedCents: number;
  campaignCountedCents: number;
  potentialMatchCents: number;
  matchRatioHundredths: number;
  matchCapCents: number;
  eligible: boolean;
}

export interface Leverage {
  countedCents: number;
  /** Share of the campaign's counted own funds in basis points (100 = 1%). */
  shareBasisPoints: number;
  /** ⌊own counted × potential match ÷ campaign counted⌋: what it unlocks once eligible. */
  unlockedCents: number;
  /** The campaign's match hit its cap: each euro unlocks less than the ratio. */
  capReached: boolean;
  eligible: boolean;
}

/** €15,000 of €1,500,000 counted with a €1.5M potential match: 1% share, unlocks €15,000. */
export function leverageOf(input: LeverageInput): Leverage {
  const { sponsorCountedCents: own, campaignCountedCents: total } = input;
  return {
    countedCents: own,
    shareBasisPoints: total > 0 ? Math.floor((own * 10_000) / total) : 0,
    unlockedCents: total > 0 ? Math.floor((own * input.potentialMatchCents) / total) : 0,
    capReached: Math.floor((total * input.matchRatioHundredths) / 100) > input.matchCapCents,
    eligible: input.eligible,
  };
}
