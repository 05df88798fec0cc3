// The dashboard's pure selectors: chart series and progress bar shaped from the summary.
import { describe, expect, it } from "vitest";
import { progressSegments } from "../../client/features/dashboard/progressSegments";
import { centsAxis, cumulativeChartData } from "../../client/lib/cumulativeChart";
import { formatDayTick } from "../../client/lib/format";
import { de } from "../../client/lib/i18n/de";
import { en } from "../../client/lib/i18n/en";

const timeline = [
  { date: "2016-04-22", countedCents: 5_000_000 },
  { date: "2016-05-19", countedCents: 100_000_000 },
  { date: "2016-05-31", countedCents: 152_000_000 },
];

describe("cumulativeChartData", () => {
  it("starts at zero the day before the first binding pledge and runs on to asOf while collecting", () => {
    const data = cumulativeChartData({
      timeline: timeline.slice(0, 2),
      targetCents: 150_000_000,
      deadline: "2016-06-01",
      asOf: "2016-05-25",
    });
    expect(data.points.map((p) => [p.date, p.countedCents])).toEqual([
      ["2016-04-21", 0],
      ["2016-04-22", 5_000_000],
      ["2016-05-19", 100_000_000],
      ["2016-05-25", 100_000_000], // the last level held to asOf
    ]);
    expect(data.domain[1]).toBe(Date.parse("2016-06-01T00:00:00Z")); // the axis reaches the deadline
    expect(data.reachedOn).toBeNull();
  });

  it("after the deadline stops at the deadline and tells the day the target was reached", () => {
    const data = cumulativeChartData({
      timeline,
      targetCents: 150_000_000,
      deadline: "2016-06-01",
      asOf: "2026-11-26",
      windowStart: "2016-04-20",
    });
    expect(data.points[0]).toMatchObject({ date: "2016-04-20", countedCents: 0 });
    expect(data.points.at(-1)).toMatchObject({ date: "2016-06-01", countedCents: 152_000_000 });
    expect(data.reachedOn).toBe("2016-05-31");
    expect(data.yMaxCents).toBeGreaterThanOrEqual(152_000_000 * 1.05);
  });

  it("an empty timeline draws a flat line at zero", () => {
    const data = cumulativeChartData({
      timeline: [],
      targetCents: 40_000_000,
      deadline: "2027-01-10",
      asOf: "2026-11-26",
    });
    expect(data.points.every((p) => p.countedCents === 0)).toBe(true);
    expect(data.latest).toEqual({ date: "2026-11-26", countedCents: 0 });
  });

  it("names the year on its ticks when the axis crosses into a new year, not otherwise", () => {
    const across = cumulativeChartData({ timeline: [], targetCents: 1, deadline: "2027-01-10", asOf: "2026-11-26" });
    expect(across.ticksWithYear).toBe(true);
    expect(formatDayTick(across.ticks[0], "de", across.ticksWithYear)).toBe("25.11.26");
    const within = cumulativeChartData({ timeline, targetCents: 1, deadline: "2016-06-01", asOf: "2016-05-25" });
    expect(within.ticksWithYear).toBe(false);
    expect(formatDayTick(within.ticks[0], "de", within.ticksWithYear)).toBe("21.04.");
  });
});

describe("centsAxis", () => {
  it.each([
    [150_000_000 * 1.05, 200_000_000], // 1.575M → steps of 500k up to 2M
    [42_000_000, 50_000_000],
    [1, 20], // a tiny value still gets a positive axis
  ])("rounds %d up to the axis maximum %d", (value, max) => {
    expect(centsAxis(value).max).toBe(max);
  });
});

describe("progressSegments", () => {
  it("scales to the target and splits paid, confirmed and intent", () => {
    const bar = progressSegments({
      paidCents: 10_000_000,
      confirmedCents: 50_000_000,
      intentCents: 20_000_000,
      countedCents: 60_000_000,
      targetCents: 100_000_000,
    });
    expect(bar.segments.map((s) => [s.key, s.percent])).toEqual([
      ["paid", 10],
      ["confirmed", 50],
      ["intent", 20],
    ]);
    expect(bar).toMatchObject({ targetPercent: 100, openCents: 40_000_000, overCents: 0 });
  });

  it("scales to all pledged money once it exceeds the target, with the target marked inside", () => {
    const bar = progressSegments({
      paidCents: 0,
      confirmedCents: 150_000_000,
      intentCents: 50_000_000,
      countedCents: 150_000_000,
      targetCents: 100_000_000,
    });
    expect(bar.targetPercent).toBe(50);
    expect(bar.overCents).toBe(50_000_000);
  });
});

describe("language catalogues", () => {
  it("English has exactly the German keys, none left empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.entries(en).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});
