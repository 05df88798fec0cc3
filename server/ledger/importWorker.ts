// A worker thread's import (started by importJob.ts): read and check the file, then plan
// (a dry run) or, once the server says "go" (its writer holds other writes back), write
// every row in one IMMEDIATE transaction through its own connection, and answer.
import { once } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
import { openSecondConnection } from "../../db/open";
import { checkSource, refusedImport } from "../import/check";
import { ChangeFeed } from "../live/changeFeed";
import { importResult, planImport, writeImportRows, type ImportWritten } from "./import";
import type { ImportJob, WorkerMessage } from "./importJob";
import { prepareLedgerStatements } from "./statements";

const port = parentPort;
if (!port) throw new Error("importWorker.ts runs as a worker thread only");
const job = workerData as ImportJob;
const answer = (message: WorkerMessage) => port.postMessage(message);

const checked = checkSource(job.source, job.today, job.campaign);
if (checked.errors.length > 0) {
  answer({ type: "done", result: refusedImport(checked, job.dryRun) });
} else {
  const db = openSecondConnection(job.file);
  // Half of SQLite's usual page cache: the rows go straight on to the log anyway, and the
  // import's memory is what the server can least spare while it writes (bench/imports.ts).
  db.$client.pragma("cache_size = -8000");
  try {
    const campaignId = job.campaign.id;
    let written: ImportWritten;
    if (job.dryRun) {
      written = db.transaction((tx) => planImport(tx, campaignId, checked.rows)).written;
    } else {
      answer({ type: "ready" });
      await once(port, "message");
      const statements = prepareLedgerStatements(db);
      const actor = { userId: job.actor.userId, now: new Date(job.actor.nowMs) };
      written = db.transaction(
        (tx) => writeImportRows({ tx, statements, feed: new ChangeFeed() }, actor, campaignId, checked.rows),
        { behavior: "immediate" },
      );
    }
    answer({ type: "done", result: importResult(checked, written, job.dryRun) });
  } finally {
    db.$client.close();
  }
}
