// When a change of a pledge may be dated: business dates are calendar days in Berlin, never
// in the future, within the campaign's sane range. Their order is free: the pledge's replay
// (pledgeTimeline.ts) keeps the figures exact whatever order they are entered in.
import { addDays, addYears } from "./dates";
import type { Decision } from "./errors";

export const FUTURE_DATE_MESSAGE = "may not be in the future";

/** A business date is today or earlier (`today` in Berlin). */
export function decideNotInFuture(date: string, today: string): Decision<string> {
  return date > today ? { ok: false, reason: FUTURE_DATE_MESSAGE } : { ok: true, value: date };
}

/** How far past the deadline a date is usual: later ones need `acceptUnusualDate: true`. */
export const USUAL_DAYS_AFTER_DEADLINE = 90;

/** The dates a campaign can sensibly hold; everything outside is a typing error. */
export interface CampaignDates {
  windowStart: string | null;
  deadline: string;
  matchStart: string;
  matchYears: number;
}

/** The first day a pledge or status change may carry: the window start, or a year before the deadline. */
export function earliestPledgeDate(c: Pick<CampaignDates, "windowStart" | "deadline">): string {
  return c.windowStart ?? addYears(c.deadline, -1);
}

/** The last usual day for a pledge or status change: 90 days after the deadline. */
export function latestUsualPledgeDate(c: Pick<CampaignDates, "deadline">): string {
  return addDays(c.deadline, USUAL_DAYS_AFTER_DEADLINE);
}

/** The last day a payment may carry: a year after the match period's last day. */
export function latestPaymentDate(c: CampaignDates): string {
  return addDays(addYears(c.matchStart, c.matchYears + 1), -1);
}

/** Whether a pledge or status date lies after the usual range and needs confirming. */
export function isUnusualPledgeDate(date: string, c: Pick<CampaignDates, "deadline">): boolean {
  return date > latestUsualPledgeDate(c);
}

/**
 * A pledge's date or the date of a status change: not before the campaign's window (or, without
 * one, a year before its deadline); more than 90 days after the deadline only when confirmed.
 */
export function decidePledgeDate(
  date: string,
  c: Pick<CampaignDates, "windowStart" | "deadline">,
  acceptUnusualDate = false,
): Decision<string> {
  const earliest = earliestPledgeDate(c);
  if (date < earliest) {
    const from = c.windowStart ? "the campaign's window start" : "a year before the deadline";
    return { ok: false, reason: `may not be before ${earliest} (${from})` };
  }
  if (!acceptUnusualDate && isUnusualPledgeDate(date, c)) {
    return {
      ok: false,
      reason: `lies more than ${USUAL_DAYS_AFTER_DEADLINE} days after the deadline ${c.deadline}`,
    };
  }
  return { ok: true, value: date };
}

/** A payment's bank date: not before the pledge's date, at most a year after the match period. */
export function decidePaymentDate(paidAt: string, pledgedAt: string, c: CampaignDates): Decision<string> {
  if (paidAt < pledgedAt) return { ok: false, reason: `may not be before the pledge's date ${pledgedAt}` };
  const latest = latestPaymentDate(c);
  if (paidAt > latest) return { ok: false, reason: `may not be after ${latest} (a year after the match period)` };
  return { ok: true, value: paidAt };
}
