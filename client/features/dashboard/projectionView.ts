// What the projection panel says: the server's figures (CONTRACT.md "projection"), or why
// there are none. The server sends all four as null in both cases; the reason is read here.
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
  return {
    kind: "shown",
    pacePerDayCents,
    requiredPerDayCents,
    projectedCents,
    reachDate: projectedReachDate,
    reached: countedCents >= targetCents,
    shortfallCents: Math.max(targetCents - projectedCents, 0),
  };
}
