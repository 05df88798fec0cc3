// evaluateRules: each rule with value, required and gap in its own unit (CONTRACT.md "The summary").
import { describe, expect, it } from "vitest";
import { evaluateRules, type EligibilityInput } from "../../server/domain/eligibility";

const TARGET = 150_000_000; // €1,500,000

/** A campaign on 2016-05-20 with its deadline on 2016-06-01 and only the default rules. */
function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    asOf: "2016-05-20",
    deadline: "2016-06-01",
    targetCents: TARGET,
    countedCents: 0,
    countedAtDeadlineCents: 0,
    sponsorCount: 0,
    publicCountedCents: 0,
    minSponsors: null,
    maxPublicShareBasisPoints: null,
    ...overrides,
  };
}

const rule = (result: ReturnType<typeof evaluateRules>, id: string) => result.rules.find((r) => r.id === id);

describe("the target rule", () => {
  it("one cent short of the target is not eligible, and the gap is that cent", () => {
    const result = evaluateRules(input({ countedCents: TARGET - 1 }));
    expect(result.eligible).toBe(false);
    expect(rule(result, "target")).toEqual({
      id: "target",
      met: false,
      value: TARGET - 1,
      required: TARGET,
      gap: 1,
      unit: "cents",
    });
  });

  it("exactly the target is eligible, with no gap", () => {
    const result = evaluateRules(input({ countedCents: TARGET }));
    expect(result.eligible).toBe(true);
    expect(rule(result, "target")).toMatchObject({ met: true, gap: null });
  });

  it("reports the missing amount as the gap (€83,500 missing)", () => {
    // 150,000,000 − 141,650,000 = 8,350,000 cents = €83,500
    expect(rule(evaluateRules(input({ countedCents: 141_650_000 })), "target")?.gap).toBe(8_350_000);
  });

  it("lists exactly target and deadline when no optional rule is set", () => {
    expect(evaluateRules(input()).rules.map((r) => r.id)).toEqual(["target", "deadline"]);
  });
});

describe("the deadline rule", () => {
  it.each([
    // asOf, counted on the deadline day, met, gap in days past the deadline
    ["2016-05-20", 0, true, null], // before the deadline: met whatever the figures
    ["2016-06-01", 0, true, null], // on the deadline day itself
    ["2016-06-02", TARGET - 1, false, 1], // a day late, one cent short on the day
    ["2016-06-11", 0, false, 10], // 11 June − 1 June = 10 days
    ["2016-06-02", TARGET, true, null], // the target was met on the deadline day
    ["2017-06-01", TARGET + 5, true, null], // a year later it still holds
  ] as const)("asOf %s with %i counted on the deadline day: met %s, gap %s", (asOf, atDeadline, met, gap) => {
    const result = evaluateRules(input({ asOf, countedCents: TARGET, countedAtDeadlineCents: atDeadline }));
    expect(rule(result, "deadline")).toEqual({
      id: "deadline",
      met,
      value: asOf,
      required: "2016-06-01",
      gap,
      unit: "date",
    });
    expect(result.eligible).toBe(met);
  });

  it("reaching the target after the deadline does not make the campaign eligible", () => {
    const result = evaluateRules(
      input({ asOf: "2016-06-05", countedCents: TARGET * 2, countedAtDeadlineCents: TARGET - 1 }),
    );
    expect(rule(result, "target")?.met).toBe(true);
    expect(result.eligible).toBe(false);
  });
});

describe("the min_sponsors rule", () => {
  it.each([
    [99, false, 1], // 100 − 99 = 1 sponsor missing
    [100, true, null],
    [101, true, null],
    [0, false, 100],
  ])("%i sponsors against at least 100: met %s, gap %s", (sponsorCount, met, gap) => {
    const result = evaluateRules(input({ countedCents: TARGET, sponsorCount, minSponsors: 100 }));
    expect(rule(result, "min_sponsors")).toEqual({
      id: "min_sponsors",
      met,
      value: sponsorCount,
      required: 100,
      gap,
      unit: "count",
    });
    expect(result.eligible).toBe(met);
  });
});

describe("the max_public_share rule", () => {
  it.each([
    // public cents of 1,000,000 counted; max 25.00% = 2500 basis points
    [250_000, 2500, true, 25, null], // 250,000 × 10,000 = 2,500 × 1,000,000: exactly on the boundary
    [250_001, 2500, false, 25, 0.01], // 25.0001% rounds to 25.00%, yet one cent too many; gap at least 0.01
    [300_000, 2500, false, 30, 5], // 30% − 25% = 5 points
    [123_456, 1234, false, 12.35, 0.01], // 12.3456% → 12.35 (rounded for display), max 12.34%
    [123_400, 1234, true, 12.34, null],
    [0, 0, true, 0, null], // no public money at all meets even a 0% cap
  ])(
    "%i public cents of 1,000,000 with max %i bp: met %s, value %s%%, gap %s",
    (publicCents, maxBp, met, value, gap) => {
      const result = evaluateRules(
        input({
          countedCents: 1_000_000,
          targetCents: 1_000_000,
          publicCountedCents: publicCents,
          maxPublicShareBasisPoints: maxBp,
        }),
      );
      expect(rule(result, "max_public_share")).toEqual({
        id: "max_public_share",
        met,
        value,
        required: maxBp / 100,
        gap,
        unit: "percent",
      });
      expect(result.eligible).toBe(met);
    },
  );

  it("counts nothing as 0% public when nothing is counted yet", () => {
    const result = evaluateRules(input({ countedCents: 0, publicCountedCents: 0, maxPublicShareBasisPoints: 1000 }));
    expect(rule(result, "max_public_share")).toMatchObject({ met: true, value: 0 });
  });

  it("is exact with amounts whose share is not a round percentage", () => {
    // 1 public cent of 3 counted: 33.33…% against 33.33% max → too much; against 33.34% → fine.
    expect(
      rule(
        evaluateRules(
          input({ countedCents: 3, targetCents: 3, publicCountedCents: 1, maxPublicShareBasisPoints: 3333 }),
        ),
        "max_public_share",
      )?.met,
    ).toBe(false);
    expect(
      rule(
        evaluateRules(
          input({ countedCents: 3, targetCents: 3, publicCountedCents: 1, maxPublicShareBasisPoints: 3334 }),
        ),
        "max_public_share",
      )?.met,
    ).toBe(true);
  });
});

it("is eligible only when every listed rule is met", () => {
  const all = input({
    countedCents: TARGET,
    sponsorCount: 100,
    minSponsors: 100,
    publicCountedCents: 0,
    maxPublicShareBasisPoints: 2500,
  });
  expect(evaluateRules(all).eligible).toBe(true);
  expect(evaluateRules({ ...all, sponsorCount: 99 }).eligible).toBe(false);
  expect(evaluateRules({ ...all, publicCountedCents: TARGET }).eligible).toBe(false);
  expect(evaluateRules(all).rules.map((r) => r.id)).toEqual(["target", "deadline", "min_sponsors", "max_public_share"]);
});
