// A worker thread's statement import (started by statementJob.ts): read the bank file, then,
// once the server says "go" (its writer holds other writes back), decide and book its credits
// in one IMMEDIATE transaction through its own connection, and answer.
import { once } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
import { openSecondConnection } from "../../db/open";
import type { BankStatement } from "../bank/entry";
import { BankFileError } from "../bank/errors";
import { readStatement } from "../bank/read";
import { DomainError } from "../domain/errors";
import { ChangeFeed } from "../live/changeFeed";
import { importStatement } from "./bankImport";
import type { StatementAnswer, StatementJob } from "./statementJob";
import { prepareLedgerStatements } from "./statements";

const port = parentPort;
if (!port) throw new Error("statementWorker.ts runs as a worker thread only");
const job = workerData as StatementJob;
const answer = (message: StatementAnswer) => port.postMessage(message);

let statement: BankStatement | null = null;
try {
  statement = readStatement(job.filename, job.bytes);
} catch (error) {
  if (!(error instanceof BankFileError)) throw error;
  answer({ type: "refused", problem: error.problem, reason: error.reason as "invalid" });
}
if (statement) {
  answer({ type: "ready" });
  await once(port, "message");
  const db = openSecondConnection(job.file);
  try {
    const w = { statements: prepareLedgerStatements(db), feed: new ChangeFeed() };
    const actor = { userId: job.actor.userId, now: new Date(job.actor.nowMs) };
    const read = statement;
    const outcome = db.transaction((tx) => importStatement({ ...w, tx }, actor, job.campaign, read, job.dryRun), {
      behavior: "immediate",
    });
    answer({ type: "done", outcome });
  } catch (error) {
    answer({
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
      reason: error instanceof DomainError ? error.reason : null,
    });
  } finally {
    db.$client.close();
  }
}
