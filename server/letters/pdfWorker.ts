// The letter worker: renders each definition it is sent and answers with the PDF's bytes
// (moved, not copied), or with the error's message.
import { parentPort } from "node:worker_threads";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { renderPdfHere } from "./pdfRender";

export interface PdfJob {
  id: number;
  letter: TDocumentDefinitions;
}
export type PdfAnswer = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on("message", async ({ id, letter }: PdfJob) => {
  try {
    const rendered = await renderPdfHere(letter);
    // A small Buffer may sit in Node's shared pool: copy it out before moving it.
    const pdf = new Uint8Array(rendered);
    parentPort?.postMessage({ id, pdf } satisfies PdfAnswer, [pdf.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PdfAnswer);
  }
});
