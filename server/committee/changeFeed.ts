// Tells open dashboards that something may have changed. Every successful mutation bumps the
// version of its database's feed (trpc.ts); a live summary waits for a version later than the
// one it last read, so a change that lands while it is still computing is never missed.
export class ChangeFeed {
  private version = 0;
  private waiters = new Set<() => void>();
  private ended = false;

  get current(): number {
    return this.version;
  }

  /** True once the server shuts down: live summaries end so their connections can close. */
  get closed(): boolean {
    return this.ended;
  }

  publish(): void {
    this.version += 1;
    this.wakeAll();
  }

  close(): void {
    this.ended = true;
    this.wakeAll();
  }

  /** Resolves once the version is past `seen`, after `timeoutMs`, when `signal` aborts or the feed closes. */
  wait(seen: number, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    if (this.version > seen || this.ended || signal?.aborted) return Promise.resolve();
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

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

// One feed per database: every writer and reader of a database shares it, whichever
// context (HTTP request or test caller) they come through.
const feeds = new WeakMap<object, ChangeFeed>();

export function feedFor(db: object): ChangeFeed {
  let feed = feeds.get(db);
  if (!feed || feed.closed) {
    feed = new ChangeFeed();
    feeds.set(db, feed);
  }
  return feed;
}
