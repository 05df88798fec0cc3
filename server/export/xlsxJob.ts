// Builds an .xlsx. write-excel-file works synchronously (XML, then deflate): about 5 s for
// 100,000 pledges, during which the server would answer no one. Large files are therefore
// built in a worker thread (xlsxWorker.ts); small ones here, as a worker costs ~0.3 s to start.
import type { ExportLocale } from "../domain/spreadsheet";
import { PLEDGE_COLUMNS } from "./pledgeColumns";
import type { PledgeExportRow } from "../queries/pledgeExport";
import { sponsorColumns } from "./sponsorColumns";
import type { SponsorExportRow } from "../queries/sponsorExport";
import { startWorker } from "../threads/startWorker";
import { xlsxBuffer } from "./xlsx";

export type XlsxJob =
  | { list: "pledges"; rows: PledgeExportRow[]; locale: ExportLocale; sheet: string }
  | { list: "sponsors"; withContacts: boolean; rows: SponsorExportRow[]; locale: ExportLocale; sheet: string };

/** From this many rows a file is built in a worker (~0.1 s of work here vs ~0.3 s to start one). */
export const WORKER_FROM_ROWS = 2_000;

export function buildXlsxHere(job: XlsxJob): Promise<Buffer> {
  return job.list === "pledges"
    ? xlsxBuffer(PLEDGE_COLUMNS, job.rows, job.locale, job.sheet)
    : xlsxBuffer(sponsorColumns(job.withContacts), job.rows, job.locale, job.sheet);
}

/** One worker at a time: each holds a few hundred MB while it builds 100,000 rows. */
let previous: Promise<unknown> = Promise.resolve();

export function buildXlsxInWorker(job: XlsxJob): Promise<Buffer> {
  const run = previous.then(() => runWorker(job));
  previous = run.catch(() => undefined);
  return run;
}

// The columns are code, so the worker imports them; the rows are cloned.
async function runWorker(job: XlsxJob): Promise<Buffer> {
  const worker = await startWorker(new URL("./xlsxWorker.ts", import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once("message", (bytes: Uint8Array) =>
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the .xlsx worker stopped with code ${code}`)));
  });
}

export function buildXlsx(job: XlsxJob): Promise<Buffer> {
  return job.rows.length < WORKER_FROM_ROWS ? buildXlsxHere(job) : buildXlsxInWorker(job);
}
