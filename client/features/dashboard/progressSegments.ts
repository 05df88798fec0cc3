// Pure shaping of the summary for the dashboard's progress bar: no React, no formatting, so
// it can be unit-tested with plain objects. The chart's series are in lib/cumulativeChart.ts.

export type SegmentKey = "paid" | "confirmed" | "intent";

export interface ProgressSegments {
  segments: { key: SegmentKey; cents: number; percent: number }[];
  /** Where the target sits on the bar, in percent of its width (100 unless pledges exceed it). */
  targetPercent: number;
  /** Counted own funds still missing to the target (0 when reached): the target rule's gap. */
  openCents: number;
  /** Counted own funds beyond the target (0 when not reached). */
  overCents: number;
}

/**
 * The bar toward the target: paid, then confirmed (together binding), then intent (not
 * binding). The bar's scale is the target, or all pledged money when that is more.
 */
export function progressSegments(s: {
  paidCents: number;
  confirmedCents: number;
  intentCents: number;
  countedCents: number;
  targetCents: number;
}): ProgressSegments {
  const scale = Math.max(s.targetCents, s.paidCents + s.confirmedCents + s.intentCents, 1);
  const share = (cents: number) => (cents / scale) * 100;
  return {
    segments: (["paid", "confirmed", "intent"] as const).map((key) => ({
      key,
      cents: s[`${key}Cents`],
      percent: share(s[`${key}Cents`]),
    })),
    targetPercent: share(s.targetCents),
    openCents: Math.max(s.targetCents - s.countedCents, 0),
    overCents: Math.max(s.countedCents - s.targetCents, 0),
  };
}
