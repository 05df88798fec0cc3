// What the forecast says: the server's figures (docs/api.md "Projection"), or why there are
// none. The server sends pace, projection and range as null in every such case; the reason is
// read here. The needed pace per working day and the week's change are always there.
import type { FullSummary } from "../../lib/api/summary";

export type NoProjectionReason = "empty" | "history" | "lastDay" | "deadline";

export type ProjectionView =
  | { kind: "none"; reason: NoProjectionReason }
  | {
      kind: "shown";
      pacePerDayCents: number;
      requiredPerDayCents: number;
      projectedCents: number;
      /** The day the target was or will be reached; null when the pace does not get there by the deadline. */
      reachDate: string | null;
      /** The target already stands (reachDate is then in the past or today). */
      reached: boolean;
      /** Counted own funds short of the target at the deadline at this pace (0 on track). */
      shortfallCents: number;
      /** Where the campaign is trending at the deadline (25th to 75th percentile of the daily increases); null if unknown. */
      range: { lowCents: number; highCents: number } | null;
    };

type ProjectionInput = Pick<FullSummary, "asOf" | "deadline" | "countedCents" | "targetCents" | "projection">;

export function projectionView({
  asOf,
  deadline,
  countedCents,
  targetCents,
  projection,
}: ProjectionInput): ProjectionView {
  const { pacePerDayCents, requiredPerDayCents, projectedCents, projectedReachDate } = projection;
  if (pacePerDayCents === null || requiredPerDayCents === null || projectedCents === null) {
    if (asOf > deadline) return { kind: "none", reason: "deadline" };
    if (asOf === deadline) return { kind: "none", reason: "lastDay" };
    return { kind: "none", reason: countedCents > 0 ? "history" : "empty" };
  }
  const { rangeLowCents, rangeHighCents } = projection;
  return {
    kind: "shown",
    pacePerDayCents,
    requiredPerDayCents,
    projectedCents,
    reachDate: projectedReachDate,
    reached: countedCents >= targetCents,
    shortfallCents: Math.max(targetCents - projectedCents, 0),
    range:
      rangeLowCents === null || rangeHighCents === null ? null : { lowCents: rangeLowCents, highCents: rangeHighCents },
  };
}
