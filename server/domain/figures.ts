// Turning money buckets (status × type × sponsor kind × country) into the figures the
// summary reports. Pure: the buckets come from the daily figures, already summed to a day.
import { percentOf } from "./money";
import { isBinding, type PledgeStatus, type PledgeType, type SponsorKind } from "./codes";

export interface MoneyBucket {
  status: PledgeStatus;
  type: PledgeType;
  sponsorKind: SponsorKind;
  country: string;
  amountCents: number;
  pledgeCount: number;
  receivedCents: number;
}

/**
 * Own funds counted toward eligibility: binding cash in full, binding in-kind at the
 * campaign's share (rounded down once over the whole in-kind sum).
 */
export function countedCents(buckets: readonly MoneyBucket[], inKindSharePercent: number): number {
  let cash = 0;
  let inKind = 0;
  for (const b of buckets) {
    if (!isBinding(b.status)) continue;
    if (b.type === "cash") cash += b.amountCents;
    else inKind += b.amountCents;
  }
  return cash + percentOf(inKind, inKindSharePercent);
}

export function centsByStatus(buckets: readonly MoneyBucket[]): Record<PledgeStatus, number> {
  const out: Record<PledgeStatus, number> = { intent: 0, confirmed: 0, paid: 0, withdrawn: 0 };
  for (const b of buckets) out[b.status] += b.amountCents;
  return out;
}

export function sumOf(buckets: readonly MoneyBucket[], field: "pledgeCount" | "receivedCents"): number {
  return buckets.reduce((sum, b) => sum + b[field], 0);
}

/** Counted own funds per group (sponsor kind, country, …), groups in first-seen order. */
export function countedBy<K extends string>(
  buckets: readonly MoneyBucket[],
  keyOf: (b: MoneyBucket) => K,
  inKindSharePercent: number,
): Map<K, number> {
  const groups = new Map<K, MoneyBucket[]>();
  for (const b of buckets) {
    const key = keyOf(b);
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return new Map([...groups].map(([key, group]) => [key, countedCents(group, inKindSharePercent)]));
}

export interface DayDelta {
  day: string;
  type: PledgeType;
  bindingCents: number;
}

/** Cumulative counted own funds, one point per day on which binding money changed. */
export function cumulativeCounted(
  deltas: readonly DayDelta[],
  inKindSharePercent: number,
): { date: string; countedCents: number }[] {
  // A payment moves money from confirmed to paid: both binding, so the day nets to zero
  // and gets no point of its own.
  const days = [...new Set(deltas.filter((d) => d.bindingCents !== 0).map((d) => d.day))].sort();
  const byDay = new Map<string, DayDelta[]>();
  for (const d of deltas) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  let cash = 0;
  let inKind = 0;
  return days.map((day) => {
    for (const d of byDay.get(day) ?? []) {
      if (d.type === "cash") cash += d.bindingCents;
      else inKind += d.bindingCents;
    }
    return { date: day, countedCents: cash + percentOf(inKind, inKindSharePercent) };
  });
}

/** Counted own funds of a handful of pledges (one sponsor's), by the same rule as the campaign's. */
export function countedOfPledges(
  pledges: readonly { status: PledgeStatus; type: PledgeType; amountCents: number }[],
  inKindSharePercent: number,
): number {
  return countedCents(
    pledges.map((p) => ({ ...p, sponsorKind: "company" as const, country: "", pledgeCount: 1, receivedCents: 0 })),
    inKindSharePercent,
  );
}
