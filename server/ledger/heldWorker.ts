// The protocol of a worker that writes through a connection of its own (the pledge import,
// importWorker.ts; a bank statement, statementWorker.ts): it reads and checks its input, says
// "ready", and writes only once told "go", which this side says once `writer` holds every
// other write back (a write here would otherwise block the event loop on SQLite's lock). The
// first answer that is not "ready" settles it, and the hold ends then, however it ends.
import type { WorkerOptions } from "node:worker_threads";
import { startWorker } from "../threads/startWorker";
import type { GroupCommit } from "./writer";

export async function runHeldWorker<Answer extends { type: string }>(
  entry: URL,
  options: WorkerOptions,
  writer: GroupCommit,
  name: string,
): Promise<Exclude<Answer, { type: "ready" }>> {
  const worker = await startWorker(entry, options);
  return new Promise((resolve, reject) => {
    let release: (() => void) | null = null;
    let settled = false;
    const settle = (done: () => void) => {
      release?.();
      if (settled) return;
      settled = true;
      done();
    };
    worker.on("message", (message: Answer) => {
      if (message.type !== "ready") settle(() => resolve(message as Exclude<Answer, { type: "ready" }>));
      else
        writer.hold().then((releaseHold) => {
          release = releaseHold;
          if (settled) releaseHold();
          else worker.postMessage("go");
        }, reject);
    });
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) => settle(() => reject(new Error(`the ${name} worker stopped with code ${code}`))));
  });
}
