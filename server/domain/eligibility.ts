// Eligibility for the state match: every rule of the campaign, each with its current
// value, the required value and the gap in the rule's own unit (null when met).
import { daysBetween } from "./dates";

export type RuleId = "target" | "deadline" | "min_sponsors" | "max_public_share";
export type RuleUnit = "cents" | "date" | "count" | "percent";

export interface RuleResult {
  id: RuleId;
  met: boolean;
  value: number | string;
  required: number | string;
  /** cents missing, days past the deadline, sponsors missing, percentage points too many */
  gap: number | null;
  unit: RuleUnit;
}

export interface EligibilityInput {
  asOf: string;
  deadline: string;
  targetCents: number;
  countedCents: number;
  /** Counted own funds at the end of the deadline day (only read once asOf is past it). */
  countedAtDeadlineCents: number;
  sponsorCount: number;
  publicCountedCents: number;
  minSponsors: number | null;
  maxPublicShareBasisPoints: number | null;
}

export function evaluateRules(input: EligibilityInput): { eligible: boolean; rules: RuleResult[] } {
  const rules: RuleResult[] = [targetRule(input), deadlineRule(input)];
  if (input.minSponsors !== null) rules.push(minSponsorsRule(input.sponsorCount, input.minSponsors));
  if (input.maxPublicShareBasisPoints !== null) {
    rules.push(publicShareRule(input.publicCountedCents, input.countedCents, input.maxPublicShareBasisPoints));
  }
  return { eligible: rules.every((r) => r.met), rules };
}

function targetRule({ countedCents, targetCents }: EligibilityInput): RuleResult {
  const met = countedCents >= targetCents;
  return {
    id: "target",
    met,
    value: countedCents,
    required: targetCents,
    gap: met ? null : targetCents - countedCents,
    unit: "cents",
  };
}

/** Met until the deadline; afterwards only if the target was met on the deadline day. */
function deadlineRule({ asOf, deadline, countedAtDeadlineCents, targetCents }: EligibilityInput): RuleResult {
  const met = asOf <= deadline || countedAtDeadlineCents >= targetCents;
  return {
    id: "deadline",
    met,
    value: asOf,
    required: deadline,
    gap: met ? null : daysBetween(deadline, asOf),
    unit: "date",
  };
}

function minSponsorsRule(sponsorCount: number, minSponsors: number): RuleResult {
  const met = sponsorCount >= minSponsors;
  return {
    id: "min_sponsors",
    met,
    value: sponsorCount,
    required: minSponsors,
    gap: met ? null : minSponsors - sponsorCount,
    unit: "count",
  };
}

/** Compared exactly in integers; the reported percentages are rounded to two decimals. */
function publicShareRule(publicCents: number, countedCents: number, maxBasisPoints: number): RuleResult {
  const met = publicCents * 10_000 <= maxBasisPoints * countedCents;
  const valueBasisPoints = countedCents === 0 ? 0 : Math.round((publicCents * 10_000) / countedCents);
  return {
    id: "max_public_share",
    met,
    value: valueBasisPoints / 100,
    required: maxBasisPoints / 100,
    gap: met ? null : Math.max(valueBasisPoints - maxBasisPoints, 1) / 100,
    unit: "percent",
  };
}
