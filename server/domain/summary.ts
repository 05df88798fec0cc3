// The campaign summary (CONTRACT.md "The summary") from figures already read for a day.
import type { Campaign, SponsorKind } from "../../db/schema";
import { evaluateRules } from "./eligibility";
import { centsByStatus, countedBy, countedCents, cumulativeCounted, PUBLIC_KINDS, sumOf, type DayDelta, type MoneyBucket } from "./figures";
import { hundredthsToRatio, potentialMatchCents } from "./match";

export interface SummaryInput {
  campaign: Campaign;
  asOf: string;
  buckets: MoneyBucket[];
  bindingDeltas: DayDelta[];
  bindingSponsors: { kind: SponsorKind; country: string }[];
}

export function buildSummary({ campaign, asOf, buckets, bindingDeltas, bindingSponsors }: SummaryInput) {
  const share = campaign.inKindSharePercent;
  const byStatus = centsByStatus(buckets);
  const counted = countedCents(buckets, share);
  const timeline = cumulativeCounted(bindingDeltas, share);
  const publicCounted = countedCents(buckets.filter((b) => PUBLIC_KINDS.includes(b.sponsorKind)), share);
  const { eligible, rules } = evaluateRules({
    asOf,
    deadline: campaign.deadline,
    targetCents: campaign.targetCents,
    countedCents: counted,
    countedAtDeadlineCents: countedOn(timeline, campaign.deadline),
    sponsorCount: bindingSponsors.length,
    publicCountedCents: publicCounted,
    minSponsors: campaign.minSponsors,
    maxPublicShareBasisPoints: campaign.maxPublicShareBasisPoints,
  });
  const potential = potentialMatchCents(counted, campaign.matchRatioHundredths, campaign.matchCapCents);
  return {
    scope: "full" as const,
    campaignId: campaign.id,
    asOf,
    targetCents: campaign.targetCents,
    deadline: campaign.deadline,
    matchRatio: hundredthsToRatio(campaign.matchRatioHundredths),
    matchCapCents: campaign.matchCapCents,
    inKindSharePercent: share,
    intentCents: byStatus.intent,
    confirmedCents: byStatus.confirmed,
    paidCents: byStatus.paid,
    withdrawnCents: byStatus.withdrawn,
    receivedCents: sumOf(buckets, "receivedCents"),
    countedCents: counted,
    publicCountedCents: publicCounted,
    sponsorCount: bindingSponsors.length,
    pledgeCount: sumOf(buckets, "pledgeCount"),
    potentialMatchCents: potential,
    stateMatchCents: eligible ? potential : 0,
    eligible,
    rules,
    byKind: breakdown(buckets, bindingSponsors, (b) => b.sponsorKind, (s) => s.kind, share, "kind"),
    byCountry: breakdown(buckets, bindingSponsors, (b) => b.country, (s) => s.country, share, "country"),
    timeline,
  };
}

export type Summary = ReturnType<typeof buildSummary>;

/**
 * What a sponsor sees of the campaign (CONTRACT.md "Who sees what"): the overall figures and
 * no breakdowns by status, kind, country or day. No timeline either: a day with one pledge
 * would show that sponsor's amount, and of other sponsors a sponsor (or the public page)
 * sees nothing.
 */
export function overallSummary(s: Summary) {
  return {
    scope: "overall" as const,
    campaignId: s.campaignId,
    asOf: s.asOf,
    targetCents: s.targetCents,
    deadline: s.deadline,
    matchRatio: s.matchRatio,
    matchCapCents: s.matchCapCents,
    countedCents: s.countedCents,
    sponsorCount: s.sponsorCount,
    potentialMatchCents: s.potentialMatchCents,
    stateMatchCents: s.stateMatchCents,
    eligible: s.eligible,
    // The public-money share of a campaign with one public sponsor would give that
    // sponsor's amount away: outside the staff, only whether the rule holds.
    rules: s.rules.map((r) => (r.id === "max_public_share" ? { ...r, value: null, gap: null } : r)),
  };
}

/** Counted own funds at the end of `day`: the last timeline point on or before it. */
function countedOn(timeline: { date: string; countedCents: number }[], day: string): number {
  let counted = 0;
  for (const point of timeline) if (point.date <= day) counted = point.countedCents;
  return counted;
}

function breakdown<F extends "kind" | "country">(
  buckets: MoneyBucket[],
  bindingSponsors: { kind: SponsorKind; country: string }[],
  bucketKey: (b: MoneyBucket) => string,
  sponsorKey: (s: { kind: SponsorKind; country: string }) => string,
  share: number,
  field: F,
) {
  const counted = countedBy(buckets, bucketKey, share);
  const keys = new Set([...counted.keys(), ...bindingSponsors.map(sponsorKey)]);
  return [...keys]
    .map((key) => ({
      [field]: key,
      countedCents: counted.get(key) ?? 0,
      sponsorCount: bindingSponsors.filter((s) => sponsorKey(s) === key).length,
    }) as { [K in F]: string } & { countedCents: number; sponsorCount: number })
    .filter((row) => row.countedCents > 0 || row.sponsorCount > 0)
    .sort((a, b) => b.countedCents - a.countedCents);
}
