// cashFlow(): the state share spread over the match years beside own funds scheduled and
// received per calendar year (CONTRACT.md "The summary", cashFlow), on hand-computed cases.
import { describe, expect, it } from "vitest";
import { cashFlow, type CashFlowInput } from "../../server/domain/cashFlow";

const run = (overrides: Partial<CashFlowInput> = {}) =>
  cashFlow({
    matchStart: "2016-06-01",
    matchYears: 3,
    matchRatioHundredths: 100,
    potentialMatchCents: 0,
    scheduledByYear: new Map(),
    receivedByYear: new Map(),
    ...overrides,
  });

describe("cashFlow", () => {
  it("has one row per calendar year of the match period: 3 years from 1 June 2016 → 2016, 2017, 2018", () => {
    expect(run().map((y) => y.year)).toEqual([2016, 2017, 2018]);
    // match years starting 1 January fall one a year as well
    expect(run({ matchStart: "2017-01-01", matchYears: 2 }).map((y) => y.year)).toEqual([2017, 2018]);
  });

  it("splits the potential match evenly, the leftover cents on the first year", () => {
    // 1,000,000.01 € = 100,000,001 cents / 3 = 33,333,333 rest 2 → 33,333,335 + 33,333,333 + 33,333,333.
    const years = run({ potentialMatchCents: 100_000_001 });
    expect(years.map((y) => y.stateCents)).toEqual([33_333_335, 33_333_333, 33_333_333]);
    expect(years.reduce((sum, y) => sum + y.stateCents, 0)).toBe(100_000_001);
  });

  it("puts own funds scheduled and received in their years", () => {
    const years = run({
      potentialMatchCents: 300,
      scheduledByYear: new Map([
        [2016, 100],
        [2017, 120],
        [2018, 70],
      ]),
      receivedByYear: new Map([[2016, 60]]),
    });
    expect(years).toEqual([
      { year: 2016, ownScheduledCents: 100, ownReceivedCents: 60, stateCents: 100, short: false },
      { year: 2017, ownScheduledCents: 120, ownReceivedCents: 0, stateCents: 100, short: false },
      // up to 2018: own 100 + 120 + 70 = 290, state 300: 290 × 100 < 300 × 100 → short (2017's 20 extra carry only part)
      { year: 2018, ownScheduledCents: 70, ownReceivedCents: 0, stateCents: 100, short: true },
    ]);
  });

  it("gives money scheduled or received outside the match years a row of its own with state 0", () => {
    const years = run({
      potentialMatchCents: 300,
      scheduledByYear: new Map([
        [2015, 500],
        [2016, 100],
        [2019, 700],
        [2020, 0],
      ]),
      receivedByYear: new Map([[2014, 40]]),
    });
    expect(years.map((y) => [y.year, y.ownScheduledCents, y.ownReceivedCents, y.stateCents, y.short])).toEqual([
      [2014, 0, 40, 0, false], // no state share: nothing to fall short of
      [2015, 500, 0, 0, false],
      // the 500 planned early carry every later year: up to 2018 own 600 ≥ state 300
      [2016, 100, 0, 100, false],
      [2017, 0, 0, 100, false],
      [2018, 0, 0, 100, false],
      [2019, 700, 0, 0, false],
      // 2020 scheduled 0: no row
    ]);
  });

  it("does not call later years short over the cents an even split puts on the first year", () => {
    // 1:1, own 100,001 | 99,999 | 100,000 against a state share of 100,000 a year.
    // Up to 2017: 200,000 ≥ 200,000; up to 2018: 300,000 ≥ 300,000 → nothing short, though 2017 alone has 1 cent less.
    const years = run({
      potentialMatchCents: 300_000,
      scheduledByYear: new Map([
        [2016, 100_001],
        [2017, 99_999],
        [2018, 100_000],
      ]),
    });
    expect(years.map((y) => y.short)).toEqual([false, false, false]);
  });

  it("calls a year short at 1:1 when own scheduled funds are one cent below the state share", () => {
    // state 2016: 33,333,335. own 33,333,334 × 100 < 33,333,335 × 100 → short; own 33,333,335 → not.
    const at = (own: number) =>
      run({ potentialMatchCents: 100_000_001, scheduledByYear: new Map([[2016, own]]) })[0].short;
    expect(at(33_333_334)).toBe(true);
    expect(at(33_333_335)).toBe(false);
  });

  it("calls a year short at 1:1.5 by integers: own × 150 < state × 100", () => {
    // potential 450,000 over 3 years: 150,000 a year. own 100,000 × 150 = 15,000,000 = 150,000 × 100 → not short;
    // own 99,999 × 150 = 14,999,850 < 15,000,000 → short.
    const at = (own: number) =>
      run({ matchRatioHundredths: 150, potentialMatchCents: 450_000, scheduledByYear: new Map([[2016, own]]) })[0];
    expect(at(100_000)).toMatchObject({ stateCents: 150_000, short: false });
    expect(at(99_999).short).toBe(true);
  });
});
