// Where the campaign is heading (CONTRACT.md "The summary", projection): the pace of the
// last 14 days carried forward to the deadline. Integers throughout; all null when the
// history is too thin (under 7 days since the first binding pledge) or the deadline is reached.
import { addDays, daysBetween } from "./dates";

export interface TimelinePoint {
  date: string;
  countedCents: number;
}

export interface Projection {
  pacePerDayCents: number | null;
  requiredPerDayCents: number | null;
  projectedCents: number | null;
  projectedReachDate: string | null;
}

export const PACE_WINDOW_DAYS = 14;
export const MIN_HISTORY_DAYS = 7;

const NONE: Projection = {
  pacePerDayCents: null,
  requiredPerDayCents: null,
  projectedCents: null,
  projectedReachDate: null,
};

export interface ProjectionInput {
  /** Cumulative counted own funds, one point per day with a change, oldest first. */
  timeline: readonly TimelinePoint[];
  asOf: string;
  deadline: string;
  targetCents: number;
}

export function project({ timeline, asOf, deadline, targetCents }: ProjectionInput): Projection {
  const first = timeline.find((p) => p.countedCents > 0);
  if (!first || asOf >= deadline) return NONE;
  // Days of history, the first binding day included: 1 on that very day.
  const history = daysBetween(first.date, asOf) + 1;
  if (history < MIN_HISTORY_DAYS) return NONE;

  const counted = countedAt(timeline, asOf);
  const windowDays = Math.min(PACE_WINDOW_DAYS, history);
  const growth = counted - countedAt(timeline, addDays(asOf, -windowDays));
  const pace = Math.floor(growth / windowDays);
  const daysLeft = daysBetween(asOf, deadline);
  const gap = Math.max(targetCents - counted, 0);
  return {
    pacePerDayCents: pace,
    requiredPerDayCents: Math.ceil(gap / daysLeft),
    projectedCents: counted + pace * daysLeft,
    projectedReachDate: reachDate(timeline, asOf, gap, pace, daysLeft, targetCents),
  };
}

/** Counted own funds at the end of `day`: the last point on or before it. */
export function countedAt(timeline: readonly TimelinePoint[], day: string): number {
  let counted = 0;
  for (const point of timeline) {
    if (point.date > day) break;
    counted = point.countedCents;
  }
  return counted;
}

/** The day the target was reached (and held since), or the day the pace line crosses it by the deadline. */
function reachDate(
  timeline: readonly TimelinePoint[],
  asOf: string,
  gap: number,
  pace: number,
  daysLeft: number,
  targetCents: number,
): string | null {
  if (gap === 0) {
    let reached: string | null = null;
    for (const point of timeline) {
      if (point.date > asOf) break;
      if (point.countedCents < targetCents) reached = null;
      else reached ??= point.date;
    }
    return reached;
  }
  if (pace <= 0) return null;
  const days = Math.ceil(gap / pace);
  return days <= daysLeft ? addDays(asOf, days) : null;
}
