// The rules of change as pure decisions (CONTRACT.md "Rules of change").
import { describe, expect, it } from "vitest";
import { decidePayment, decideStatusChange } from "../../server/domain/pledgeRules";
import { PLEDGE_STATUSES, type PledgeStatus } from "../../server/domain/codes";

const ALLOWED: [PledgeStatus, PledgeStatus][] = [
  ["intent", "confirmed"],
  ["intent", "withdrawn"],
  ["confirmed", "withdrawn"],
  ["withdrawn", "intent"], // reinstated
];
const allMoves = PLEDGE_STATUSES.flatMap((from) =>
  PLEDGE_STATUSES.map((to) => [from, to] as [PledgeStatus, PledgeStatus]),
);
const REFUSED = allMoves.filter(([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to));

describe("decideStatusChange", () => {
  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(decideStatusChange(from, to)).toEqual({ ok: true, value: to });
  });

  // 16 moves in all, 4 allowed: 12 refused, among them every move to or from paid and every no-op.
  it("refuses exactly the other twelve moves", () => {
    expect(REFUSED).toHaveLength(12);
    expect(REFUSED).toContainEqual(["confirmed", "paid"]);
    expect(REFUSED).toContainEqual(["paid", "withdrawn"]);
  });

  it.each(REFUSED)("refuses %s → %s with a reason", (from, to) => {
    const decision = decideStatusChange(from, to);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.reason).toContain(`${from} pledge cannot move to ${to}`);
  });
});

describe("decidePayment", () => {
  const confirmed = { status: "confirmed" as const, amountCents: 10_000, receivedCents: 4_000 }; // 6,000 outstanding

  it.each(["intent", "paid", "withdrawn"] as const)("refuses a payment on a %s pledge", (status) => {
    expect(decidePayment({ ...confirmed, status }, 1).ok).toBe(false);
  });

  it("records a partial payment and stays confirmed", () => {
    // 4,000 + 1,000 = 5,000 of 10,000
    expect(decidePayment(confirmed, 1_000)).toEqual({
      ok: true,
      value: { receivedAfterCents: 5_000, statusAfter: "confirmed" },
    });
  });

  it("a payment reaching the amount makes the pledge paid", () => {
    // 4,000 + 6,000 = 10,000
    expect(decidePayment(confirmed, 6_000)).toEqual({
      ok: true,
      value: { receivedAfterCents: 10_000, statusAfter: "paid" },
    });
  });

  it("one cent above the outstanding amount is refused", () => {
    const decision = decidePayment(confirmed, 6_001);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.reason).toContain("6000");
  });

  it("one cent short of the amount stays confirmed", () => {
    expect(decidePayment(confirmed, 5_999)).toEqual({
      ok: true,
      value: { receivedAfterCents: 9_999, statusAfter: "confirmed" },
    });
  });
});
