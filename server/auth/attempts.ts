// Counting password and token attempts against the throttles (throttle.ts). Every function
// here is synchronous on purpose: a request checks the limits and takes its slot in the same
// step, before it awaits scrypt, so 25 parallel guesses cannot all see "4 so far".
import { DomainError } from "../domain/errors";
import type { Limits } from "./throttle";

export function throttled(seconds: number, what = "sign-in attempts"): DomainError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError("throttled", `too many ${what}; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`);
}

/** A password attempt already counted as a failure; `succeeded()` takes the failure back. */
export interface PasswordAttempt {
  succeeded(): void;
}

/**
 * Reserves a password attempt for `account` (a normalised email) from `address`, or throws
 * `throttled` when the address, the account from this address, or the account as a whole has
 * used its attempts. The attempt counts as failed until `succeeded()` is called; a success
 * also forgets the account's failures from this address, but not its failures overall, so an
 * owner signing in does not give an attacker elsewhere a fresh allowance.
 */
export function reservePasswordAttempt(
  limits: Limits,
  account: string,
  address: string,
  now: number,
  what?: string,
): PasswordAttempt {
  const pair = `${account}\n${address}`;
  const wait = Math.max(
    limits.loginPerAddress.retryAfter(address, now),
    limits.loginPerAccountAddress.retryAfter(pair, now),
    limits.loginPerAccount.retryAfter(account, now),
  );
  if (wait > 0) throw throttled(wait, what);
  limits.loginPerAddress.record(address, now);
  limits.loginPerAccountAddress.record(pair, now);
  limits.loginPerAccount.record(account, now);
  return {
    succeeded() {
      limits.loginPerAccountAddress.clear(pair);
      limits.loginPerAccount.release(account, now);
    },
  };
}

/** Before a Bearer token is looked up: an address that has used its attempts is refused. */
export function assertTokenAttemptAllowed(limits: Limits, address: string, now: number): void {
  const wait = limits.loginPerAddress.retryAfter(address, now);
  if (wait > 0) throw throttled(wait, "failed sign-in attempts from this address");
}

/** A Bearer token that matches no token at all counts as a guess from its address. */
export function recordUnknownToken(limits: Limits, address: string, now: number): void {
  limits.loginPerAddress.record(address, now);
}
