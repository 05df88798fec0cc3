// client/lib/format.ts: amounts, dates, times and sizes through Intl, in each UI language
// (de-DE, en-GB), record times in Berlin. Spaces in Intl output may be no-break spaces.
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatEuro,
  formatFileSize,
  formatInstant,
  formatNumber,
  formatPercent,
} from "../../client/lib/format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formats for each UI language", () => {
  it.each([
    ["de", "1.512.345,00 €", "26.11.2026", "12,50 %", "1.234,5"],
    ["en", "€1,512,345.00", "26/11/2026", "12.50%", "1,234.5"],
  ] as const)("%s: money, calendar days, percent and numbers", (locale, euro, day, percent, number) => {
    expect(plain(formatEuro(151_234_500, locale))).toBe(euro);
    expect(formatDate("2026-11-26", locale)).toBe(day);
    expect(plain(formatPercent(12.5, locale))).toBe(percent);
    expect(formatNumber(1234.5, locale)).toBe(number);
  });

  it("one cent is shown as one cent in both languages", () => {
    expect(plain(formatEuro(1, "de"))).toBe("0,01 €");
    expect(formatEuro(1, "en")).toBe("€0.01");
  });

  it("a record time is shown in Berlin time, summer and winter", () => {
    // 12:05 UTC is 14:05 in Berlin in summer (CEST) and 13:05 in winter (CET).
    expect(plain(formatInstant("2026-07-01T12:05:00Z", "de"))).toContain("14:05");
    expect(plain(formatInstant("2026-01-15T12:05:00Z", "en"))).toContain("13:05");
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(plain(formatInstant("2026-12-31T23:30:00Z", "en"))).toContain("2027");
  });

  it("a calendar day stays that day whatever the time zone", () => {
    expect(formatDate("2026-03-29", "de")).toBe("29.03.2026");
    expect(formatDate("not a day", "en")).toBe("not a day");
  });

  it.each([
    [512, "de", "512 Byte"],
    [1536, "de", "1,5 kB"],
    [1536, "en", "1.5 kB"],
    [24 * 1024 * 1024, "en", "24 MB"],
  ] as const)("file size %i in %s → %s", (bytes, locale, text) => {
    expect(plain(formatFileSize(bytes, locale))).toBe(text);
  });
});
