// client/lib/dateInput.ts: dates typed and shown the way the UI language writes them
// (TT.MM.JJJJ in German, DD/MM/YYYY in English), whatever the browser's language, while the
// app keeps ISO days.
import { TRPCClientError } from "@trpc/client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  dateInputProblem,
  dateValueOf,
  dateValueProblem,
  dayOfLocalDate,
  formatDateInput,
  localDateOf,
  readDateInput,
} from "../../client/lib/dateInput";
import { loadCatalogue, translate, type Locale } from "../../client/lib/i18n";
import type { MessageKey } from "../../client/lib/i18n/de";
import { refusedAsUnusualDate } from "../../client/lib/trpc";

const tOf = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(locale, key, params);
// English is fetched on demand in the app; here, once before the tests.
beforeAll(() => loadCatalogue("en"));

describe("reading a typed date", () => {
  it.each([
    ["15.05.2016", "2016-05-15"],
    ["1.6.2016", "2016-06-01"], // day and month without their leading zero
    [" 01.06.2016 ", "2016-06-01"],
    ["1. 6. 2016", "2016-06-01"], // as Germans sometimes write it
    ["01/06/2016", "2016-06-01"], // the British order, day first
    ["1/6/2016", "2016-06-01"],
    ["2016-06-01", "2016-06-01"], // ISO, as pasted from an export
    ["2016-6-1", "2016-06-01"],
    ["29.02.2016", "2016-02-29"], // a leap year
  ])("%j is the day %s", (typed, day) => {
    expect(readDateInput(typed)).toEqual({ kind: "day", day });
  });

  it.each([
    "31.02.2026", // February has no 31st
    "29.02.2026", // not a leap year
    "00.06.2016",
    "32.01.2016",
    "15.13.2016", // no 13th month
    "05/15/2016", // the American order: month 15
    "2016-02-30",
  ])("%j has a date's shape but no such day", (typed) => {
    expect(readDateInput(typed)).toEqual({ kind: "impossible" });
  });

  it.each([
    "1.6.16", // a two-digit year is not guessed
    "1.6.",
    "15.05/2016", // two different separators
    "15-05-2016",
    "morgen",
    "2016",
    "15.05.20166",
  ])("%j is not a date", (typed) => {
    expect(readDateInput(typed)).toEqual({ kind: "format" });
  });

  it("an empty or blank field is empty, not wrong", () => {
    expect(readDateInput("")).toEqual({ kind: "empty" });
    expect(readDateInput("   ")).toEqual({ kind: "empty" });
  });
});

describe("what the field hands to its form", () => {
  it("the ISO day for a date, empty for nothing, the text itself for anything else", () => {
    expect(dateValueOf("1.6.2016")).toBe("2016-06-01");
    expect(dateValueOf(" ")).toBe("");
    expect(dateValueOf(" 31.02.2026 ")).toBe("31.02.2026");
  });

  it("a form's check refuses an empty value and one that is no ISO day", () => {
    const t = tOf("de");
    expect(dateValueProblem("2016-06-01", t)).toBeUndefined();
    expect(dateValueProblem("", t)).toBe("Bitte geben Sie ein Datum an.");
    expect(dateValueProblem("31.02.2026", t)).toBe("Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).");
  });
});

describe("showing a day", () => {
  it.each([
    ["de", "2016-06-01", "01.06.2016"],
    ["en", "2016-06-01", "01/06/2016"],
    ["de", "2026-12-31", "31.12.2026"],
  ] as const)("in %s, %s is shown as %s and read back", (locale, day, shown) => {
    expect(formatDateInput(day, locale)).toBe(shown);
    expect(dateValueOf(shown)).toBe(day);
  });

  it("what is no day stays as typed", () => {
    expect(formatDateInput("31.02.2026", "de")).toBe("31.02.2026");
    expect(formatDateInput("", "en")).toBe("");
  });
});

describe("the field's message for what is typed", () => {
  it("names the expected form, or the day that does not exist, in the UI language", () => {
    expect(dateInputProblem("1.6.16", tOf("de"), "de")).toBe(
      "Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 01.06.2016.",
    );
    expect(dateInputProblem("1.6.16", tOf("en"), "en")).toBe("Please enter the date as DD/MM/YYYY, e.g. 01/06/2016.");
    expect(dateInputProblem("31.02.2026", tOf("de"), "de")).toBe(
      "Den 31.02.2026 gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    );
    expect(dateInputProblem("31/02/2026", tOf("en"), "en")).toBe(
      "There is no 31/02/2026. Please check the day and the month.",
    );
  });

  it("a day outside min…max is named with the limit; the limits themselves are allowed", () => {
    const t = tOf("de");
    const range = { min: "2016-01-01", max: "2016-06-01" };
    expect(dateInputProblem("31.12.2015", t, "de", range)).toBe("Das Datum darf nicht vor dem 01.01.2016 liegen.");
    expect(dateInputProblem("02.06.2016", t, "de", range)).toBe("Das Datum darf nicht nach dem 01.06.2016 liegen.");
    expect(dateInputProblem("01.01.2016", t, "de", range)).toBeUndefined();
    expect(dateInputProblem("01.06.2016", t, "de", range)).toBeUndefined();
  });

  it("an empty field has no message of its own (the form decides whether a date is needed)", () => {
    expect(dateInputProblem("", tOf("de"), "de", { max: "2016-01-01" })).toBeUndefined();
  });
});

describe("days for the calendar, which works in the browser's local time", () => {
  it.each(["2016-01-01", "2016-03-27", "2016-10-30", "2024-02-29", "2026-12-31"])(
    "%s goes to a local date and back unchanged (daylight-saving days included)",
    (day) => {
      const date = localDateOf(day);
      expect([date.getHours(), date.getMinutes()]).toEqual([0, 0]);
      expect(dayOfLocalDate(date)).toBe(day);
    },
  );
});

describe("the server's refusal of a date as unusual (more than 90 days after the deadline)", () => {
  /** A BAD_REQUEST as the server sends it (docs/api.md "Shapes"). */
  const refusal = (fieldErrors: Record<string, string[]>, code = "BAD_REQUEST") =>
    TRPCClientError.from({
      error: { code: -32600, message: "Invalid input", data: { code, httpStatus: 400, fieldErrors } },
    });
  const unusual = "lies more than 90 days after the deadline 2016-06-01; send acceptUnusualDate: true to keep it";

  it("is recognised for its field, so the UI asks and resends with acceptUnusualDate", () => {
    expect(refusedAsUnusualDate(refusal({ at: [unusual] }), "at")).toBe(true);
    expect(refusedAsUnusualDate(refusal({ pledgedAt: [unusual] }), "pledgedAt")).toBe(true);
  });

  it("is not confused with other refusals of the date or of another field", () => {
    expect(refusedAsUnusualDate(refusal({ at: ["may not be in the future"] }), "at")).toBe(false);
    expect(refusedAsUnusualDate(refusal({ pledgedAt: [unusual] }), "at")).toBe(false);
    expect(refusedAsUnusualDate(refusal({ at: [unusual] }, "CONFLICT"), "at")).toBe(false);
    expect(refusedAsUnusualDate(new Error(unusual), "at")).toBe(false);
  });
});
