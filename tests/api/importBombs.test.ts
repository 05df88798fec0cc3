// Issue 15, finding 1: an .xlsx of a few kilobytes must not make the server expand gigabytes.
// Crafted files (xlsxFiles.ts): a lone cell at XFD100000, a part that expands a thousandfold,
// a shared string longer than any cell, a huge part nobody needs. Each is read with bounded
// work or refused with a problem that names the limit.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../server/import/xlsx";
import { rowCounts, setup, type Setup } from "./helpers";
import { HEADER, inline, row, textCells, textRow, xlsx } from "./xlsxFiles";

const PLEDGE = ["Aachener Druck GmbH", "company", "DE", "1500", "cash", "confirmed", "2016-05-02"];

function importXlsx(s: Setup, bytes: Uint8Array, dryRun = false) {
  return s.as.organiser.pledge.importFile({
    campaignId: s.campaign.id,
    filename: "zusagen.xlsx",
    contentBase64: Buffer.from(bytes).toString("base64"),
    dryRun,
  });
}

describe("an .xlsx is read with bounded work", () => {
  it("a 3 KB file with a cell at XFD100000 imports its rows; cells right of the columns are ignored", async () => {
    const s = await setup();
    const file = xlsx({
      sheetData: [
        textRow(1, HEADER),
        // A value far right of the header used to be padded out to it (and made the line an error).
        row(2, textCells(2, PLEDGE) + inline("XFD2", "far right")),
        row(100_000, inline("XFD100000", "boom")),
      ].join(""),
    });
    expect(file.length).toBeLessThan(3 * 1024);
    const sheet = await readXlsx(file);
    expect(sheet.ok && sheet.rows.map((r) => [r.line, r.cells.length])).toEqual([
      [1, 7],
      [2, 7],
    ]);
    expect(await importXlsx(s, file)).toMatchObject({ rows: 1, created: 1, errors: [] });
  });

  it("refuses a part that expands a thousandfold, naming the ratio limit, and writes nothing", async () => {
    const s = await setup();
    const filler = textRow(
      3,
      PLEDGE.map(() => " ".repeat(1000)),
    );
    const file = xlsx({ sheetData: textRow(1, HEADER) + textRow(2, PLEDGE) + filler.repeat(600) });
    expect(file.length).toBeLessThan(64 * 1024);
    const before = rowCounts(s.db);
    const result = await importXlsx(s, file);
    expect(result).toMatchObject({ rows: 0, created: 0 });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 1, field: "file", code: "file_over_limit", value: "ratio" }),
    ]);
    expect(result.errors[0].message).toMatch(/limit ratio/);
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("refuses a shared string longer than Excel allows in a cell, naming the limit", async () => {
    const s = await setup();
    const huge = Array.from({ length: 5_000 }, (_, i) => `Zeile ${i} `).join("");
    const file = xlsx({
      sheetData: textRow(1, HEADER) + row(2, '<c r="A2" t="s"><v>0</v></c>'),
      sharedStrings: `<si><t>${huge}</t></si>`,
    });
    const result = await importXlsx(s, file, true);
    expect(result.errors).toEqual([expect.objectContaining({ code: "file_over_limit", value: "cellChars" })]);
  });

  it("does not expand parts the import does not read, however large", async () => {
    const s = await setup();
    // 16 MiB of zeros: read, it would go over the ratio limit.
    const file = xlsx({
      sheetData: textRow(1, HEADER) + textRow(2, PLEDGE),
      extra: { "xl/media/image1.bin": new Uint8Array(16 * 1024 * 1024) },
    });
    expect(file.length).toBeLessThan(64 * 1024);
    expect(await importXlsx(s, file, true)).toMatchObject({ rows: 1, created: 1, errors: [] });
  });

  it("stops at the first row past the row limit", async () => {
    const rows = [textRow(1, HEADER), ...[2, 3, 4, 5, 6].map((line) => textRow(line, PLEDGE))];
    expect(await readXlsx(xlsx({ sheetData: rows.join("") }), 3)).toEqual({
      ok: false,
      problem: expect.objectContaining({ line: 5, field: "file", code: "too_many_rows" }),
    });
  });
});

describe("the typed cells of an .xlsx", () => {
  it("shared strings, numbers, booleans and dates in the 1900 and 1904 systems", async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>`;
    const cells = `<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2500.5</v></c><c r="C1" s="1"><v>42492</v></c><c r="D1" s="2"><v>42493</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#DIV/0!</v></c><c r="G1" t="str"><v>  x  </v></c>`;
    const sharedStrings = "<si><r><t>Aachener </t></r><r><t>Druck</t></r><rPh><t>ア</t></rPh></si>";
    const sheet = await readXlsx(xlsx({ sheetData: row(1, cells), sharedStrings, styles }));
    expect(sheet.ok && sheet.rows[0].cells).toEqual([
      "Aachener Druck",
      2500.5,
      new Date("2016-05-02T00:00:00Z"),
      new Date("2016-05-03T00:00:00Z"),
      true,
      null,
      "x",
    ]);
    const in1904 = await readXlsx(xlsx({ sheetData: row(1, '<c r="A1" s="1"><v>0</v></c>'), styles, date1904: true }));
    expect(in1904.ok && in1904.rows[0].cells).toEqual([new Date("1904-01-01T00:00:00Z")]);
  });

  it("a file that is no zip, or a zip without a workbook, is unreadable", async () => {
    const problem = { ok: false, problem: expect.objectContaining({ code: "unreadable_file" }) };
    expect(await readXlsx(strToU8("name;kind\n"))).toEqual(problem);
    expect(await readXlsx(zipSync({ "a.txt": strToU8("hello") }))).toEqual(problem);
  });
});
