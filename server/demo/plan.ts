// From the demo's sponsor lists to dated steps per pledge (create, confirm, withdraw, pay),
// so that binding money follows the campaign's curve. Pure: the steps are written later
// through the ledger, which checks them like any organiser's input.
import { addDays, daysBetween } from "../domain/dates";
import type { Random } from "./random";
import { bindingDays, type Curve } from "./trajectory";
import type { Listing, PledgeType, SponsorKind } from "../domain/codes";

export interface PledgeSpec {
  euros: number;
  type?: PledgeType;
  description?: string;
  conditional?: boolean;
  /** Name of the sponsor (same campaign) that brought this pledge in. */
  raisedBy?: string;
  raisedByName?: string;
  note?: string;
  /** Where the pledge stands at the end: binding (the default), still an intent, or withdrawn. */
  outcome?: "binding" | "intent" | "withdrawn";
  /** Fixed dates; left out, they follow the curve. Without `confirmedAt` a fixed pledge is signed at once. */
  pledgedAt?: string;
  confirmedAt?: string;
  withdrawnAt?: string;
  reason?: string;
  payments?: { paidAt: string; euros: number }[];
}

export interface SponsorSpec {
  name: string;
  kind: SponsorKind;
  country: string;
  sector?: string;
  membershipType?: "sponsor" | "user";
  listing?: Listing;
  pledges: PledgeSpec[];
}

export type DemoStep =
  | { kind: "create"; day: string; status: "intent" | "confirmed" }
  | { kind: "status"; day: string; status: "confirmed" | "withdrawn"; reason?: string }
  | { kind: "payment"; day: string; amountCents: number };

export interface PlannedPledge {
  sponsor: SponsorSpec;
  spec: PledgeSpec;
  amountCents: number;
  steps: DemoStep[];
}

export interface PlanOptions {
  rng: Random;
  windowStart: string;
  curve: Curve;
  inKindSharePercent: number;
  /** Share of binding pledges signed at once instead of logged as an intent first. */
  directShare: number;
  maxLagDays: number;
  /** Intents still open at the end are logged in this span. */
  openIntents: { from: string; to: string };
}

/** Counted money of the binding pledges signed by `lastDay`: where the campaign's curve must end. */
export function bindingCountedCents(
  sponsors: readonly SponsorSpec[],
  lastDay: string,
  inKindSharePercent: number,
): number {
  return sponsors
    .flatMap((s) => s.pledges)
    .filter((p) => (p.outcome ?? "binding") === "binding" && (p.confirmedAt ?? p.pledgedAt ?? lastDay) <= lastDay)
    .reduce((sum, p) => sum + countedOf(p, inKindSharePercent), 0);
}

/** In cents, in-kind at the campaign's share. */
function countedOf(spec: PledgeSpec, inKindSharePercent: number): number {
  return spec.type === "in_kind" ? Math.floor(spec.euros * inKindSharePercent) : spec.euros * 100;
}

export function planPledges(sponsors: readonly SponsorSpec[], o: PlanOptions): PlannedPledge[] {
  const all = sponsors.flatMap((sponsor) =>
    sponsor.pledges.map((spec) => ({ sponsor, spec, amountCents: spec.euros * 100 })),
  );
  const counted = (p: { spec: PledgeSpec }) => countedOf(p.spec, o.inKindSharePercent);
  const isBinding = (spec: PledgeSpec) => (spec.outcome ?? "binding") === "binding";
  const fixed = all.flatMap((p) =>
    isBinding(p.spec) && p.spec.pledgedAt ? [{ ...p, pledgedAt: p.spec.pledgedAt }] : [],
  );
  const free = o.rng.shuffle(all.filter((p) => isBinding(p.spec) && !p.spec.pledgedAt));
  const fixedBindings = fixed.map((p) => ({ day: p.spec.confirmedAt ?? p.pledgedAt, cents: counted(p) }));
  const days = bindingDays(o.curve, fixedBindings, free.map(counted));

  const planned: PlannedPledge[] = [
    ...fixed.map(({ pledgedAt, ...p }) => ({ ...p, steps: fixedSteps(p.spec, pledgedAt) })),
    ...free.map((p, k) => ({ ...p, steps: freeSteps(days[k], o) })),
    ...all.filter((p) => !isBinding(p.spec)).map((p) => ({ ...p, steps: openSteps(p.spec, o) })),
  ];
  for (const p of planned) {
    for (const pay of p.spec.payments ?? [])
      p.steps.push({ kind: "payment", day: pay.paidAt, amountCents: pay.euros * 100 });
  }
  return planned;
}

function fixedSteps(spec: PledgeSpec, pledgedAt: string): DemoStep[] {
  if (!spec.confirmedAt || spec.confirmedAt === pledgedAt)
    return [{ kind: "create", day: pledgedAt, status: "confirmed" }];
  return [
    { kind: "create", day: pledgedAt, status: "intent" },
    { kind: "status", day: spec.confirmedAt, status: "confirmed" },
  ];
}

/** Signed at once, or logged as an intent some days before it was signed. */
function freeSteps(bindingDay: string, o: PlanOptions): DemoStep[] {
  const lag = o.rng.int(1, o.maxLagDays);
  const intentDay = addDays(bindingDay, -lag) < o.windowStart ? o.windowStart : addDays(bindingDay, -lag);
  if (o.rng.chance(o.directShare) || intentDay === bindingDay)
    return [{ kind: "create", day: bindingDay, status: "confirmed" }];
  return [
    { kind: "create", day: intentDay, status: "intent" },
    { kind: "status", day: bindingDay, status: "confirmed" },
  ];
}

function openSteps(spec: PledgeSpec, o: PlanOptions): DemoStep[] {
  const span = daysBetween(o.openIntents.from, o.openIntents.to);
  const pledgedAt = spec.pledgedAt ?? addDays(o.openIntents.from, o.rng.int(0, span));
  const steps: DemoStep[] = [{ kind: "create", day: pledgedAt, status: "intent" }];
  if (spec.outcome === "withdrawn") {
    steps.push({
      kind: "status",
      day: spec.withdrawnAt ?? addDays(pledgedAt, 14),
      status: "withdrawn",
      reason: spec.reason ?? "Zusage zurückgezogen",
    });
  }
  return steps;
}
