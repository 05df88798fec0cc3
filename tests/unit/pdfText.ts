// Reading rendered documents back as a reader would: the text (pdftotext), with whitespace
// folded so a sentence that wraps still reads as one, and the page count (pdfinfo).
import { execFileSync } from "node:child_process";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { renderPdfHere } from "../../server/letters/pdfRender";

export interface ReadPdf {
  /** All text, whitespace folded to single spaces. */
  text: string;
  pages: number;
  /** The text of one page (1-based), folded the same way. */
  page(n: number): string;
  /** Each printed line as laid out (pdftotext -layout), its runs of spaces folded: a table row reads as one line. */
  lines: string[];
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

function pdfToText(pdf: Buffer, range: string[] = []): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", ...range, "-", "-"], { input: pdf, encoding: "utf8" });
}

export async function readPdf(definition: TDocumentDefinitions): Promise<ReadPdf> {
  const pdf = await renderPdfHere(definition);
  const info = execFileSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return {
    text: fold(pdfToText(pdf)),
    pages,
    page: (n) => fold(pdfToText(pdf, ["-f", String(n), "-l", String(n)])),
    lines: pdfToText(pdf, ["-layout"]).split("\n").map(fold).filter(Boolean),
  };
}
