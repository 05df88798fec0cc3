// The state's share is drawn down against own funds actually received (ANBest-P 1.4: calls
// only for payments due within two months). What may be called now:
//   callable = max(0, min(⌊ratio × net own funds received⌋, grant − ⌈grant × retention %⌉) − called)
// and nothing before the grant is approved. The retention is held back until the proof of use.

export interface DrawdownInput {
  /** Net own funds received up to the day (sponsoring counts net of VAT). */
  ownReceivedCents: number;
  /** The approved grant; null before approval. */
  grantCents: number | null;
  /** The match ratio in hundredths (1:1 = 100), as campaigns keep it. */
  ratioHundredths: number;
  /** Share of the grant held back until the proof of use, in whole percent (default 10). */
  retentionPercent: number;
  /** What was called so far. */
  calledCents: number;
}

export interface Drawdown {
  ownReceivedCents: number;
  grantCents: number;
  retentionCents: number;
  calledCents: number;
  callableCents: number;
}

export const DEFAULT_RETENTION_PERCENT = 10;

/** ⌈grant × retention ÷ 100⌉: the retention is never rounded in the caller's favour. */
export function retentionOf(grantCents: number, retentionPercent: number): number {
  return Math.ceil((grantCents * retentionPercent) / 100);
}

/**
 * What may be drawn in all on a day: min(⌊ratio × own funds received⌋, grant − retention);
 * nothing without a grant.
 */
export function ceilingOf(input: Omit<DrawdownInput, "calledCents">): number {
  if (input.grantCents === null) return 0;
  const earned = Math.floor((input.ownReceivedCents * input.ratioHundredths) / 100);
  return Math.min(earned, input.grantCents - retentionOf(input.grantCents, input.retentionPercent));
}

export function drawdown(input: DrawdownInput): Drawdown {
  const grantCents = input.grantCents ?? 0;
  const retentionCents = input.grantCents === null ? 0 : retentionOf(grantCents, input.retentionPercent);
  return {
    ownReceivedCents: input.ownReceivedCents,
    grantCents,
    retentionCents,
    calledCents: input.calledCents,
    callableCents: Math.max(0, ceilingOf(input) - input.calledCents),
  };
}

/** A day a call must fit: the ceiling on that day and what was called on or before it. */
export interface CallDay {
  ceilingCents: number;
  calledThroughCents: number;
}

/**
 * The most a new call may be: the room left on its own day and on the day of every later call
 * (a back-dated call must not push a later one over its day's ceiling), never below 0.
 */
export function callRoom(days: readonly CallDay[]): number {
  const room = Math.min(...days.map((d) => d.ceilingCents - d.calledThroughCents));
  return Math.max(0, room);
}
