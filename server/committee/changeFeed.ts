// Tells open dashboards that something may have changed. Every successful mutation bumps the
// version (trpc.ts); a live summary waits for a version later than the one it last read, so
// a change that lands while it is still computing is never missed.
export class ChangeFeed {
  private version = 0;
  private waiters = new Set<() => void>();

  get current(): number {
    return this.version;
  }

  publish(): void {
    this.version += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves once the version is past `seen`, after `timeoutMs`, or when `signal` aborts. */
  wait(seen: number, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    if (this.version > seen || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener("abort", done, { once: true });
      this.waiters.add(done);
    });
  }
}

/** One feed per process: every app instance in it shares the single writer. */
export const changeFeed = new ChangeFeed();
