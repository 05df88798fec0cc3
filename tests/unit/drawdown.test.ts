// What of the state's share may be called now (issue 17, point 5):
//   callable = max(0, min(⌊ratio × net own received⌋, grant − ⌈grant × retention %⌉) − called), 0 before approval.
import { describe, expect, it } from "vitest";
import { callRoom, ceilingOf, drawdown, retentionOf } from "../../server/domain/drawdown";

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

describe("ceilingOf: what may be drawn in all on a day", () => {
  it.each([
    // own received, grant, ratio/100, retention % → ceiling
    [0, GRANT, 100, 10, 0], // nothing in yet
    [1, GRANT, 100, 10, 1], // one cent matched
    [1, GRANT, 50, 10, 0], // ⌊0.5⌋: half a cent is not callable
    [3, GRANT, 33, 10, 0], // ⌊0.99⌋
    [135_000_000, GRANT, 100, 10, 135_000_000], // exactly up to the retention
    [135_000_001, GRANT, 100, 10, 135_000_000], // one cent more is held back
    [150_000_000, null, 100, 10, 0], // no grant: nothing
  ])("received %i, grant %s, ratio %i/100, retention %i %% → %i", (own, grant, ratio, retention, ceiling) => {
    expect(
      ceilingOf({ ownReceivedCents: own, grantCents: grant, ratioHundredths: ratio, retentionPercent: retention }),
    ).toBe(ceiling);
  });

  it("leaves nothing of a grant of 1 cent at 10 % retention (⌈0.1⌉ = 1)", () => {
    expect(ceilingOf({ ownReceivedCents: 100, grantCents: 1, ratioHundredths: 100, retentionPercent: 10 })).toBe(0);
  });
});

describe("callRoom: the most a new call may be", () => {
  it.each([
    // [ceiling, called through] per day (the call's own first, then later calls' days) → room
    [[[1_000, 0]], 1_000], // nothing called yet
    [[[1_000, 400]], 600], // less what was called
    [[[1_000, 1_000]], 0], // all called
    [[[1_000, 1_200]], 0], // called beyond (a reversal lowered own funds): never negative
    [
      [
        [1_000, 0],
        [1_500, 1_300],
      ],
      200,
    ], // a later call leaves less room than the call's own day
    [
      [
        [1_000, 0],
        [5_000, 100],
      ],
      1_000,
    ], // the later day has room enough: the own day bounds it
  ])("%j → %i", (days, room) => {
    expect(callRoom(days.map(([ceilingCents, calledThroughCents]) => ({ ceilingCents, calledThroughCents })))).toBe(
      room,
    );
  });
});
