// Group commit: the pledge writes of requests that arrive together share one transaction and
// so one disk sync, which is what a durable write costs most. Each write runs in its own
// savepoint, so a refused one (CONFLICT, NOT_FOUND …) leaves the others alone. Nobody is
// answered before the shared COMMIT has returned, and with synchronous=FULL a returned COMMIT
// is on disk: no request is acknowledged before its write is durable.
import type { Db } from "../../db/open";

interface Job {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommit {
  private queue: Job[] = [];
  private scheduled = false;
  private held = false;

  constructor(private readonly db: Db) {}

  /** Runs `write` (synchronous; it may open its own transaction, which nests as a savepoint) in the next group. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the I/O callbacks of this turn: every request already read joins the group.
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Holds every later write in the queue until `release` is called: while another
   * connection (an import's worker, ledger/importJob.ts) writes, a write here would block
   * the event loop on SQLite's lock. Resolves once the writes queued before it are durable.
   */
  async hold(): Promise<() => void> {
    // Holds wait for each other: the no-op runs only while nobody holds.
    await this.run(() => undefined);
    this.held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held = false;
      if (this.queue.length > 0 && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    };
  }

  private flush(): void {
    this.scheduled = false;
    if (this.held) return;
    const jobs = this.queue;
    this.queue = [];
    const client = this.db.$client;
    const outcomes: Outcome[] = [];
    try {
      client
        .transaction(() => {
          for (const job of jobs) {
            try {
              outcomes.push({ ok: true, value: client.transaction(job.write)() });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      // The COMMIT itself failed (disk full, I/O error): nothing of the group is written.
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
