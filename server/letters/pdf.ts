// Letters as PDF, rendered in one long-lived worker thread. pdfmake lays out and writes
// without yielding: a letter of 20 installments held the event loop for 0.1–0.4 s, so a
// sponsor reloading its confirmation, or a batch of letter mails, stalled every other
// request. The worker starts on the first letter and stays (unref'd, so it never keeps the
// process alive); letters wait their turn there, at most MAX_WAITING of them: beyond that
// the caller is told to try again instead of queueing without bound.
import type { Worker } from "node:worker_threads";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { DomainError } from "../domain/errors";
import { startWorker } from "../threads/startWorker";
import type { PdfAnswer, PdfJob } from "./pdfWorker";

export const MAX_WAITING = 32;

interface Waiting {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

let worker: Promise<Worker> | null = null;
const waiting = new Map<number, Waiting>();
let nextId = 1;

function letterWorker(): Promise<Worker> {
  if (!worker) {
    const started = startWorker(new URL("./pdfWorker.ts", import.meta.url), {}).then((w) => {
      w.unref();
      w.on("message", (answer: PdfAnswer) => {
        const job = waiting.get(answer.id);
        waiting.delete(answer.id);
        if (!job) return;
        if ("pdf" in answer) job.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
        else job.reject(new Error(`the letter could not be rendered: ${answer.error}`));
      });
      // A worker that dies takes its letters with it; the next letter starts a new one.
      const fail = (error: Error) => {
        worker = null;
        for (const job of waiting.values()) job.reject(error);
        waiting.clear();
      };
      w.on("error", fail);
      w.on("exit", (code) => fail(new Error(`the letter worker stopped with code ${code}`)));
      return w;
    });
    started.catch(() => {
      worker = null;
    });
    worker = started;
  }
  return worker;
}

export async function renderPdf(letter: TDocumentDefinitions): Promise<Buffer> {
  if (waiting.size >= MAX_WAITING)
    throw new DomainError("throttled", "Many letters are being written right now; please try again in a moment");
  const id = nextId++;
  const done = new Promise<Buffer>((resolve, reject) => waiting.set(id, { resolve, reject }));
  try {
    (await letterWorker()).postMessage({ id, letter } satisfies PdfJob);
  } catch (error) {
    waiting.delete(id);
    throw error;
  }
  return done;
}
