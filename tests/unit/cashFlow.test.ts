// cashFlow(): per calendar year the match period touches, the state share pro rata by days
// beside own funds scheduled and received; money outside the period in one row. Hand-computed.
import { describe, expect, it } from "vitest";
import { cashFlow, type CashFlowInput, matchPeriodYears, splitProRata } from "../../server/domain/cashFlow";

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
  it("has one row per calendar year the match period touches: 3 years from 1 June 2016 → 2016–2019", () => {
    expect(run().map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
    // match years starting 1 January end on 31 December: two calendar years
    expect(run({ matchStart: "2017-01-01", matchYears: 2 }).map((y) => y.year)).toEqual([2017, 2018]);
  });

  it("counts the period's days in each year: 214 + 365 + 365 + 151 = 1,095", () => {
    expect(matchPeriodYears("2016-06-01", 3)).toEqual([
      { year: 2016, days: 214 },
      { year: 2017, days: 365 },
      { year: 2018, days: 365 },
      { year: 2019, days: 151 },
    ]);
    // a leap year inside the period counts its 29 February
    expect(matchPeriodYears("2019-06-01", 1)).toEqual([
      { year: 2019, days: 214 },
      { year: 2020, days: 152 },
    ]);
  });

  it("splits the state share pro rata by days, to the cent", () => {
    // 1,095,000 cents over 214/365/365/151 days: exactly 1,000 cents a day.
    expect(run({ potentialMatchCents: 1_095_000 }).map((y) => y.stateCents)).toEqual([
      214_000, 365_000, 365_000, 151_000,
    ]);
    // 100 cents: 19.54 | 33.33 | 33.33 | 13.79 → 19 | 33 | 33 | 13 = 98; the two largest remainders
    // (2019's 0.79, 2016's 0.54) get a cent each.
    const years = run({ potentialMatchCents: 100 });
    expect(years.map((y) => y.stateCents)).toEqual([20, 33, 33, 14]);
    expect(splitProRata(100_000_001, [1, 1, 1])).toEqual([33_333_334, 33_333_334, 33_333_333]);
  });

  it("puts own funds scheduled and received in their years", () => {
    const years = run({
      potentialMatchCents: 1_095,
      scheduledByYear: new Map([
        [2016, 300],
        [2017, 300],
        [2018, 300],
      ]),
      receivedByYear: new Map([[2016, 60]]),
    });
    expect(years).toEqual([
      { year: 2016, ownScheduledCents: 300, ownReceivedCents: 60, stateCents: 214, short: false },
      { year: 2017, ownScheduledCents: 300, ownReceivedCents: 0, stateCents: 365, short: false },
      // up to 2018: own 900 against state 214 + 365 + 365 = 944 at 1:1 → short
      { year: 2018, ownScheduledCents: 300, ownReceivedCents: 0, stateCents: 365, short: true },
      { year: 2019, ownScheduledCents: 0, ownReceivedCents: 0, stateCents: 151, short: true },
    ]);
  });

  it("gathers money scheduled or received outside the period in one row, year null, never empty years", () => {
    const years = run({
      potentialMatchCents: 1_095,
      scheduledByYear: new Map([
        [2015, 500],
        [2016, 1_095],
        [2021, 700],
        [2022, 0],
      ]),
      receivedByYear: new Map([
        [2014, 40],
        [2020, 25],
      ]),
    });
    expect(years.map((y) => [y.year, y.ownScheduledCents, y.ownReceivedCents, y.stateCents, y.short])).toEqual([
      [2016, 1_095, 0, 214, false],
      [2017, 0, 0, 365, false],
      [2018, 0, 0, 365, false],
      [2019, 0, 0, 151, false],
      [null, 1_200, 65, 0, false],
    ]);
    // a late payment alone makes the row; nothing outside, no row
    expect(run({ receivedByYear: new Map([[2020, 5]]) }).at(-1)).toMatchObject({ year: null, ownReceivedCents: 5 });
    expect(run({ scheduledByYear: new Map([[2020, 0]]) }).map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
  });

  it("calls a year short at 1:1 when own scheduled funds up to it are one cent below the state share", () => {
    const at = (own: number) => run({ potentialMatchCents: 1_095_000, scheduledByYear: new Map([[2016, own]]) })[0];
    expect(at(213_999).short).toBe(true);
    expect(at(214_000).short).toBe(false);
  });

  it("calls a year short at 1:1.5 by integers: own × 150 < state × 100", () => {
    // 2016's state share 214,000: own 142,667 × 150 = 21,400,050 ≥ 21,400,000 → covered;
    // own 142,666 × 150 = 21,399,900 < 21,400,000 → short.
    const at = (own: number) =>
      run({ matchRatioHundredths: 150, potentialMatchCents: 1_095_000, scheduledByYear: new Map([[2016, own]]) })[0];
    expect(at(142_667)).toMatchObject({ stateCents: 214_000, short: false });
    expect(at(142_666).short).toBe(true);
  });
});
