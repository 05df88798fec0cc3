// The money axes' ticks: round, evenly spaced, the domain ending on the last tick.
import { describe, expect, it } from "vitest";
import { moneyAxis } from "../../client/lib/moneyAxis";

const EUR = 100; // cents per euro

describe("moneyAxis", () => {
  it.each([
    // highest → ticks (in euros)
    [75_000, [0, 20_000, 40_000, 60_000, 80_000]], // rough step 15k → 20k; not 0/30k/60k/80k
    [80_000, [0, 20_000, 40_000, 60_000, 80_000]], // exactly on a tick: no extra step
    [95_000, [0, 20_000, 40_000, 60_000, 80_000, 100_000]],
    [105_000, [0, 25_000, 50_000, 75_000, 100_000, 125_000]], // rough step 21k → 25k
    [420_000, [0, 100_000, 200_000, 300_000, 400_000, 500_000]],
  ])("%d € → ticks %j", (highest, euros) => {
    const { ticks, domain } = moneyAxis(highest * EUR);
    expect(ticks).toEqual(euros.map((e) => e * EUR));
    expect(domain).toEqual([0, euros.at(-1)! * EUR]);
  });

  it("a tiny or zero value still gets an axis above zero", () => {
    expect(moneyAxis(0).domain[1]).toBeGreaterThan(0);
    expect(moneyAxis(1).ticks[0]).toBe(0);
  });

  it("reaches a round value below a negative lowest, with zero among the ticks", () => {
    // −3,600 € … 75,000 €: span 78,600 € → steps of 20,000 €, one below zero
    expect(moneyAxis(75_000 * EUR, -3_600 * EUR).ticks).toEqual(
      [-20_000, 0, 20_000, 40_000, 60_000, 80_000].map((e) => e * EUR),
    );
  });

  it("every step is the same and a round number", () => {
    for (const highest of [1_234, 9_999, 55_555, 123_456, 7_654_321]) {
      const { ticks } = moneyAxis(highest * EUR);
      const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
      expect(steps.size).toBe(1);
      const [step] = steps;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(mantissa);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(highest * EUR);
    }
  });
});
