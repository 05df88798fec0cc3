// Tells open live streams that what they show, or who may see it, may have changed. Each
// stream waits on a few topics: its campaign (a write marks the campaigns it touches:
// ledger/events.ts, campaign.update) and the user or sponsor it streams to (the procedures
// that end sessions, revoke links or change roles mark them). After a successful mutation
// (trpc.ts) only the streams of those topics wake, so a write in one district does not make
// every open dashboard in the country look again. A stream waits for a version later than the
// one it last read, so a change that lands while it is still computing is never missed.
// Wakes go out in batches after the mutation has been answered (setImmediate), so thousands
// of open streams neither delay the write's answer nor starve other requests meanwhile.
// One feed per database, built with the services (services.ts).

export type Topic = `campaign:${number}` | `user:${number}` | `sponsor:${number}`;

export const campaignTopic = (campaignId: number): Topic => `campaign:${campaignId}`;

/** The topic of a viewer's access: its user account or its sponsor. */
export const accessTopic = (who: { userId: number } | { sponsorId: number }): Topic =>
  "userId" in who ? `user:${who.userId}` : `sponsor:${who.sponsorId}`;

/** The access topics of whoever asks: its user's, or its sponsor's, or none for nobody. */
export function accessTopicsOf(who: { user: { id: number } | null; sponsor: { sponsorId: number } | null }): Topic[] {
  if (who.user) return [accessTopic({ userId: who.user.id })];
  return who.sponsor ? [accessTopic({ sponsorId: who.sponsor.sponsorId })] : [];
}

/** What a stream has seen: the version of each of its topics when it last read. */
export interface Mark {
  topics: readonly Topic[];
  versions: number[];
}

/** Streams woken per turn of the event loop; between batches other requests get their turn. */
export const WAKE_BATCH = 200;

export class ChangeFeed {
  private versions = new Map<Topic, number>();
  private touched = new Set<Topic>();
  private waiters = new Map<Topic, Set<() => void>>();
  private pending: (() => void)[] = [];
  private draining = false;
  private ended = false;

  versionOf(campaignId: number): number {
    return this.version(campaignTopic(campaignId));
  }

  version(topic: Topic): number {
    return this.versions.get(topic) ?? 0;
  }

  /** True once the server shuts down: live streams end so their connections can close. */
  get closed(): boolean {
    return this.ended;
  }

  /** A running write changes this campaign's figures or settings; the next publish() announces it. */
  touch(campaignId: number): void {
    this.touched.add(campaignTopic(campaignId));
  }

  /** A running mutation changes what this user or sponsor may see (sessions, links, roles). */
  accessChanged(who: { userId: number } | { sponsorId: number }): void {
    this.touched.add(accessTopic(who));
  }

  /** After a successful mutation: every topic touched since the last publish gets a new version. */
  publish(): void {
    const wakes = new Set<() => void>();
    for (const topic of this.touched) {
      this.versions.set(topic, this.version(topic) + 1);
      for (const wake of this.waiters.get(topic) ?? []) wakes.add(wake);
    }
    this.touched.clear();
    if (wakes.size > 0) this.wakeSoon(wakes);
  }

  close(): void {
    this.ended = true;
    for (const group of this.waiters.values()) for (const wake of [...group]) wake();
  }

  /** The versions of the topics now: read them before reading what they stand for. */
  mark(topics: readonly Topic[]): Mark {
    return { topics, versions: topics.map((t) => this.version(t)) };
  }

  /** Resolves once a topic moved past the mark, after `timeoutMs`, when `signal` aborts or the feed closes. */
  wait(mark: Mark, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    if (this.moved(mark) || this.ended || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      let woken = false;
      const done = () => {
        if (woken) return;
        woken = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        for (const topic of mark.topics) {
          const group = this.waiters.get(topic);
          group?.delete(done);
          if (group?.size === 0) this.waiters.delete(topic);
        }
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener("abort", done, { once: true });
      for (const topic of mark.topics) {
        const group = this.waiters.get(topic) ?? new Set<() => void>();
        this.waiters.set(topic, group);
        group.add(done);
      }
    });
  }

  private moved(mark: Mark): boolean {
    return mark.topics.some((topic, i) => this.version(topic) > mark.versions[i]);
  }

  private wakeSoon(wakes: Iterable<() => void>): void {
    this.pending.push(...wakes);
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    for (const wake of this.pending.splice(0, WAKE_BATCH)) wake();
    if (this.pending.length > 0) setImmediate(() => this.drain());
    else this.draining = false;
  }
}
