// When a change of a pledge may be dated: business dates are calendar days in Berlin, never
// in the future, and (for now) never before the pledge's previous change, so the per-day
// figures stay exact when a change is applied on its day.
import type { Decision } from "./errors";

export const FUTURE_DATE_MESSAGE = "may not be in the future";

/** A business date is today or earlier (`today` in Berlin). */
export function decideNotInFuture(date: string, today: string): Decision<string> {
  return date > today ? { ok: false, reason: FUTURE_DATE_MESSAGE } : { ok: true, value: date };
}

/** A change may not be dated before the pledge's previous change: history stays in order. */
export function decideBusinessDate(lastEventAt: string, at: string): Decision<string> {
  if (at < lastEventAt)
    return { ok: false, reason: `the date may not be before the pledge's last change on ${lastEventAt}` };
  return { ok: true, value: at };
}
