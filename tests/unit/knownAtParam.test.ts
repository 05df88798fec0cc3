// "As shown at a time" in the URL (`?knownAt=2016-05-19T18:00`, Berlin wall clock) and as the
// server takes it (an ISO 8601 instant with its offset), the clock time as people type it,
// and the day the dashboard shows beside it.
import { describe, expect, it } from "vitest";
import { dayShown, searchForToday } from "../../client/features/dashboard/asOfParam";
import { readClockTime } from "../../client/features/dashboard/clockTime";
import { berlinInstant, knownAtFromParam, knownAtParam, knownAtParts } from "../../client/lib/knownAt";

describe("knownAtFromParam", () => {
  it.each([
    [null, null],
    ["", null],
    ["2016-05-19T18:00", "2016-05-19T18:00"],
    ["2016-05-19T00:00", "2016-05-19T00:00"],
    ["2016-05-19T23:59", "2016-05-19T23:59"],
    ["2016-05-19T24:00", null], // no such hour
    ["2016-05-19T18:60", null],
    ["2016-02-30T18:00", null], // no such day
    ["2016-05-19T18:00:00", null], // seconds are not part of the URL's form
    ["2016-05-19T18:00Z", null], // an offset neither: the URL holds Berlin's clock
    ["2016-05-19 18:00", null],
    ["2016-05-19", null],
  ])("%s → %s", (param, expected) => {
    expect(knownAtFromParam(param)).toBe(expected);
  });

  it("is written from a day and a clock time, and split back into them", () => {
    expect(knownAtParam("2016-05-19", "18:00")).toBe("2016-05-19T18:00");
    expect(knownAtParam("2016-05-19", "8:00")).toBeNull();
    expect(knownAtParam("19.05.2016", "18:00")).toBeNull();
    expect(knownAtParts("2016-05-19T18:00")).toEqual({ day: "2016-05-19", time: "18:00" });
  });
});

describe("berlinInstant: Berlin's clock as an instant with its offset", () => {
  it.each([
    ["2016-05-19T18:00", "2016-05-19T18:00:00+02:00", "2016-05-19T16:00:00.000Z"], // summer time
    ["2016-01-10T00:30", "2016-01-10T00:30:00+01:00", "2016-01-09T23:30:00.000Z"], // winter, the day before in UTC
    ["2026-03-29T01:59", "2026-03-29T01:59:00+01:00", "2026-03-29T00:59:00.000Z"], // just before the clocks go forward
    ["2026-03-29T03:00", "2026-03-29T03:00:00+02:00", "2026-03-29T01:00:00.000Z"], // just after
    ["2026-03-29T02:30", "2026-03-29T03:30:00+02:00", "2026-03-29T01:30:00.000Z"], // the skipped hour: summer time after it
    ["2026-10-25T01:30", "2026-10-25T01:30:00+02:00", "2026-10-24T23:30:00.000Z"], // before the clocks go back
    ["2026-10-25T02:30", "2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00.000Z"], // the hour twice: its second pass
    ["2026-10-25T03:00", "2026-10-25T03:00:00+01:00", "2026-10-25T02:00:00.000Z"],
  ])("%s → %s", (local, iso, utc) => {
    expect(berlinInstant(local)).toBe(iso);
    expect(new Date(berlinInstant(local)).toISOString()).toBe(utc);
  });

  it("is what the server's instant schema accepts: an offset, no milliseconds", () => {
    expect(berlinInstant("2016-05-19T18:00")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
  });
});

describe("readClockTime", () => {
  it.each([
    ["18:00", "18:00"],
    ["18", "18:00"],
    ["7", "07:00"],
    ["9:05", "09:05"],
    ["18.30", "18:30"],
    ["1830", "18:30"],
    [" 18:30 ", "18:30"],
    ["18 Uhr", "18:00"],
    ["0:00", "00:00"],
    ["24:00", null],
    ["12:60", null],
    ["18:3", null],
    ["", null],
    ["abends", null],
  ])("%s → %s", (typed, expected) => {
    expect(readClockTime(typed)).toBe(expected);
  });
});

describe("the day shown beside a time of knowledge", () => {
  const today = "2026-11-26";
  it.each([
    [null, null, null], // today, everything recorded
    ["2016-05-19", null, "2016-05-19"],
    [null, "2016-05-19T18:00", "2016-05-19"], // a time alone shows its own day, as the server reads it
    ["2016-05-20", "2016-05-19T18:00", "2016-05-20"], // a day given wins
    [null, "2026-11-26T08:00", null], // a time today: today's figures as known then
  ] as const)("asOf %s, knownAt %s → %s", (asOf, knownAt, expected) => {
    expect(dayShown(asOf, knownAt, today)).toBe(expected);
  });

  it("the way back to today drops the day and the time, and keeps the what-if switches", () => {
    expect(searchForToday(new URLSearchParams("asOf=2016-05-19&knownAt=2016-05-19T18:00&intentsAt=50"))).toBe(
      "?intentsAt=50",
    );
    expect(searchForToday(new URLSearchParams("asOf=2016-05-19"))).toBe("");
  });
});
