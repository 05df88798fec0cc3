// Pure shaping of the chart's series beyond the cumulative line (lib/cumulativeChart.ts):
// the money pledged per day as bars, weekly buckets for long histories, and the projection
// from asOf to the deadline. No React, no formatting: unit-tested in tests/unit/dashboardChartSeries.
import { addDays } from "../../../server/domain/dates";
import {
  centsAxis,
  cumulativeChartData,
  type ChartInput,
  type CumulativeChartData,
  type TimelinePoint,
} from "../../lib/cumulativeChart";
import { moneyAxis, type MoneyAxis } from "../../lib/moneyAxis";

/** Above this many points the chart draws weekly buckets: more bars than pixels help nobody. */
export const MAX_DRAWN_POINTS = 400;

export interface DrawnPoint extends TimelinePoint {
  /** Change of the counted own funds against the previous point; negative after a withdrawal. */
  increaseCents: number;
}

export type Granularity = "day" | "week";

export interface ChartRow {
  time: number;
  date: string;
  countedCents?: number;
  increaseCents?: number;
  projectedCents?: number;
}

export interface ChartSeries extends CumulativeChartData {
  granularity: Granularity;
  /** What the bars and the text alternative show: days, or weeks from their Monday. */
  drawn: DrawnPoint[];
  /** One row per x position for the composed chart: line, bars and projection together. */
  rows: ChartRow[];
  /** The dashed line from asOf to the deadline, when the summary has a projection. */
  projection: { from: TimelinePoint; to: TimelinePoint } | null;
  /** The bars' own axis (right): from the lowest day (0 unless negative) to a round maximum. */
  increaseAxis: MoneyAxis;
}

/** Each point's change against the one before it; the first against zero. */
export function dailyIncreases(timeline: readonly TimelinePoint[]): DrawnPoint[] {
  return timeline.map((p, i) => ({ ...p, increaseCents: p.countedCents - (i > 0 ? timeline[i - 1].countedCents : 0) }));
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as in Germany). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Days summed into weeks: dated by their Monday, the level at the week's last change, the week's total change. */
export function weeklyBuckets(days: readonly DrawnPoint[]): DrawnPoint[] {
  const weeks: DrawnPoint[] = [];
  for (const day of days) {
    const monday = mondayOf(day.date);
    const last = weeks[weeks.length - 1];
    if (last?.date === monday) {
      last.countedCents = day.countedCents;
      last.increaseCents += day.increaseCents;
    } else {
      weeks.push({ date: monday, countedCents: day.countedCents, increaseCents: day.increaseCents });
    }
  }
  return weeks;
}

/** Days as they are, or weeks once there are more than `max` days with changes. */
export function drawnPoints(
  timeline: readonly TimelinePoint[],
  max = MAX_DRAWN_POINTS,
): { granularity: Granularity; points: DrawnPoint[] } {
  const days = dailyIncreases(timeline);
  return days.length > max
    ? { granularity: "week", points: weeklyBuckets(days) }
    : { granularity: "day", points: days };
}

export interface SeriesInput extends ChartInput {
  /** The summary's projected total at the deadline (null without a projection). */
  projectedCents: number | null;
  maxPoints?: number;
}

export function chartSeries({ projectedCents, maxPoints, ...input }: SeriesInput): ChartSeries {
  const { granularity, points: drawn } = drawnPoints(input.timeline, maxPoints);
  const base = cumulativeChartData({
    ...input,
    timeline: drawn.map(({ date, countedCents }) => ({ date, countedCents })),
  });
  const increaseOf = new Map(drawn.map((p) => [p.date, p.increaseCents]));
  const rows: ChartRow[] = base.points.map((p) => ({
    time: p.time,
    date: p.date,
    countedCents: p.countedCents,
    increaseCents: increaseOf.get(p.date),
  }));
  // The text alternative tells the real latest day and the day the target was reached, not a week's Monday.
  const latest = input.timeline[input.timeline.length - 1] ?? base.latest;
  const reachedOn = input.timeline.find((p) => p.countedCents >= input.targetCents)?.date ?? null;

  let projection: ChartSeries["projection"] = null;
  if (projectedCents !== null && input.asOf < input.deadline) {
    let start = rows.find((r) => r.date === input.asOf);
    if (!start) {
      start = { time: Date.parse(`${input.asOf}T00:00:00Z`), date: input.asOf, countedCents: latest.countedCents };
      rows.push(start);
    }
    start.projectedCents = start.countedCents;
    rows.push({ time: base.deadlineTime, date: input.deadline, projectedCents });
    rows.sort((a, b) => a.time - b.time);
    projection = {
      from: { date: input.asOf, countedCents: start.countedCents ?? 0 },
      to: { date: input.deadline, countedCents: projectedCents },
    };
  }

  const highest = Math.max(input.targetCents, projectedCents ?? 0, ...input.timeline.map((p) => p.countedCents));
  const y = centsAxis(highest * 1.05);
  return {
    ...base,
    latest,
    reachedOn,
    yMaxCents: y.max,
    yTicks: y.ticks,
    granularity,
    drawn,
    rows,
    projection,
    increaseAxis: increaseAxis(drawn),
  };
}

/**
 * The bars' axis reaches 2.5 × the biggest day, so the bars stay in the lower part of the
 * chart, under the cumulative line; a negative day gets room below zero.
 */
export function increaseAxis(points: readonly DrawnPoint[]): MoneyAxis {
  const highest = Math.max(0, ...points.map((p) => p.increaseCents));
  const lowest = Math.min(0, ...points.map((p) => p.increaseCents));
  return moneyAxis(Math.max(highest * 2.5, 100), lowest * 1.2);
}
