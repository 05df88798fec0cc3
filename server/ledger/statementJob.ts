// A bank statement imported in a worker thread (statementWorker.ts) when it is large: reading
// a 12 MiB camt ZIP takes seconds, and deciding and booking thousands of credits ~0.1 ms each,
// neither of which may hold the server's event loop. The worker reads the file, then, once the
// writer here holds other writes back, decides and books every credit in one IMMEDIATE
// transaction on its own connection (as the pledge import does, importJob.ts). A worker that
// dies takes its uncommitted transaction with it.
import type { Db } from "../../db/open";
import type { Campaign } from "../../db/schema";
import type { BankStatement } from "../bank/entry";
import { BankFileError, type BankFileProblem } from "../bank/errors";
import { readStatement } from "../bank/read";
import { DomainError, type ErrorReason } from "../domain/errors";
import type { ChangeFeed } from "../live/changeFeed";
import { runHeldWorker } from "./heldWorker";
import type { StatementOutcome } from "./bankImport";
import type { Actor } from "./pledges";
import type { GroupCommit } from "./writer";

export interface StatementRequest {
  campaign: Campaign;
  actor: Actor;
  filename: string;
  bytes: Uint8Array;
  dryRun: boolean;
}

/**
 * Reads and books the file: here through `inline` (small files, and in-memory databases,
 * which a second connection cannot open), else in a worker; its refusals are thrown as here.
 */
export async function importStatementFile(
  db: Db,
  writer: GroupCommit,
  feed: ChangeFeed,
  request: StatementRequest,
  inline: (statement: BankStatement) => Promise<StatementOutcome>,
): Promise<StatementOutcome> {
  const { campaign, actor, dryRun, filename, bytes } = request;
  if (db.$client.memory || bytes.length < STATEMENT_WORKER_FROM_BYTES) return inline(readStatement(filename, bytes));
  const job = { file: db.$client.name, filename, bytes, campaign, dryRun };
  const answer = await statementInWorker(
    { ...job, actor: { userId: actor.userId, nowMs: actor.now.getTime() } },
    writer,
  );
  if (answer.type === "refused") throw new BankFileError(answer.problem, answer.reason);
  if (answer.type === "failed")
    throw answer.reason ? new DomainError(answer.reason as ErrorReason, answer.message) : new Error(answer.message);
  // The worker's feed was its own: the campaign's streams learn of the write from here.
  if (!dryRun && answer.outcome.entries > answer.outcome.duplicates) feed.touch(campaign.id);
  return answer.outcome;
}

export interface StatementJob {
  file: string;
  filename: string;
  bytes: Uint8Array;
  campaign: Campaign;
  actor: { userId: number | null; nowMs: number };
  dryRun: boolean;
}

export type StatementAnswer =
  | { type: "ready" }
  | { type: "done"; outcome: StatementOutcome }
  | { type: "refused"; problem: BankFileProblem; reason: "invalid" | "too_large" | "unsupported_type" }
  | { type: "failed"; message: string; reason: string | null };

/** From this size a statement is read and booked in a worker (~0.3 s to start one). */
export const STATEMENT_WORKER_FROM_BYTES = 128 * 1024;

/** The worker's heap: a 16 MiB upload's XML and its credits fit; over it the worker ends, not the server. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 };

/** Resolves with the worker's last answer; `writer` is held from its "ready" to that answer (heldWorker.ts). */
export function statementInWorker(
  job: StatementJob,
  writer: GroupCommit,
): Promise<Exclude<StatementAnswer, { type: "ready" }>> {
  // The upload's bytes move to the worker instead of being copied, where they fill their own buffer.
  const { buffer, byteOffset, byteLength } = job.bytes;
  const movable = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
  return runHeldWorker<StatementAnswer>(
    new URL("./statementWorker.ts", import.meta.url),
    { workerData: job, transferList: movable ? [buffer] : [], resourceLimits: WORKER_LIMITS },
    writer,
    "statement",
  );
}
