// Sliding-window throttles for password attempts, Bearer tokens and sponsor links. In memory:
// one server process owns the database, so one process counts.
//
// Password attempts (auth.login, auth.changePassword) are counted before the password is
// checked (attempts.ts): the count and the check happen in one synchronous step, so parallel
// requests cannot all pass the check while scrypt runs for the first of them.

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
    return Math.ceil((recent[recent.length - this.rule.limit] + this.rule.windowMs - now) / 1000);
  }

  record(key: string, now: number): void {
    this.hits.set(key, [...this.recent(key, now), now]);
    if (this.hits.size > 10_000) this.sweep(now);
  }

  /** Takes back one hit recorded at `at` (an attempt counted in advance that succeeded). */
  release(key: string, at: number): void {
    const hits = this.hits.get(key);
    const index = hits?.lastIndexOf(at) ?? -1;
    if (hits && index >= 0) hits.splice(index, 1);
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
const ONE_HOUR = 60 * 60_000;

/**
 * The server's throttles; tests make their own so cases do not share counts. The numbers are
 * in docs/api.md ("Throttles"): an attacker at one address gets 5 guesses at an account per
 * 15 minutes and cannot lock its owner out from elsewhere; many addresses together get 50
 * guesses an hour, after which the account waits (from everywhere) until the hour has passed.
 */
export function createLimits() {
  return {
    /** Failed password attempts per account from one address: five, then a pause. */
    loginPerAccountAddress: new Throttle({ limit: 5, windowMs: FIFTEEN_MINUTES }),
    /** Failed password attempts per account from all addresses together. */
    loginPerAccount: new Throttle({ limit: 50, windowMs: ONE_HOUR }),
    /** Password attempts per address, failed or not, and unknown Bearer tokens. */
    loginPerAddress: new Throttle({ limit: 30, windowMs: FIFTEEN_MINUTES }),
    /** Sponsor links that did not work, per address (guessing tokens). */
    linkPerAddress: new Throttle({ limit: 20, windowMs: FIFTEEN_MINUTES }),
  };
}
export type Limits = ReturnType<typeof createLimits>;
