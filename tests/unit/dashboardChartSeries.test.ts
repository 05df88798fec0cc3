// The chart's series: change per day as bars, weekly buckets for long histories, and the
// projection from asOf to the deadline.
import { describe, expect, it } from "vitest";
import {
  chartSeries,
  dailyIncreases,
  drawnPoints,
  increaseAxis,
  mondayOf,
  weeklyBuckets,
} from "../../client/features/dashboard/chartSeries";
import { addDays } from "../../server/domain/dates";

const timeline = [
  { date: "2026-11-02", countedCents: 1_000_000 },
  { date: "2026-11-03", countedCents: 1_500_000 },
  { date: "2026-11-05", countedCents: 1_200_000 }, // a withdrawal: −3,000 €
  { date: "2026-11-10", countedCents: 4_200_000 },
];

describe("dailyIncreases", () => {
  it("is the difference of consecutive points, the first against zero, negative days kept", () => {
    expect(dailyIncreases(timeline).map((p) => p.increaseCents)).toEqual([1_000_000, 500_000, -300_000, 3_000_000]);
  });

  it("an empty timeline has no bars", () => {
    expect(dailyIncreases([])).toEqual([]);
  });
});

describe("weekly buckets", () => {
  it("a week runs Monday to Sunday", () => {
    expect(mondayOf("2026-11-02")).toBe("2026-11-02"); // a Monday
    expect(mondayOf("2026-11-08")).toBe("2026-11-02"); // Sunday of that week
    expect(mondayOf("2026-11-10")).toBe("2026-11-09");
  });

  it("sums a week's changes and keeps its last level, dated by its Monday", () => {
    expect(weeklyBuckets(dailyIncreases(timeline))).toEqual([
      { date: "2026-11-02", countedCents: 1_200_000, increaseCents: 1_200_000 }, // 10,000 + 5,000 − 3,000
      { date: "2026-11-09", countedCents: 4_200_000, increaseCents: 3_000_000 },
    ]);
  });

  it("draws days up to the limit and weeks beyond it", () => {
    const long = Array.from({ length: 401 }, (_, i) => ({
      date: addDays("2025-01-06", i),
      countedCents: (i + 1) * 100,
    }));
    expect(drawnPoints(long.slice(0, 400)).granularity).toBe("day");
    const weeks = drawnPoints(long);
    expect(weeks.granularity).toBe("week");
    expect(weeks.points).toHaveLength(58); // 401 days from a Monday: 57 full weeks and one day
    expect(weeks.points.reduce((sum, w) => sum + w.increaseCents, 0)).toBe(401 * 100); // no money lost in the buckets
    expect(weeks.points.at(-1)!.countedCents).toBe(401 * 100);
  });
});

describe("chartSeries", () => {
  const base = { timeline, targetCents: 10_000_000, deadline: "2026-11-30", asOf: "2026-11-12" };

  it("the projection runs from the level at asOf to the projected total at the deadline", () => {
    const data = chartSeries({ ...base, projectedCents: 9_000_000 });
    expect(data.projection).toEqual({
      from: { date: "2026-11-12", countedCents: 4_200_000 },
      to: { date: "2026-11-30", countedCents: 9_000_000 },
    });
    const projected = data.rows.filter((r) => r.projectedCents !== undefined).map((r) => [r.date, r.projectedCents]);
    expect(projected).toEqual([
      ["2026-11-12", 4_200_000],
      ["2026-11-30", 9_000_000],
    ]);
    expect(data.rows.map((r) => r.time)).toEqual([...data.rows.map((r) => r.time)].sort((a, b) => a - b));
  });

  it("the y axis makes room for a projection beyond the target", () => {
    const data = chartSeries({ ...base, projectedCents: 30_000_000 });
    expect(data.yMaxCents).toBeGreaterThanOrEqual(30_000_000 * 1.05);
  });

  it("no projection: no dashed line, and the rows are the cumulative points with their bars", () => {
    const data = chartSeries({ ...base, projectedCents: null });
    expect(data.projection).toBeNull();
    expect(data.rows.map((r) => [r.date, r.countedCents, r.increaseCents])).toEqual([
      ["2026-11-01", 0, undefined], // the start, the day before the first pledge
      ["2026-11-02", 1_000_000, 1_000_000],
      ["2026-11-03", 1_500_000, 500_000],
      ["2026-11-05", 1_200_000, -300_000],
      ["2026-11-10", 4_200_000, 3_000_000],
      ["2026-11-12", 4_200_000, undefined], // the level held to asOf
    ]);
  });

  it("past the deadline there is no projection even if one were passed", () => {
    expect(chartSeries({ ...base, asOf: "2026-12-05", projectedCents: 9_000_000 }).projection).toBeNull();
  });

  it("in weekly mode the text alternative still names the real latest day and the day the target was reached", () => {
    const long = Array.from({ length: 500 }, (_, i) => ({
      date: addDays("2025-01-01", i),
      countedCents: (i + 1) * 1_000,
    }));
    const data = chartSeries({
      timeline: long,
      targetCents: 300_000,
      deadline: "2026-12-31",
      asOf: addDays("2025-01-01", 499),
      projectedCents: null,
    });
    expect(data.granularity).toBe("week");
    expect(data.latest).toEqual(long.at(-1));
    expect(data.reachedOn).toBe(addDays("2025-01-01", 299));
  });
});

describe("increaseAxis", () => {
  it("starts at zero without negative days and leaves the bars the lower part of the chart", () => {
    const { domain } = increaseAxis(dailyIncreases(timeline.slice(0, 2)));
    expect(domain[0]).toBe(0);
    expect(domain[1]).toBeGreaterThanOrEqual(1_000_000 * 2.5);
  });

  it("reaches below zero when a day lost money", () => {
    expect(increaseAxis(dailyIncreases(timeline)).domain[0]).toBeLessThanOrEqual(-300_000);
  });

  it("ticks in even round steps from the domain's start to its end (no 0 / 30k / 60k / 80k)", () => {
    // biggest day 30,000 € → 2.5 × = 75,000 €: steps of 20,000 € up to 80,000 €
    const { domain, ticks } = increaseAxis(dailyIncreases(timeline));
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
    const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
    expect(steps.size).toBe(1);
    expect(ticks).toContain(0);
  });
});
