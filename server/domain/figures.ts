// Turning money buckets (status × type × sponsor kind × country) into the figures the
// summary reports. Pure: the buckets come from the daily figures, already summed to a day.
// Amounts are gross; sponsoring's VAT rides beside them, and own funds count the net
// (UStAE 1.1 para. 23; domain/vat.ts): the VAT was rounded per pledge when it was written.
import { percentOf } from "./money";
import { type Contribution, isBinding, type PledgeStatus, type PledgeType, type SponsorKind } from "./codes";
import { ownFundsCents } from "./vat";

export interface MoneyBucket {
  status: PledgeStatus;
  type: PledgeType;
  sponsorKind: SponsorKind;
  country: string;
  amountCents: number;
  pledgeCount: number;
  receivedCents: number;
  /** The VAT in `amountCents` and `receivedCents` (sponsoring); absent: none. */
  vatCents?: number;
  receivedVatCents?: number;
}

/**
 * Own funds counted toward eligibility: binding cash at its net in full, binding in-kind
 * at the campaign's share of its net (rounded down once over the whole in-kind sum).
 */
export function countedCents(buckets: readonly MoneyBucket[], inKindSharePercent: number): number {
  let cash = 0;
  let inKind = 0;
  for (const b of buckets) {
    if (!isBinding(b.status)) continue;
    const net = b.amountCents - (b.vatCents ?? 0);
    if (b.type === "cash") cash += net;
    else inKind += net;
  }
  return cash + percentOf(inKind, inKindSharePercent);
}

/** The VAT binding sponsoring carries: what the counted own funds leave out of the pledged sums. */
export function bindingVatCents(buckets: readonly MoneyBucket[]): number {
  return buckets.reduce((sum, b) => sum + (isBinding(b.status) ? (b.vatCents ?? 0) : 0), 0);
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
  /** The VAT in `bindingCents` (sponsoring); absent: none. */
  bindingVatCents?: number;
}

/** Cumulative counted own funds, one point per day on which binding money changed. */
export function cumulativeCounted(
  deltas: readonly DayDelta[],
  inKindSharePercent: number,
): { date: string; countedCents: number }[] {
  // A payment moves money from confirmed to paid: both binding, so the day nets to zero
  // and gets no point of its own.
  const days = [
    ...new Set(deltas.filter((d) => d.bindingCents !== 0 || (d.bindingVatCents ?? 0) !== 0).map((d) => d.day)),
  ].sort();
  const byDay = new Map<string, DayDelta[]>();
  for (const d of deltas) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  let cash = 0;
  let inKind = 0;
  return days.map((day) => {
    for (const d of byDay.get(day) ?? []) {
      const net = d.bindingCents - (d.bindingVatCents ?? 0);
      if (d.type === "cash") cash += net;
      else inKind += net;
    }
    return { date: day, countedCents: cash + percentOf(inKind, inKindSharePercent) };
  });
}

/** Counted own funds of a handful of pledges (one sponsor's), by the same rule as the campaign's. */
export function countedOfPledges(
  pledges: readonly {
    status: PledgeStatus;
    type: PledgeType;
    amountCents: number;
    contribution: Contribution;
    vatRatePercent: number | null;
  }[],
  inKindSharePercent: number,
): number {
  return countedCents(
    pledges.map((p) => ({
      status: p.status,
      type: p.type,
      amountCents: p.amountCents,
      vatCents: p.amountCents - ownFundsCents(p.amountCents, p.contribution, p.vatRatePercent),
      sponsorKind: "company" as const,
      country: "",
      pledgeCount: 1,
      receivedCents: 0,
    })),
    inKindSharePercent,
  );
}
