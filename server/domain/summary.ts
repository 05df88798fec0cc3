// The campaign summary (CONTRACT.md "The summary") from figures already read for a day.
import type { CampaignTerms } from "./campaign";
import { cashFlow } from "./cashFlow";
import { evaluateRules } from "./eligibility";
import {
  bindingVatCents,
  centsByStatus,
  countedBy,
  countedCents,
  cumulativeCounted,
  sumOf,
  type DayDelta,
  type MoneyBucket,
} from "./figures";
import { hundredthsToRatio, potentialMatchCents } from "./match";
import { countedAt, project } from "./projection";
import { PUBLIC_KINDS, type SponsorKind } from "./codes";

/** How many sponsors of a kind and country have a binding pledge. */
export interface SponsorCount {
  kind: SponsorKind;
  country: string;
  sponsorCount: number;
}

export interface SummaryInput {
  campaign: CampaignTerms;
  asOf: string;
  buckets: MoneyBucket[];
  bindingDeltas: DayDelta[];
  sponsorCounts: SponsorCount[];
  /** Installments of binding pledges by due year, and payments by year received. */
  scheduledByYear?: ReadonlyMap<number, number>;
  receivedByYear?: ReadonlyMap<number, number>;
  /** Working days after `asOf` through the deadline, in the campaign's holiday region. */
  workingDaysLeft?: number;
}

export function buildSummary({
  campaign,
  asOf,
  buckets,
  bindingDeltas,
  sponsorCounts,
  scheduledByYear = new Map(),
  receivedByYear = new Map(),
  workingDaysLeft = 0,
}: SummaryInput) {
  const share = campaign.inKindSharePercent;
  const byStatus = centsByStatus(buckets);
  const counted = countedCents(buckets, share);
  const timeline = cumulativeCounted(bindingDeltas, share);
  const sponsorCount = sponsorCounts.reduce((sum, s) => sum + s.sponsorCount, 0);
  const publicCounted = countedCents(
    buckets.filter((b) => PUBLIC_KINDS.includes(b.sponsorKind)),
    share,
  );
  const { eligible, rules } = evaluateRules({
    asOf,
    deadline: campaign.deadline,
    targetCents: campaign.targetCents,
    countedCents: counted,
    countedAtDeadlineCents: countedAt(timeline, campaign.deadline),
    sponsorCount,
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
    /** The application's status at the end of `asOf`, and the day it was reached. */
    applicationStatus: campaign.applicationStatus ?? null,
    applicationStatusAt: campaign.applicationStatusAt ?? null,
    matchRatio: hundredthsToRatio(campaign.matchRatioHundredths),
    matchCapCents: campaign.matchCapCents,
    inKindSharePercent: share,
    intentCents: byStatus.intent,
    confirmedCents: byStatus.confirmed,
    paidCents: byStatus.paid,
    withdrawnCents: byStatus.withdrawn,
    receivedCents: sumOf(buckets, "receivedCents"),
    countedCents: counted,
    /** The VAT of binding sponsoring: in the pledged sums, left out of the counted own funds. */
    vatExcludedCents: bindingVatCents(buckets),
    publicCountedCents: publicCounted,
    sponsorCount,
    pledgeCount: sumOf(buckets, "pledgeCount"),
    potentialMatchCents: potential,
    stateMatchCents: eligible ? potential : 0,
    eligible,
    rules,
    byKind: breakdown(
      buckets,
      sponsorCounts,
      (b) => b.sponsorKind,
      (s) => s.kind,
      share,
      "kind",
    ),
    byCountry: breakdown(
      buckets,
      sponsorCounts,
      (b) => b.country,
      (s) => s.country,
      share,
      "country",
    ),
    timeline,
    projection: project({
      timeline,
      asOf,
      deadline: campaign.deadline,
      targetCents: campaign.targetCents,
      workingDaysLeft,
    }),
    /** Intents valued as they would count once confirmed: the "intents convert at x %" switch. */
    intentCountedCents: countedCents(
      buckets.filter((b) => b.status === "intent").map((b) => ({ ...b, status: "confirmed" as const })),
      share,
    ),
    cashFlow: cashFlow({
      matchStart: campaign.matchStart,
      matchYears: campaign.matchYears,
      matchRatioHundredths: campaign.matchRatioHundredths,
      potentialMatchCents: potential,
      scheduledByYear,
      receivedByYear,
    }),
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
    projection: s.projection,
    // The public-money share of a campaign with one public sponsor would give that
    // sponsor's amount away: outside the staff, only whether the rule holds.
    rules: s.rules.map((r) => (r.id === "max_public_share" ? { ...r, value: null, gap: null } : r)),
  };
}

function breakdown<F extends "kind" | "country">(
  buckets: MoneyBucket[],
  sponsorCounts: SponsorCount[],
  bucketKey: (b: MoneyBucket) => string,
  sponsorKey: (s: SponsorCount) => string,
  share: number,
  field: F,
) {
  const counted = countedBy(buckets, bucketKey, share);
  const keys = new Set([...counted.keys(), ...sponsorCounts.map(sponsorKey)]);
  return [...keys]
    .map(
      (key) =>
        ({
          [field]: key,
          countedCents: counted.get(key) ?? 0,
          sponsorCount: sponsorCounts.filter((s) => sponsorKey(s) === key).reduce((sum, s) => sum + s.sponsorCount, 0),
        }) as { [K in F]: string } & { countedCents: number; sponsorCount: number },
    )
    .filter((row) => row.countedCents > 0 || row.sponsorCount > 0)
    .sort((a, b) => b.countedCents - a.countedCents);
}
