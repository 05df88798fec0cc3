// The state match: min(ratio × counted own funds, cap), computed in integers.

/** Parses a match ratio sent as a number with at most two decimals (1 = 1:1) into hundredths. */
export function ratioToHundredths(ratio: number): number {
  return Math.round(ratio * 100);
}

export function hundredthsToRatio(hundredths: number): number {
  return hundredths / 100;
}

/** ⌊counted × ratio⌋ capped: counted 1,500,000.00 € at 1:1 with a 1.5M cap → 1.5M. */
export function potentialMatchCents(countedCents: number, ratioHundredths: number, capCents: number): number {
  return Math.min(Math.floor((countedCents * ratioHundredths) / 100), capCents);
}
