// The committee's table CSVs: RFC 4180 quoting, a BOM and CRLF for Excel, formulas
// neutralised, and German (`;`, decimal comma) or English (`,`, decimal point) numbers.
import { describe, expect, it } from "vitest";
import { csvCellText, csvFilename, quoteField, toCsv } from "../../client/lib/csvDownload";

describe("quoteField", () => {
  it.each([
    // text, separator, field
    ["plain", ";", "plain"],
    ["a;b", ";", '"a;b"'],
    ["a,b", ";", "a,b"], // a comma is no separator in a German file
    ["a,b", ",", '"a,b"'],
    ['Say "hi"', ";", '"Say ""hi"""'],
    ["two\nlines", ";", '"two\nlines"'],
    ["carriage\rreturn", ",", '"carriage\rreturn"'],
    ["", ";", ""],
  ])("%j with %j → %j", (text, separator, field) => {
    expect(quoteField(text, separator)).toBe(field);
  });
});

describe("csvCellText", () => {
  it.each(['=HYPERLINK("http://x")', "+49 241 123", "-1+2", "@SUM(A1)"])(
    "puts an apostrophe before the formula-like %j",
    (text) => {
      expect(csvCellText(text, "de")).toBe(`'${text}`);
      expect(csvCellText(text, "en")).toBe(`'${text}`);
    },
  );

  it.each(["Printen KG", "a=b", " =x", "Ärzte-Verband"])("leaves the harmless %j as it is", (text) => {
    expect(csvCellText(text, "de")).toBe(text);
  });

  it.each([
    // cents, de, en: two decimals, no thousands separator, no currency sign
    [150_000_000, "1500000,00", "1500000.00"],
    [150_050, "1500,50", "1500.50"],
    [5, "0,05", "0.05"],
    [0, "0,00", "0.00"],
    [-8_350_000, "-83500,00", "-83500.00"], // a negative amount is a number, not a formula
  ])("%i cents → %j (de) / %j (en)", (cents, de, en) => {
    expect(csvCellText({ cents }, "de")).toBe(de);
    expect(csvCellText({ cents }, "en")).toBe(en);
  });

  it("writes plain numbers with the language's decimal mark and empty cells as nothing", () => {
    expect(csvCellText(12, "de")).toBe("12");
    expect(csvCellText(12.5, "de")).toBe("12,5");
    expect(csvCellText(12.5, "en")).toBe("12.5");
    expect(csvCellText(-3, "de")).toBe("-3");
    expect(csvCellText(null, "de")).toBe("");
    expect(csvCellText(undefined, "en")).toBe("");
  });
});

describe("toCsv", () => {
  const header = ["Name", "Betrag", "Zusagen"];
  const rows = [
    ["Printen; Söhne", { cents: 1_500_050 }, 3],
    ["=cmd", { cents: 5 }, 1],
  ];

  it("German: BOM, semicolons, decimal commas, CRLF, quoted separators", () => {
    expect(toCsv(header, rows, "de")).toBe(
      '\uFEFFName;Betrag;Zusagen\r\n"Printen; Söhne";15000,50;3\r\n\'=cmd;0,05;1\r\n',
    );
  });

  it("English: BOM, commas, decimal points, CRLF", () => {
    expect(toCsv(header, rows, "en")).toBe(
      "\uFEFFName,Betrag,Zusagen\r\nPrinten; Söhne,15000.50,3\r\n'=cmd,0.05,1\r\n",
    );
  });

  it("needs no quotes around an English amount: its decimal mark is a point", () => {
    expect(toCsv(["a"], [[{ cents: 123 }]], "en")).toBe("\uFEFFa\r\n1.23\r\n");
  });

  it("neutralises a formula in the header as well", () => {
    expect(toCsv(["=x"], [], "de")).toBe("\uFEFF'=x\r\n");
  });
});

describe("csvFilename", () => {
  it("spells umlauts out and dates the file", () => {
    expect(csvFilename("Aachen digitalisiert", "Förderer nach Land", "2016-06-01")).toBe(
      "aachen-digitalisiert-foerderer-nach-land-2016-06-01.csv",
    );
  });
});
