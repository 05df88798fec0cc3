// Business dates are calendar days in Europe/Berlin; arithmetic on them ignores daylight saving.
import { describe, expect, it } from "vitest";
import { addDays, addYears, berlinDay, daysBetween, isCalendarDate } from "../../server/domain/dates";

describe("berlinDay", () => {
  it.each([
    ["2016-05-31T21:59:59Z", "2016-05-31"], // 23:59:59 CEST (UTC+2)
    ["2016-05-31T22:00:00Z", "2016-06-01"], // midnight in Berlin
    ["2016-05-31T22:30:00Z", "2016-06-01"], // still 31 May in UTC
    ["2016-01-15T22:59:59Z", "2016-01-15"], // 23:59:59 CET (UTC+1) in winter
    ["2016-01-15T23:00:00Z", "2016-01-16"],
    ["2016-12-31T23:30:00Z", "2017-01-01"], // a new year in Berlin first
    ["2016-03-27T00:30:00Z", "2016-03-27"], // the night clocks spring forward
    ["2016-10-29T22:30:00Z", "2016-10-30"], // the night clocks fall back (still CEST)
  ])("%s is %s in Berlin", (instant, day) => {
    expect(berlinDay(new Date(instant))).toBe(day);
  });
});

describe("isCalendarDate", () => {
  it.each(["2016-02-29", "2016-06-01", "2000-02-29", "2016-12-31"])("accepts %s", (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    "2016-02-30", // no such day
    "2015-02-29", // not a leap year
    "1900-02-29", // 1900 was not a leap year
    "2016-13-01",
    "2016-00-10",
    "2016-06-31",
    "2016-6-1", // not zero-padded
    "01.06.2016", // German notation is for imports only
    "2016-06-01T00:00:00Z",
    "",
  ])("rejects %j", (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe("addYears", () => {
  it.each([
    ["2016-06-01", 1, "2017-06-01"],
    ["2016-06-01", 2, "2018-06-01"],
    ["2016-02-29", 1, "2017-02-28"], // 29 February plus a year is 28 February, not 1 March
    ["2016-02-29", 4, "2020-02-29"], // a leap year again
    ["2016-02-28", 1, "2017-02-28"],
    ["2016-12-31", 1, "2017-12-31"],
  ])("%s plus %i years is %s", (day, years, expected) => {
    expect(addYears(day, years)).toBe(expected);
  });
});

describe("addDays and daysBetween", () => {
  it.each([
    ["2016-05-31", 1, "2016-06-01"],
    ["2016-03-26", 2, "2016-03-28"], // across the spring daylight-saving change
    ["2016-10-29", 2, "2016-10-31"], // across the autumn change
    ["2016-02-28", 1, "2016-02-29"],
    ["2016-06-01", -14, "2016-05-18"],
  ])("%s plus %i days is %s, and back", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(days);
  });
});
