// An import of a file: read and check it, then plan (a dry run) or write its rows. Small
// files, and in-memory databases (tests), are done on the server's own thread. Larger ones
// go to a worker thread (importWorker.ts) with its own connection, so that neither the
// parsing nor the long write stops the event loop: the server's connection goes on reading
// the last committed state (WAL) and the writer holds other writes in its queue until the
// worker's transaction has committed or failed. A worker that dies takes its uncommitted
// transaction with it: SQLite rolls it back, nothing is half-written.
import type { Campaign } from "../../db/schema";
import type { ImportSource } from "../import/check";
import type { ImportResult } from "../import/types";
import { runHeldWorker } from "./heldWorker";
import type { GroupCommit } from "./writer";

export interface ImportRequest {
  source: ImportSource;
  campaign: Campaign;
  /** Berlin's day at `actor.now`: no row may be dated later. */
  today: string;
  actor: { userId: number | null; now: Date };
  dryRun: boolean;
}

/** What the worker is given: the request and the database file it opens. */
export interface ImportJob extends Omit<ImportRequest, "actor"> {
  file: string;
  actor: { userId: number | null; nowMs: number };
}

export type WorkerMessage = { type: "ready" } | { type: "done"; result: ImportResult };

/** From this size a file is imported in a worker (~0.3 s to start one; ~1,500 rows are 128 KiB). */
export const WORKER_FROM_BYTES = 128 * 1024;
/**
 * The worker's heap: 100,000 checked rows of a 32 MiB file fit (its text is at most 32M
 * characters); a small young generation keeps the garbage of parsing from piling up in RSS.
 * Over the limit the worker ends, not the server.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 };

/**
 * A file's bytes that fill their own buffer (an upload's body) move to the worker instead of
 * being copied: nobody here reads them again, and a 24 MiB copy would stay in memory twice.
 */
function movable(source: ImportSource): ArrayBuffer[] {
  if (source.kind === "text") return [];
  const { buffer, byteOffset, byteLength } = source.bytes;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** Runs the import in a worker; `writer` is held from the worker's "ready" to its answer (heldWorker.ts). */
export async function importInWorker(job: ImportJob, writer: GroupCommit): Promise<ImportResult> {
  const answer = await runHeldWorker<WorkerMessage>(
    new URL("./importWorker.ts", import.meta.url),
    { workerData: job, transferList: movable(job.source), resourceLimits: WORKER_LIMITS },
    writer,
    "import",
  );
  return answer.result;
}
