// Counted own funds from money buckets: binding pledges only, in-kind at the campaign's share.
import { describe, expect, it } from "vitest";
import {
  centsByStatus,
  countedBy,
  countedCents,
  cumulativeCounted,
  sumOf,
  type MoneyBucket,
} from "../../server/domain/figures";
import { isBinding, type PledgeStatus, type PledgeType, type SponsorKind } from "../../server/domain/codes";

function bucket(
  status: PledgeStatus,
  amountCents: number,
  type: PledgeType = "cash",
  sponsorKind: SponsorKind = "company",
  country = "DE",
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

describe("countedCents", () => {
  it("an intent pledge does not count toward eligibility", () => {
    expect(countedCents([bucket("intent", 1_000_000)], 100)).toBe(0);
  });

  it("a withdrawn pledge does not count toward eligibility", () => {
    expect(countedCents([bucket("withdrawn", 1_000_000)], 100)).toBe(0);
  });

  it("confirmed and paid pledges count in full", () => {
    // 1,000,000 + 250,000
    expect(countedCents([bucket("confirmed", 1_000_000), bucket("paid", 250_000), bucket("intent", 7)], 100)).toBe(
      1_250_000,
    );
  });

  it.each([
    // in-kind cents, share %, counted
    [1_000_000, 100, 1_000_000], // default: in full
    [1_000_000, 50, 500_000],
    [333, 50, 166], // 166.5 rounds down
    [1_000_000, 0, 0], // in-kind does not count at all
  ])("an in-kind pledge of %i cents at a %i%% share counts %i cents", (amount, share, expected) => {
    expect(countedCents([bucket("confirmed", amount, "in_kind")], share)).toBe(expected);
  });

  it("rounds the in-kind share down once over the whole in-kind sum, not per bucket", () => {
    // (333 + 333) × 50% = 333, whereas ⌊166.5⌋ + ⌊166.5⌋ would be 332
    const buckets = [
      bucket("confirmed", 333, "in_kind"),
      bucket("paid", 333, "in_kind", "research", "BE"),
      bucket("confirmed", 1_000),
    ];
    expect(countedCents(buckets, 50)).toBe(1_000 + 333);
  });

  it("only binding statuses are binding", () => {
    expect((["intent", "confirmed", "paid", "withdrawn"] as const).filter(isBinding)).toEqual(["confirmed", "paid"]);
  });
});

describe("centsByStatus and sumOf", () => {
  it("puts each bucket in exactly one status and sums counts and payments", () => {
    const buckets = [
      bucket("intent", 10),
      bucket("confirmed", 20),
      bucket("paid", 40),
      bucket("withdrawn", 80),
      bucket("confirmed", 1, "in_kind"),
    ];
    expect(centsByStatus(buckets)).toEqual({ intent: 10, confirmed: 21, paid: 40, withdrawn: 80 });
    expect(sumOf(buckets, "pledgeCount")).toBe(5);
    expect(sumOf(buckets, "receivedCents")).toBe(40);
  });
});

describe("countedBy", () => {
  it("groups counted own funds by a key, each group with its own in-kind rounding", () => {
    const buckets = [
      bucket("confirmed", 100, "cash", "company", "DE"),
      bucket("paid", 301, "in_kind", "company", "BE"),
      bucket("intent", 999, "cash", "company", "NL"),
    ];
    // DE: 100; BE: ⌊301 × 50%⌋ = 150; NL: an intent counts 0
    expect(countedBy(buckets, (b) => b.country, 50)).toEqual(
      new Map([
        ["DE", 100],
        ["BE", 150],
        ["NL", 0],
      ]),
    );
  });
});

const day = (d: string, bindingCents: number, type: PledgeType = "cash") => ({ day: d, type, bindingCents });

describe("cumulativeCounted", () => {
  it("adds up binding money day by day, one point a day with changes, in date order", () => {
    const deltas = [
      { day: "2016-05-03", type: "cash" as const, bindingCents: 500 },
      { day: "2016-05-01", type: "cash" as const, bindingCents: 1_000 },
      { day: "2016-05-03", type: "in_kind" as const, bindingCents: 301 },
      { day: "2016-05-07", type: "cash" as const, bindingCents: -1_000 }, // a withdrawal
    ];
    expect(cumulativeCounted(deltas, 50)).toEqual([
      { date: "2016-05-01", countedCents: 1_000 },
      { date: "2016-05-03", countedCents: 1_650 }, // 1,000 + 500 + ⌊301 × 50%⌋
      { date: "2016-05-07", countedCents: 650 }, // 1,500 − 1,000 + 150
    ]);
  });

  it("gives no point to a day whose binding money nets to zero (confirmed → paid by a payment)", () => {
    const deltas = [
      day("2016-05-01", 1_000),
      day("2016-05-05", 0),
      day("2016-05-06", 0),
      day("2016-05-06", 20, "in_kind"),
    ];
    expect(cumulativeCounted(deltas, 100)).toEqual([
      { date: "2016-05-01", countedCents: 1_000 },
      { date: "2016-05-06", countedCents: 1_020 }, // the in-kind change keeps the day
    ]);
  });

  it("is empty without binding money", () => {
    expect(cumulativeCounted([], 100)).toEqual([]);
  });
});
