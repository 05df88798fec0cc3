// Sliding-window throttles for sign-in and sponsor-link attempts, per address and per
// account. In memory: one server process owns the database, so one process counts.

export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export class Throttle {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly rule: ThrottleRule) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rule.limit) return 0;
    return Math.ceil((recent[0] + this.rule.windowMs - now) / 1000);
  }

  record(key: string, now: number): void {
    this.hits.set(key, [...this.recent(key, now), now]);
    if (this.hits.size > 10_000) this.sweep(now);
  }

  clear(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
  }

  /** Forgets keys with no recent hits, so memory stays bounded under a spray of addresses. */
  private sweep(now: number): void {
    for (const key of [...this.hits.keys()]) if (this.recent(key, now).length === 0) this.hits.delete(key);
  }
}

const FIFTEEN_MINUTES = 15 * 60_000;

/** The server's throttles; tests make their own so cases do not share counts. */
export function createLimits() {
  return {
    /** Failed sign-ins per account: five, then a pause. */
    loginPerAccount: new Throttle({ limit: 5, windowMs: FIFTEEN_MINUTES }),
    /** Sign-in attempts per address, failed or not. */
    loginPerAddress: new Throttle({ limit: 30, windowMs: FIFTEEN_MINUTES }),
    /** Sponsor links that did not work, per address (guessing tokens). */
    linkPerAddress: new Throttle({ limit: 20, windowMs: FIFTEEN_MINUTES }),
  };
}
export type Limits = ReturnType<typeof createLimits>;
