// buildSummary: the figures of CONTRACT.md "The summary" from buckets already read for a day.
import { describe, expect, it } from "vitest";
import type { Campaign } from "../../db/schema";
import type { DayDelta, MoneyBucket } from "../../server/domain/figures";
import { buildSummary, type SummaryInput } from "../../server/domain/summary";
import type { PledgeStatus, PledgeType, SponsorKind } from "../../server/domain/codes";

const TARGET = 150_000_000; // €1,500,000

function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 1,
    name: "Aachen digitalisiert",
    region: "Aachen",
    targetCents: TARGET,
    matchRatioHundredths: 100,
    matchCapCents: TARGET,
    matchStart: "2016-06-01",
    matchYears: 3,
    windowStart: "2016-04-20",
    deadline: "2016-06-01",
    applicationStatus: "collecting",
    applicationStatusAt: null,
    inKindSharePercent: 100,
    minSponsors: null,
    maxPublicShareBasisPoints: null,
    publicPage: false,
    holidayRegion: "DE-NW",
    referencePrefix: "AD",
    lastReferenceNumber: 0,
    issuer: null,
    grantCents: null,
    retentionPercent: 10,
    lastReceiptNumber: 0,
    lastInvoiceNumber: 0,
    bankHolder: null,
    bankIban: null,
    bankBic: null,
    senderName: null,
    senderAddress: null,
    senderContactName: null,
    senderContactEmail: null,
    senderLogoAttachmentId: null,
    reminderIntentAfterDays: null,
    reminderInstallmentBeforeDays: null,
    reminderOverdueAfterDays: null,
    version: 1,
    createdAt: 0,
    ...overrides,
  };
}

function bucket(
  status: PledgeStatus,
  amountCents: number,
  sponsorKind: SponsorKind = "company",
  country = "DE",
  type: PledgeType = "cash",
): MoneyBucket {
  return {
    status,
    type,
    sponsorKind,
    country,
    amountCents,
    pledgeCount: 1,
    receivedCents: status === "paid" ? amountCents : 0,
  };
}

function summary(overrides: Partial<SummaryInput> = {}) {
  return buildSummary({
    campaign: campaign(),
    asOf: "2016-05-20",
    buckets: [],
    bindingDeltas: [],
    sponsorCounts: [],
    ...overrides,
  });
}

const day = (d: string, bindingCents: number, type: PledgeType = "cash"): DayDelta => ({ day: d, type, bindingCents });

describe("buildSummary", () => {
  it("turns eligible with the state match equal to the potential match once the target is met", () => {
    const s = summary({
      buckets: [bucket("confirmed", TARGET)],
      bindingDeltas: [day("2016-05-10", TARGET)],
      sponsorCounts: [{ kind: "company", country: "DE", sponsorCount: 1 }],
    });
    expect(s).toMatchObject({
      eligible: true,
      countedCents: TARGET,
      potentialMatchCents: TARGET,
      stateMatchCents: TARGET,
      sponsorCount: 1,
    });
  });

  it("one cent short shows the potential match but a state match of 0", () => {
    const s = summary({ buckets: [bucket("confirmed", TARGET - 1)], bindingDeltas: [day("2016-05-10", TARGET - 1)] });
    expect(s).toMatchObject({ eligible: false, potentialMatchCents: TARGET - 1, stateMatchCents: 0 });
  });

  it("keeps each pledge in exactly one status and counts withdrawn pledges in pledgeCount", () => {
    const s = summary({
      buckets: [bucket("intent", 1), bucket("confirmed", 10), bucket("paid", 100), bucket("withdrawn", 1_000)],
    });
    expect(s).toMatchObject({
      intentCents: 1,
      confirmedCents: 10,
      paidCents: 100,
      withdrawnCents: 1_000,
      receivedCents: 100,
      countedCents: 110,
      pledgeCount: 4,
    });
  });

  it("caps the match and applies a ratio of 1.5 in integers", () => {
    // ⌊120,000,001 × 150 / 100⌋ = 180,000,001 > cap 150,000,000
    const s = summary({
      campaign: campaign({ matchRatioHundredths: 150, targetCents: 100_000_000 }),
      buckets: [bucket("confirmed", 120_000_001)],
      bindingDeltas: [day("2016-05-01", 120_000_001)],
    });
    expect(s).toMatchObject({ matchRatio: 1.5, potentialMatchCents: TARGET, stateMatchCents: TARGET });
  });

  it("counts an in-kind pledge at the campaign's share", () => {
    // 100,000,000 cash + ⌊100,000,001 × 50%⌋ = 150,000,000: exactly the target
    const s = summary({
      campaign: campaign({ inKindSharePercent: 50 }),
      buckets: [bucket("confirmed", 100_000_000), bucket("confirmed", 100_000_001, "research", "BE", "in_kind")],
      bindingDeltas: [day("2016-05-01", 100_000_000), day("2016-05-02", 100_000_001, "in_kind")],
    });
    expect(s).toMatchObject({ inKindSharePercent: 50, countedCents: TARGET, eligible: true });
    expect(s.timeline).toEqual([
      { date: "2016-05-01", countedCents: 100_000_000 },
      { date: "2016-05-02", countedCents: TARGET },
    ]);
  });

  it("after the deadline is eligible only if the target was met on the deadline day", () => {
    const late = { buckets: [bucket("confirmed", TARGET)], asOf: "2016-06-10" };
    const metInTime = summary({ ...late, bindingDeltas: [day("2016-06-01", TARGET)] });
    const metLate = summary({ ...late, bindingDeltas: [day("2016-06-01", TARGET - 1), day("2016-06-02", 1)] });
    expect(metInTime.eligible).toBe(true);
    expect(metLate.eligible).toBe(false);
    // 10 June − 1 June = 9 days past the deadline
    expect(metLate.rules.find((r) => r.id === "deadline")).toMatchObject({ met: false, gap: 9 });
    expect(metLate.stateMatchCents).toBe(0);
  });

  it("breaks counted funds and binding sponsors down by kind and by country, largest first", () => {
    const s = summary({
      buckets: [
        bucket("confirmed", 500, "company", "DE"),
        bucket("paid", 1_500, "public_company", "DE"),
        bucket("confirmed", 700, "company", "NL"),
        bucket("intent", 9_999, "research", "BE"), // counts nothing, and its sponsor is not binding
      ],
      sponsorCounts: [
        { kind: "company", country: "DE", sponsorCount: 1 },
        { kind: "public_company", country: "DE", sponsorCount: 1 },
        { kind: "company", country: "NL", sponsorCount: 1 },
      ],
    });
    expect(s.byKind).toEqual([
      { kind: "public_company", countedCents: 1_500, sponsorCount: 1 },
      { kind: "company", countedCents: 1_200, sponsorCount: 2 }, // 500 + 700
    ]);
    expect(s.byCountry).toEqual([
      { country: "DE", countedCents: 2_000, sponsorCount: 2 }, // 500 + 1,500
      { country: "NL", countedCents: 700, sponsorCount: 1 },
    ]);
    expect(s.publicCountedCents).toBe(1_500);
  });

  it("counts public_body and public_company toward the public share rule", () => {
    // public: 200 + 100 = 300 of 1,000 counted = 30% > max 25%
    const buckets = [
      bucket("confirmed", 700, "association"),
      bucket("confirmed", 200, "public_body"),
      bucket("confirmed", 100, "public_company"),
    ];
    const s = summary({
      campaign: campaign({ targetCents: 1_000, maxPublicShareBasisPoints: 2500 }),
      buckets,
      bindingDeltas: [day("2016-05-01", 1_000)],
    });
    expect(s.rules.find((r) => r.id === "max_public_share")).toMatchObject({
      met: false,
      value: 30,
      required: 25,
      gap: 5,
    });
    expect(s.eligible).toBe(false);
  });

  it("applies min_sponsors to the sponsors with binding pledges", () => {
    const c = campaign({ targetCents: 100, minSponsors: 3 });
    const two = [
      { kind: "company" as const, country: "DE", sponsorCount: 1 },
      { kind: "company" as const, country: "BE", sponsorCount: 1 },
    ];
    const s = summary({
      campaign: c,
      buckets: [bucket("confirmed", 100)],
      bindingDeltas: [day("2016-05-01", 100)],
      sponsorCounts: two,
    });
    expect(s.rules.find((r) => r.id === "min_sponsors")).toMatchObject({ met: false, value: 2, required: 3, gap: 1 });
    expect(s.eligible).toBe(false);
  });

  it("has a cumulative timeline with one point per day with changes", () => {
    const s = summary({
      bindingDeltas: [
        day("2016-05-02", 300),
        day("2016-05-01", 100),
        day("2016-05-02", 50, "in_kind"),
        day("2016-05-05", -100),
      ],
    });
    expect(s.timeline).toEqual([
      { date: "2016-05-01", countedCents: 100 },
      { date: "2016-05-02", countedCents: 450 }, // 100 + 300 + 50
      { date: "2016-05-05", countedCents: 350 }, // a withdrawal of 100
    ]);
  });
});
