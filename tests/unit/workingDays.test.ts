// Working days for the needed pace: Monday to Friday without the public holidays of the
// campaign's region (date-holidays). Around the Aachen deadline, 1 June 2016: Fronleichnam
// (26 May) is a holiday in North Rhine-Westphalia but not in Berlin.
import { describe, expect, it } from "vitest";
import { isHolidayRegion, workingDaysAfter } from "../../server/calendar/workingDays";

describe("workingDaysAfter", () => {
  it("skips weekends and the region's public holidays", () => {
    // 21 May (Sat) … 1 June: 23, 24, 25, (26 Fronleichnam), 27, 30, 31 May, 1 June.
    expect(workingDaysAfter("2016-05-20", "2016-06-01", "DE-NW")).toBe(7);
    expect(workingDaysAfter("2016-05-20", "2016-06-01", "DE-BE")).toBe(8);
    // Whit Monday, 16 May, is a holiday everywhere in Germany: 13 May (Fri) → 17 May (Tue) is one day.
    expect(workingDaysAfter("2016-05-13", "2016-05-17", "DE-NW")).toBe(1);
  });

  it("is 0 on and after the deadline", () => {
    expect(workingDaysAfter("2016-06-01", "2016-06-01", "DE-NW")).toBe(0);
    expect(workingDaysAfter("2016-06-10", "2016-06-01", "DE-NW")).toBe(0);
  });
});

describe("isHolidayRegion", () => {
  it.each([
    ["DE-NW", true],
    ["DE", true],
    ["AT-9", true],
    ["DE-XX", false],
    ["XX", false],
    ["de-nw", false],
    ["DE-NW; drop table", false],
  ])("%s: %s", (region, known) => {
    expect(isHolidayRegion(region)).toBe(known);
  });
});
