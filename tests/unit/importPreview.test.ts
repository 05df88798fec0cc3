// The import page's look at a CSV before sending it (client/features/import/preview.ts).
import { describe, expect, it } from "vitest";
import { decodeCsv, previewCsv, splitLine } from "../../client/features/import/preview";

describe("the import preview", () => {
  it("splits a German CSV's first lines by the header's separator", () => {
    const text = "\uFEFFName;Art;Betrag\r\nMüller, Meier KG;Verband;1.500,50\r\n\r\nB;Unternehmen;2\r\nC;Verband;3\r\n";
    expect(previewCsv(text, 2)).toEqual({
      separator: ";",
      header: ["Name", "Art", "Betrag"],
      rows: [
        ["Müller, Meier KG", "Verband", "1.500,50"],
        ["B", "Unternehmen", "2"],
      ],
      lineCount: 3,
    });
  });

  it("keeps separators and doubled quotes inside quoted cells", () => {
    expect(splitLine('"Meier, Schulz GmbH",company,"Bäckerei ""Zum Korn""",', ",")).toEqual([
      "Meier, Schulz GmbH",
      "company",
      'Bäckerei "Zum Korn"',
      "",
    ]);
  });

  it("reads Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeCsv(Uint8Array.from([0x53, 0x74, 0xe4, 0x64, 0x74, 0x65]).buffer)).toBe("Städte");
    expect(decodeCsv(new TextEncoder().encode("Städte").buffer as ArrayBuffer)).toBe("Städte");
  });
});
