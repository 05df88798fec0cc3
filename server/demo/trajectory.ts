// The shape of a campaign over time: cumulative binding money through a few milestones
// (Aachen's Funding-Barometer: €188k after a week, €1M by 19 May), and the day each pledge
// becomes binding so that the sum follows that shape. Pure: no db, no clock.
import { addDays } from "../domain/dates";

export interface Milestone {
  day: string;
  cents: number;
}

/** Cumulative binding money at the end of each day. */
export interface Curve {
  days: string[];
  cumulative: number[];
}

/** A pledge whose binding day is given, not chosen from the curve. */
export interface FixedBinding {
  day: string;
  cents: number;
}

/** Fewer signatures come in on Saturdays, fewer still on Sundays and holidays. */
function dayWeight(day: string, quietDays: readonly string[]): number {
  if (quietDays.includes(day)) return 0.1;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0) return 0.1;
  if (weekday === 6) return 0.25;
  return 1;
}

/**
 * The curve from the day after the first milestone to the last one; between two milestones
 * the growth is spread over the days by their weight, so each milestone is met exactly.
 */
export function curveThrough(milestones: readonly Milestone[], quietDays: readonly string[] = []): Curve {
  const days: string[] = [];
  const cumulative: number[] = [];
  for (let i = 1; i < milestones.length; i++) {
    const from = milestones[i - 1];
    const to = milestones[i];
    const span: string[] = [];
    for (let d = addDays(from.day, 1); d <= to.day; d = addDays(d, 1)) span.push(d);
    const weights = span.map((d) => dayWeight(d, quietDays));
    const total = weights.reduce((a, b) => a + b, 0);
    let seen = 0;
    span.forEach((d, k) => {
      seen += weights[k];
      days.push(d);
      cumulative.push(from.cents + Math.round(((to.cents - from.cents) * seen) / total));
    });
  }
  return { days, cumulative };
}

/**
 * The binding day of each free pledge, taken in the given order: a pledge becomes binding
 * on the first day the curve, less what the fixed pledges bring by then, covers half of it.
 * Near a milestone the sum is off by at most half a pledge.
 */
export function bindingDays(curve: Curve, fixed: readonly FixedBinding[], freeCents: readonly number[]): string[] {
  const room: number[] = [];
  let best = 0;
  curve.days.forEach((day, k) => {
    const fixedByThen = fixed.filter((f) => f.day <= day).reduce((sum, f) => sum + f.cents, 0);
    best = Math.max(best, curve.cumulative[k] - fixedByThen);
    room.push(best);
  });
  const last = curve.days[curve.days.length - 1];
  let cumulative = 0;
  return freeCents.map((cents) => {
    const middle = cumulative + cents / 2;
    cumulative += cents;
    const k = room.findIndex((r) => r >= middle);
    return k === -1 ? last : curve.days[k];
  });
}
