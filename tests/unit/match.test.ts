// State match = min(⌊counted × ratio⌋, cap), with the ratio kept in hundredths so the
// arithmetic stays in integers (CONTRACT.md "The summary").
import { describe, expect, it } from "vitest";
import { hundredthsToRatio, potentialMatchCents, ratioToHundredths } from "../../server/domain/match";

const CAP = 150_000_000; // €1,500,000

describe("potentialMatchCents", () => {
  it.each([
    // counted, ratio in hundredths, cap, match
    [100_000_000, 100, CAP, 100_000_000], // 1:1 below the cap
    [149_999_999, 100, CAP, 149_999_999], // one cent under the cap
    [150_000_000, 100, CAP, 150_000_000], // exactly the cap
    [200_000_000, 100, CAP, 150_000_000], // above the cap: capped
    [1_000_001, 150, CAP, 1_500_001], // ⌊1,000,001 × 150 / 100⌋ = ⌊1,500,001.5⌋
    [100_000_001, 150, CAP, 150_000_000], // 150,000,001.5 is above the cap
    [100, 33, CAP, 33], // 100 × 33 / 100
    [1_001, 33, CAP, 330], // ⌊330.33⌋
    [2, 33, CAP, 0], // ⌊0.66⌋: rounds down, never up
    [0, 100, CAP, 0],
  ])("%i counted at %i/100 with cap %i gives %i", (counted, hundredths, cap, expected) => {
    expect(potentialMatchCents(counted, hundredths, cap)).toBe(expected);
  });

  it("stays exact where floating point would not (100 × 0.57 = 56.99999999999999 in doubles)", () => {
    expect(Math.floor(100 * 0.57)).toBe(56); // the trap the integer arithmetic avoids
    expect(potentialMatchCents(100, ratioToHundredths(0.57), CAP)).toBe(57); // 100 × 57 / 100
  });
});

describe("ratioToHundredths / hundredthsToRatio", () => {
  it.each([
    [1, 100],
    [1.5, 150],
    [0.33, 33],
    [0.29, 29], // 0.29 × 100 = 28.999999999999996 in doubles
    [1.15, 115], // 1.15 × 100 = 114.99999999999999 in doubles
    [2, 200],
  ])("ratio %s is %i hundredths and back", (ratio, hundredths) => {
    expect(ratioToHundredths(ratio)).toBe(hundredths);
    expect(hundredthsToRatio(hundredths)).toBe(ratio);
  });
});
