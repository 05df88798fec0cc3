// Export cells: neutralising formulas (OWASP CSV injection), money from integer cents,
// dates and Berlin times per locale, German labels, download names.
import { describe, expect, it } from "vitest";
import { de as catalogue } from "../../client/lib/i18n/de";
import { code, text, type Cell } from "../../server/export/columns";
import { csvText } from "../../server/export/csv";
import { asciiSlug, unicodeSlug } from "../../server/domain/slug";
import { attachmentHeader } from "../../server/export/filename";
import {
  berlinWallClockDate,
  formatCents,
  formatDay,
  formatInstant,
  neutralise,
} from "../../server/domain/spreadsheet";
import { LISTING_DE, PLEDGE_STATUS_DE, PLEDGE_TYPE_DE, SPONSOR_KIND_DE } from "../../server/export/labels";
import { xlsxCell } from "../../server/export/xlsx";

describe("neutralise", () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["\rReturn", "'\rReturn"],
    ["\uFF1D1+1", "'\uFF1D1+1"], // fullwidth =, which Apple Numbers folds to =
  ])("puts an apostrophe before %j", (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it.each(["Printen Lambertz KG", "", "a=b", "1+1", " =x", "'quoted", "Ärzte-Verband"])(
    "leaves %j as it is",
    (input) => {
      expect(neutralise(input)).toBe(input);
    },
  );
});

describe("formatCents", () => {
  it.each([
    // cents, en, de
    [150050, "1500.50", "1500,50"],
    [5, "0.05", "0,05"],
    [50, "0.50", "0,50"],
    [100, "1.00", "1,00"],
    [0, "0.00", "0,00"],
    [1, "0.01", "0,01"],
    [100_000_000_000, "1000000000.00", "1000000000,00"], // €1bn, the largest amount: no thousands separator
    [-5, "-0.05", "-0,05"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91", "90071992547409,91"], // beyond what a double divided by 100 prints exactly
  ])("%i cents → %s / %s", (cents, en, de) => {
    expect(formatCents(cents, ".")).toBe(en);
    expect(formatCents(cents, ",")).toBe(de);
  });

  it("refuses fractions of a cent rather than rounding them", () => {
    expect(() => formatCents(1.5, ".")).toThrow(RangeError);
  });
});

describe("dates and times", () => {
  it("writes business dates as ISO or DD.MM.YYYY", () => {
    expect(formatDay("2016-05-02", "en")).toBe("2016-05-02");
    expect(formatDay("2016-05-02", "de")).toBe("02.05.2016");
  });

  it("writes record times as Berlin wall-clock time, summer (UTC+2) and winter (UTC+1)", () => {
    expect(formatInstant(Date.parse("2016-05-20T10:00:00Z"), "en")).toBe("2016-05-20 12:00:00");
    expect(formatInstant(Date.parse("2016-05-20T10:00:00Z"), "de")).toBe("20.05.2016 12:00:00");
    expect(formatInstant(Date.parse("2016-12-31T23:30:05Z"), "en")).toBe("2017-01-01 00:30:05");
  });

  it.each([
    ["2016-03-27T00:59:59Z", "2016-03-27 01:59:59"], // last second of winter time
    ["2016-03-27T01:00:00Z", "2016-03-27 03:00:00"], // clocks jump from 02:00 to 03:00
    ["2016-10-30T00:59:59Z", "2016-10-30 02:59:59"], // last second of summer time
    ["2016-10-30T01:00:00Z", "2016-10-30 02:00:00"], // clocks fall back from 03:00 to 02:00
    ["2016-05-20T10:00:00.999Z", "2016-05-20 12:00:00"], // milliseconds are cut, not rounded
  ])("switches between winter and summer time on the hour: %s → %s", (iso, berlin) => {
    expect(formatInstant(Date.parse(iso), "en")).toBe(berlin);
  });

  it("gives the .xlsx a date whose UTC fields are the Berlin wall clock", () => {
    expect(berlinWallClockDate(Date.parse("2016-05-20T22:15:00Z")).toISOString()).toBe("2016-05-21T00:15:00.000Z");
  });
});

describe("German labels", () => {
  it("are the client's catalogue words, so the file says what the screen says", () => {
    const tables = {
      sponsorKind: SPONSOR_KIND_DE,
      pledgeType: PLEDGE_TYPE_DE,
      pledgeStatus: PLEDGE_STATUS_DE,
      listing: LISTING_DE,
    };
    for (const [prefix, table] of Object.entries(tables)) {
      for (const [key, label] of Object.entries(table))
        expect(label, `${prefix}.${key}`).toBe(catalogue[`${prefix}.${key}` as keyof typeof catalogue]);
    }
  });

  it("replace codes only in German exports", () => {
    const cell = code(PLEDGE_STATUS_DE, "withdrawn");
    expect(csvText(cell, "en")).toBe("withdrawn");
    expect(csvText(cell, "de")).toBe("Zurückgezogen");
  });
});

describe("cells", () => {
  it("neutralise text in CSV, keep it as typed in a text-styled .xlsx cell, and keep numbers numbers", () => {
    const note: Cell = text("+1");
    expect(csvText(note, "en")).toBe("'+1");
    expect(xlsxCell(note, "en")).toEqual({ value: "+1", type: String, format: "@" });
    expect(csvText({ kind: "amount", cents: -5 }, "de")).toBe("-0,05");
    expect(xlsxCell({ kind: "amount", cents: 150050 }, "de")).toEqual({
      value: 1500.5,
      type: Number,
      format: "#,##0.00",
    });
    expect(csvText({ kind: "integer", value: -1 }, "en")).toBe("-1");
  });

  it("write yes/no as true/false, or ja/nein for German Excel", () => {
    expect(csvText({ kind: "flag", value: true }, "en")).toBe("true");
    expect(csvText({ kind: "flag", value: false }, "de")).toBe("nein");
  });
});

describe("download names", () => {
  it.each([
    ["Aachen digitalisiert", "aachen-digitalisiert", "aachen-digitalisiert"],
    ["Köln – Straße der Zukunft!", "koeln-strasse-der-zukunft", "köln-straße-der-zukunft"],
    ["Liège & Maastricht", "liege-maastricht", "liège-maastricht"],
    ['"; rm -rf / ', "rm-rf", "rm-rf"],
    ["€€€", "kampagne", "kampagne"],
  ])("%j → %s (ASCII) and %s (UTF-8)", (name, ascii, unicode) => {
    expect(asciiSlug(name)).toBe(ascii);
    expect(unicodeSlug(name)).toBe(unicode);
  });

  it("offer an ASCII filename and the UTF-8 one", () => {
    expect(attachmentHeader("Köln (digital)", "zusagen", "2016-05-20", "csv")).toBe(
      `attachment; filename="koeln-digital-zusagen-2016-05-20.csv"; filename*=UTF-8''k%C3%B6ln-digital-zusagen-2016-05-20.csv`,
    );
  });
});
