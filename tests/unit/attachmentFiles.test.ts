// What an uploaded file is (by its bytes) and what it is called (by its tidied name).
import { describe, expect, it } from "vitest";
import { decodeFilenameHeader, displayFilename, dispositionHeader } from "../../server/attachments/filename";
import { sniffType } from "../../server/attachments/sniff";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("sniffType", () => {
  it.each([
    ["empty", bytes(), null],
    ["almost a PDF", bytes("%PDF"), null],
    ["a PDF", bytes("%PDF-1.7\n"), "application/pdf"],
    ["a PDF after leading junk", bytes(" %PDF-1.7"), null],
    ["a PNG", bytes([0x89], "PNG\r\n\x1a\n"), "image/png"],
    ["a PNG cut short", bytes([0x89], "PNG\r\n"), null],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xdb]), "image/jpeg"],
    ["a WebP", bytes("RIFF\0\0\0\0WEBPVP8 "), "image/webp"],
    ["a WAV (RIFF, not WebP)", bytes("RIFF\0\0\0\0WAVEfmt "), null],
    ["HTML", bytes("<!doctype html><script>"), null],
    ["a ZIP (docx)", bytes("PK\x03\x04"), null],
  ])("%s → %s", (_what, input, type) => {
    expect(sniffType(input)).toBe(type);
  });
});

describe("displayFilename", () => {
  it.each([
    ["Zusage.pdf", "application/pdf", "Zusage.pdf"],
    ["../../etc/passwd.pdf", "application/pdf", "passwd.pdf"],
    ["C:\\Users\\kim\\Scan.PDF", "application/pdf", "Scan.PDF"],
    ["folder/", "application/pdf", "folder.pdf"],
    ["Zusage", "application/pdf", "Zusage.pdf"],
    ["scan.pdf", "image/png", "scan.png"],
    ["foto.jpeg", "image/jpeg", "foto.jpeg"],
    ["foto.png", "image/jpeg", "foto.jpg"],
    ["Bericht.final", "application/pdf", "Bericht.final.pdf"],
    ["rechnung\u202Efdp.exe", "application/pdf", "rechnungfdp.exe.pdf"],
    ["Tab\tund\nZeile.pdf", "application/pdf", "Tab und Zeile.pdf"],
    [" .hidden.pdf ", "application/pdf", "hidden.pdf"],
    ["", "application/pdf", "unterlagen.pdf"],
    ["../..", "image/png", "unterlagen.png"],
    [`${"Ü".repeat(300)}.pdf`, "application/pdf", `${"Ü".repeat(196)}.pdf`],
    ["😀".repeat(300), "image/png", `${"😀".repeat(196)}.png`],
  ] as const)("%j as %s → %j", (raw, type, shown) => {
    expect(displayFilename(raw, type)).toBe(shown);
  });
});

describe("decodeFilenameHeader and dispositionHeader", () => {
  it("decodes percent-encoding and refuses broken encoding", () => {
    expect(decodeFilenameHeader(encodeURIComponent("Zusage Müller.pdf"))).toBe("Zusage Müller.pdf");
    expect(decodeFilenameHeader("%E0%A4%A")).toBeNull();
  });

  it("gives an ASCII name for old clients and the full name in filename*", () => {
    expect(dispositionHeader("Zusage Müller (1).pdf", true)).toBe(
      `inline; filename="Zusage Muller (1).pdf"; filename*=UTF-8''Zusage%20M%C3%BCller%20%281%29.pdf`,
    );
    expect(dispositionHeader("日本.pdf", false)).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`,
    );
  });
});
