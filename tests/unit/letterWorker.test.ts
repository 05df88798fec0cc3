// Letters render in a worker thread (server/letters/pdf.ts), so a PDF never holds the event
// loop; what waits there is bounded, and more is refused with "try again" (429).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../server/domain/errors";
import { MAX_WAITING, renderPdf } from "../../server/letters/pdf";

const letter = (n: number) => ({ content: [{ text: `Brief Nummer ${n} – Grüße aus Aachen` }] });

const textOf = (pdf: Buffer) => execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString();

describe("letters in the worker", () => {
  it("come back as the PDF of the letter that was sent, each to its caller", async () => {
    const pdfs = await Promise.all([1, 2, 3].map((n) => renderPdf(letter(n))));
    pdfs.forEach((pdf, i) => {
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(textOf(pdf)).toContain(`Brief Nummer ${i + 1} – Grüße aus Aachen`);
    });
  });

  it("refuses what would wait beyond the bound, and serves the rest", async () => {
    const asked = Array.from({ length: MAX_WAITING + 5 }, (_, n) =>
      renderPdf(letter(n)).then(
        () => "ok",
        (error) => (error instanceof DomainError ? error.reason : String(error)),
      ),
    );
    const outcomes = await Promise.all(asked);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(MAX_WAITING);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(5);
    // Once they are out, letters are served again.
    expect((await renderPdf(letter(99))).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("names what went wrong when a definition cannot be rendered", async () => {
    const broken = { content: [{ image: "not-an-image" }] };
    await expect(renderPdf(broken)).rejects.toThrow(/the letter could not be rendered/);
    expect((await renderPdf(letter(7))).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
