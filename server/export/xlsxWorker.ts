// A worker thread's work (started by buildXlsxInWorker): one .xlsx from the job it is given.
import { parentPort, workerData } from "node:worker_threads";
import { buildXlsxHere, type XlsxJob } from "./xlsxJob";

if (!parentPort) throw new Error("xlsxWorker.ts runs as a worker thread only");
parentPort.postMessage(await buildXlsxHere(workerData as XlsxJob));
