// What of the state's share may be called now (issue 17, point 5):
//   callable = max(0, min(⌊ratio × net own received⌋, grant − ⌈grant × retention %⌉) − called), 0 before approval.
import { describe, expect, it } from "vitest";
import { drawdown, retentionOf } from "../../server/domain/drawdown";

const GRANT = 150_000_000; // 1.5M €

describe("drawdown", () => {
  it.each([
    // own received, grant, ratio/100, retention %, called → retention, callable
    [0, GRANT, 100, 10, 0, 15_000_000, 0], // nothing received yet
    [50_000_000, GRANT, 100, 10, 0, 15_000_000, 50_000_000], // 1:1 on what came in
    [50_000_000, GRANT, 100, 10, 20_000_000, 15_000_000, 30_000_000], // less what was called
    [150_000_000, GRANT, 100, 10, 0, 15_000_000, 135_000_000], // all in: the retention stays back
    [200_000_000, GRANT, 100, 10, 0, 15_000_000, 135_000_000], // more than the grant needs
    [150_000_000, GRANT, 100, 10, 135_000_000, 15_000_000, 0], // all callable called
    [150_000_000, GRANT, 100, 10, 140_000_000, 15_000_000, 0], // over-called: never negative
    [1_000_001, GRANT, 150, 10, 0, 15_000_000, 1_500_001], // ⌊1,500,001.5⌋
    [100_001, GRANT, 33, 10, 0, 15_000_000, 33_000], // ⌊33,000.33⌋
    [50_000_000, GRANT, 100, 0, 0, 0, 50_000_000], // no retention
    [50_000_000, 100_000_001, 100, 10, 0, 10_000_001, 50_000_000], // ⌈10,000,000.1⌉
    [200_000_000, 100_000_001, 100, 10, 0, 10_000_001, 90_000_000], // grant − ⌈retention⌉
  ])(
    "received %i, grant %i, ratio %i/100, retention %i %%, called %i",
    (own, grant, ratio, retention, called, retentionCents, callable) => {
      const d = drawdown({
        ownReceivedCents: own,
        grantCents: grant,
        ratioHundredths: ratio,
        retentionPercent: retention,
        calledCents: called,
      });
      expect(d).toEqual({
        ownReceivedCents: own,
        grantCents: grant,
        retentionCents,
        calledCents: called,
        callableCents: callable,
      });
    },
  );

  it("before the grant is approved nothing is callable", () => {
    const d = drawdown({
      ownReceivedCents: 150_000_000,
      grantCents: null,
      ratioHundredths: 100,
      retentionPercent: 10,
      calledCents: 0,
    });
    expect(d).toMatchObject({ grantCents: 0, retentionCents: 0, callableCents: 0 });
  });

  it("rounds the retention up, never in the caller's favour", () => {
    expect(retentionOf(1, 10)).toBe(1);
    expect(retentionOf(10, 10)).toBe(1);
    expect(retentionOf(11, 10)).toBe(2);
  });
});
