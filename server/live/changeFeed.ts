// Tells open live streams that their campaign's figures may have changed. A write marks the
// campaigns it touches (ledger/events.ts, campaign.update); after a successful mutation
// (trpc.ts) only those campaigns' streams wake, so a write in one district does not make
// every open dashboard in the country recompute. A stream waits for a version later than the
// one it last read, so a change that lands while it is still computing is never missed.
// One feed per database, built with the services (services.ts).

export class ChangeFeed {
  private versions = new Map<number, number>();
  private touched = new Set<number>();
  private waiters = new Map<number, Set<() => void>>();
  private ended = false;

  versionOf(campaignId: number): number {
    return this.versions.get(campaignId) ?? 0;
  }

  /** True once the server shuts down: live streams end so their connections can close. */
  get closed(): boolean {
    return this.ended;
  }

  /** A running write changes this campaign's figures or settings; the next publish() announces it. */
  touch(campaignId: number): void {
    this.touched.add(campaignId);
  }

  /** After a successful mutation: every campaign touched since the last publish gets a new version. */
  publish(): void {
    for (const campaignId of this.touched) {
      this.versions.set(campaignId, this.versionOf(campaignId) + 1);
      for (const wake of [...(this.waiters.get(campaignId) ?? [])]) wake();
    }
    this.touched.clear();
  }

  close(): void {
    this.ended = true;
    for (const group of this.waiters.values()) for (const wake of [...group]) wake();
  }

  /** Resolves once the campaign's version is past `seen`, after `timeoutMs`, when `signal` aborts or the feed closes. */
  wait(campaignId: number, seen: number, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    if (this.versionOf(campaignId) > seen || this.ended || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const group = this.waiters.get(campaignId) ?? new Set<() => void>();
      this.waiters.set(campaignId, group);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        group.delete(done);
        if (group.size === 0) this.waiters.delete(campaignId);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener("abort", done, { once: true });
      group.add(done);
    });
  }
}
