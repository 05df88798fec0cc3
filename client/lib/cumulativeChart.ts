// Pure shaping of the timeline for the cumulative charts (the dashboard's and the report's):
// no React, no formatting, so it can be unit-tested with plain objects.
import { addDays, daysBetween } from "../../server/domain/dates";
import { moneyAxis } from "./moneyAxis";

const DAY_MS = 86_400_000;
const MAX_TICKS = 8;

export interface TimelinePoint {
  date: string;
  countedCents: number;
}

export interface ChartInput {
  timeline: readonly TimelinePoint[];
  targetCents: number;
  deadline: string;
  asOf: string;
  /** Start of the collection window, when the campaign has one. */
  windowStart?: string | null;
}

export interface ChartPoint extends TimelinePoint {
  /** UTC midnight of `date` in milliseconds: a time axis keeps uneven gaps between days honest. */
  time: number;
}

export interface CumulativeChartData {
  points: ChartPoint[];
  targetCents: number;
  deadline: string;
  deadlineTime: number;
  /** x axis from the day before the first counted pledge (or the window start) to the deadline or later. */
  domain: [number, number];
  ticks: number[];
  /** The axis crosses a new year: its ticks name the year too. */
  ticksWithYear: boolean;
  /** A round y maximum above both the target and the highest point, and the ticks up to it. */
  yMaxCents: number;
  yTicks: number[];
  /** The latest real point (not the extension), for the text alternative. */
  latest: TimelinePoint;
  /** The first day the counted own funds reached the target, or null. */
  reachedOn: string | null;
}

const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const point = (date: string, countedCents: number): ChartPoint => ({ date, countedCents, time: timeOf(date) });
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * The cumulative series as a step line: it starts at 0 the day before the first binding
 * pledge, holds each day's total until the next change, and runs on to `asOf` while the
 * campaign collects (or to the deadline once it has passed), so the last level stays
 * readable next to the deadline line.
 */
export function cumulativeChartData({
  timeline,
  targetCents,
  deadline,
  asOf,
  windowStart,
}: ChartInput): CumulativeChartData {
  const first = timeline[0]?.date ?? minDay(asOf, deadline);
  const start = windowStart ? minDay(windowStart, addDays(first, -1)) : addDays(first, -1);
  const lastReal = timeline[timeline.length - 1];
  const latest = lastReal ?? { date: minDay(asOf, deadline), countedCents: 0 };
  const seriesEnd = asOf <= deadline ? asOf : maxDay(deadline, latest.date);

  const points = [point(start, 0), ...timeline.map((p) => point(p.date, p.countedCents))];
  if (seriesEnd > (lastReal?.date ?? start)) points.push(point(seriesEnd, latest.countedCents));

  const end = maxDay(deadline, seriesEnd);
  const highest = Math.max(targetCents, ...timeline.map((p) => p.countedCents));
  const y = centsAxis(highest * 1.05);
  return {
    points,
    targetCents,
    deadline,
    deadlineTime: timeOf(deadline),
    domain: [timeOf(start), timeOf(end)],
    ticks: dayTicks(start, end),
    ticksWithYear: start.slice(0, 4) !== end.slice(0, 4),
    yMaxCents: y.max,
    yTicks: y.ticks,
    latest,
    reachedOn: timeline.find((p) => p.countedCents >= targetCents)?.date ?? null,
  };
}

/** At most MAX_TICKS evenly spaced whole days from start to end. */
export function dayTicks(start: string, end: string): number[] {
  const days = Math.max(daysBetween(start, end), 1);
  const step = Math.ceil(days / (MAX_TICKS - 1));
  const ticks: number[] = [];
  for (let d = 0; d <= days; d += step) ticks.push(timeOf(start) + d * DAY_MS);
  return ticks;
}

/** Up to five round steps from 0 to just above `value` (moneyAxis). */
export function centsAxis(value: number): { max: number; ticks: number[] } {
  const { domain, ticks } = moneyAxis(value);
  return { max: domain[1], ticks };
}
