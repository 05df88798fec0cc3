// project(): CONTRACT.md "The summary", projection, on hand-computed cases. Deadline 1 June
// 2016; asOf 20 May leaves 12 days (21 May … 1 June).
import { describe, expect, it } from "vitest";
import { project, type TimelinePoint } from "../../server/domain/projection";

const DEADLINE = "2016-06-01";
const p = (date: string, countedCents: number): TimelinePoint => ({ date, countedCents });
const run = (timeline: TimelinePoint[], asOf = "2016-05-20", targetCents = 1_000_000) =>
  project({ timeline, asOf, deadline: DEADLINE, targetCents });
const NONE = { pacePerDayCents: null, requiredPerDayCents: null, projectedCents: null, projectedReachDate: null };

describe("project", () => {
  it("takes the pace over the last 14 days", () => {
    // history 1–20 May = 20 days ≥ 14: window 14 days, from the end of 6 May to the end of 20 May.
    // counted 20 May 380,000; counted 6 May 100,000 → growth 280,000 / 14 = 20,000 a day.
    // days left 12; gap 1,000,000 − 380,000 = 620,000 → required ⌈620,000 / 12⌉ = ⌈51,666.67⌉ = 51,667.
    // projected 380,000 + 20,000 × 12 = 620,000; the line needs ⌈620,000 / 20,000⌉ = 31 days > 12 → null.
    const timeline = [p("2016-05-01", 100_000), p("2016-05-10", 240_000), p("2016-05-18", 380_000)];
    expect(run(timeline)).toMatchObject({
      pacePerDayCents: 20_000,
      requiredPerDayCents: 51_667,
      projectedCents: 620_000,
      projectedReachDate: null,
    });
  });

  it("ignores growth from before the 14-day window", () => {
    // counted 6 May (window start) 300,000 already: growth 380,000 − 300,000 = 80,000 / 14 = 5,714.28 → 5,714.
    const timeline = [p("2016-05-01", 100_000), p("2016-05-06", 300_000), p("2016-05-18", 380_000)];
    expect(run(timeline).pacePerDayCents).toBe(5_714);
  });

  it("divides by the days since the first binding pledge when fewer than 14, that first day counted", () => {
    // first binding 10 May, asOf 20 May: 10, 11, …, 20 = 11 days. counted before 10 May: 0.
    // growth 220,000 / 11 = 20,000. projected 220,000 + 20,000 × 12 = 460,000.
    const timeline = [p("2016-05-10", 110_000), p("2016-05-15", 220_000)];
    expect(run(timeline)).toMatchObject({ pacePerDayCents: 20_000, projectedCents: 460_000 });
  });

  it("is all null with fewer than 7 days of history, and computes from the 7th day on", () => {
    // first binding 15 May, asOf 20 May: 15…20 = 6 days < 7.
    expect(run([p("2016-05-15", 70_000)])).toMatchObject(NONE);
    // first binding 14 May: 14…20 = 7 days → pace 70,000 / 7 = 10,000.
    expect(run([p("2016-05-14", 70_000)]).pacePerDayCents).toBe(10_000);
  });

  it("is all null without any binding money", () => {
    expect(run([])).toMatchObject(NONE);
    expect(run([p("2016-05-01", 0)])).toMatchObject(NONE);
  });

  it("is all null on the deadline and after it", () => {
    const timeline = [p("2016-05-01", 100_000)];
    expect(run(timeline, "2016-06-01")).toMatchObject(NONE);
    expect(run(timeline, "2016-06-10")).toMatchObject(NONE);
    // the day before the deadline still projects: 1 day left.
    expect(run(timeline, "2016-05-31")).toMatchObject({ requiredPerDayCents: 900_000 });
  });

  it("rounds the required pace up", () => {
    // asOf 29 May: days left 30, 31 May, 1 June = 3. gap 100 → ⌈100 / 3⌉ = ⌈33.33⌉ = 34.
    expect(run([p("2016-05-01", 999_900)], "2016-05-29").requiredPerDayCents).toBe(34);
    // gap 99 → 99 / 3 = 33 exactly.
    expect(run([p("2016-05-01", 999_901)], "2016-05-29").requiredPerDayCents).toBe(33);
  });

  it("projects counted + pace × days left", () => {
    // pace: growth 280,000 / 14 = 20,000 (as the first case); 380,000 + 20,000 × 12 = 620,000.
    const timeline = [p("2016-05-01", 100_000), p("2016-05-18", 380_000)];
    expect(run(timeline).projectedCents).toBe(620_000);
  });

  describe("reach date", () => {
    it("is the day the target was reached and held since, when it is reached", () => {
      // 5 May reaches 1,000 but 8 May falls back below; reached again on 10 May and held.
      const timeline = [p("2016-05-01", 600), p("2016-05-05", 1_000), p("2016-05-08", 900), p("2016-05-10", 1_200)];
      expect(run(timeline, "2016-05-20", 1_000)).toMatchObject({
        projectedReachDate: "2016-05-10",
        requiredPerDayCents: 0,
      });
      // asOf 9 May (below again) → not reached; history 1…9 May = 9 days, counted before 1 May 0:
      // pace 900 / 9 = 100; gap 100 → ⌈100 / 100⌉ = 1 day → 10 May.
      expect(run(timeline, "2016-05-09", 1_000)).toMatchObject({
        pacePerDayCents: 100,
        projectedReachDate: "2016-05-10",
      });
    });

    it("is the day the pace line crosses the target before the deadline", () => {
      // counted 380,000, pace 20,000: target 560,000 → gap 180,000 → 9 days → 29 May.
      const timeline = [p("2016-05-01", 100_000), p("2016-05-18", 380_000)];
      expect(run(timeline, "2016-05-20", 560_000).projectedReachDate).toBe("2016-05-29");
      // gap 240,000 → 12 days → 1 June, the deadline itself: still in time.
      expect(run(timeline, "2016-05-20", 620_000).projectedReachDate).toBe("2016-06-01");
    });

    it("is null when the line does not cross by the deadline", () => {
      // gap 240,001 → ⌈240,001 / 20,000⌉ = 13 days > 12.
      const timeline = [p("2016-05-01", 100_000), p("2016-05-18", 380_000)];
      expect(run(timeline, "2016-05-20", 620_001).projectedReachDate).toBeNull();
    });
  });

  it("carries a negative pace (withdrawals) forward and reaches nothing", () => {
    // counted 6 May 500,000; 20 May 359,999: growth −140,001 / 14 = −10,000.07 → rounded down −10,001.
    // projected 359,999 − 10,001 × 12 = 239,987.
    const timeline = [p("2016-05-01", 500_000), p("2016-05-12", 359_999)];
    expect(run(timeline)).toMatchObject({
      pacePerDayCents: -10_001,
      requiredPerDayCents: Math.ceil(640_001 / 12),
      projectedCents: 239_987,
      projectedReachDate: null,
    });
  });

  it("spans the range of the 25th to 75th percentile of the last 14 daily increases", () => {
    // 7 … 20 May add 1,000, 2,000, …, 14,000: counted 105,000. Sorted increases: p25 at rank
    // 0.25 × 13 = 3.25 → 4,000 + 0.25 × 1,000 = 4,250; p75 at rank 9.75 → 10,000 + 750 = 10,750.
    // 12 days left: low 105,000 + 12 × 4,250 = 156,000; high 105,000 + 12 × 10,750 = 234,000.
    const timeline: TimelinePoint[] = [];
    let counted = 0;
    for (let i = 0; i < 14; i++) {
      counted += (i + 1) * 1_000;
      timeline.push(p(`2016-05-${String(7 + i).padStart(2, "0")}`, counted));
    }
    expect(run(timeline)).toMatchObject({ rangeLowCents: 156_000, rangeHighCents: 234_000, pacePerDayCents: 7_500 });
  });

  it("needs the gap per working day left, 0 once reached, null when no working day is left", () => {
    const timeline = [p("2016-05-01", 100_000), p("2016-05-18", 380_000)];
    const at = (workingDaysLeft: number, targetCents = 1_000_000) =>
      project({ timeline, asOf: "2016-05-20", deadline: DEADLINE, targetCents, workingDaysLeft });
    // gap 620,000 over 7 working days: ⌈88,571.43⌉ = 88,572.
    expect(at(7)).toMatchObject({ requiredPerWorkingDayCents: 88_572, workingDaysLeft: 7 });
    expect(at(0).requiredPerWorkingDayCents).toBeNull();
    expect(at(0, 300_000).requiredPerWorkingDayCents).toBe(0);
  });

  it("tells the change against one week earlier, also without enough history for a pace", () => {
    // counted 20 May 380,000; at the end of 13 May 100,000.
    expect(run([p("2016-05-01", 100_000), p("2016-05-18", 380_000)]).weekChangeCents).toBe(280_000);
    expect(run([p("2016-05-16", 70_000)])).toMatchObject({ pacePerDayCents: null, weekChangeCents: 70_000 });
  });
});
