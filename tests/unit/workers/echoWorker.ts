// A worker for startWorker.test.ts: answers where it runs from and what a TypeScript import gave it.
import { parentPort, workerData } from "node:worker_threads";
import { nameKeyOf } from "../../../server/domain/names";

parentPort?.postMessage({ url: import.meta.url, key: nameKeyOf(String(workerData)) });
