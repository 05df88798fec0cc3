// Where the campaign is heading (the committee's one-pager): the pace of the last 14 days
// carried forward to the deadline, the range the daily increases of those days span (as
// Kicktraq's "trending toward X–Y": their 25th and 75th percentile), the pace still needed per
// working day, and the change against one week earlier. Integers throughout; the forward-looking
// figures are null when the history is too thin (under 7 days since the first binding pledge)
// or the deadline is reached.
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
  /** What is still missing per working day after `asOf` through the deadline; null when none is left. */
  requiredPerWorkingDayCents: number | null;
  workingDaysLeft: number;
  /** Counted plus the days left times the 25th / 75th percentile of the last 14 daily increases. */
  rangeLowCents: number | null;
  rangeHighCents: number | null;
  /** Counted now minus counted at the end of the day a week earlier. */
  weekChangeCents: number;
}

export const PACE_WINDOW_DAYS = 14;
export const MIN_HISTORY_DAYS = 7;

const NO_PACE = {
  pacePerDayCents: null,
  requiredPerDayCents: null,
  projectedCents: null,
  projectedReachDate: null,
  rangeLowCents: null,
  rangeHighCents: null,
};

export interface ProjectionInput {
  /** Cumulative counted own funds, one point per day with a change, oldest first. */
  timeline: readonly TimelinePoint[];
  asOf: string;
  deadline: string;
  targetCents: number;
  /** Working days after `asOf` through the deadline (server/calendar/workingDays.ts). */
  workingDaysLeft?: number;
}

export function project({ timeline, asOf, deadline, targetCents, workingDaysLeft = 0 }: ProjectionInput): Projection {
  const counted = countedAt(timeline, asOf);
  const gap = Math.max(targetCents - counted, 0);
  const always = {
    workingDaysLeft,
    requiredPerWorkingDayCents: gap === 0 ? 0 : workingDaysLeft > 0 ? Math.ceil(gap / workingDaysLeft) : null,
    weekChangeCents: counted - countedAt(timeline, addDays(asOf, -7)),
  };
  const first = timeline.find((p) => p.countedCents > 0);
  if (!first || asOf >= deadline) return { ...NO_PACE, ...always };
  // Days of history, the first binding day included: 1 on that very day.
  const history = daysBetween(first.date, asOf) + 1;
  if (history < MIN_HISTORY_DAYS) return { ...NO_PACE, ...always };

  const windowDays = Math.min(PACE_WINDOW_DAYS, history);
  const growth = counted - countedAt(timeline, addDays(asOf, -windowDays));
  const pace = Math.floor(growth / windowDays);
  const daysLeft = daysBetween(asOf, deadline);
  const increases = dailyIncreases(timeline, asOf, windowDays);
  return {
    ...always,
    pacePerDayCents: pace,
    requiredPerDayCents: Math.ceil(gap / daysLeft),
    projectedCents: counted + pace * daysLeft,
    projectedReachDate: reachDate(timeline, asOf, gap, pace, daysLeft, targetCents),
    rangeLowCents: counted + daysLeft * percentile(increases, 25),
    rangeHighCents: counted + daysLeft * percentile(increases, 75),
  };
}

/** The change of counted own funds on each of the `days` days up to `asOf`. */
export function dailyIncreases(timeline: readonly TimelinePoint[], asOf: string, days: number): number[] {
  const out: number[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(asOf, -i);
    out.push(countedAt(timeline, day) - countedAt(timeline, addDays(day, -1)));
  }
  return out;
}

/** The p-th percentile (0–100) by linear interpolation between the closest ranks, in whole cents. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return Math.floor(sorted[below] + (sorted[above] - sorted[below]) * (rank - below));
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
