// Schedules and amount changes: pure arithmetic, every sum equal to the pledge's amount.
import { describe, expect, it } from "vitest";
import { decideAmountChange } from "../../server/domain/pledgeRules";
import {
  allocatePayments,
  decideSchedule,
  evenSchedule,
  evenSplit,
  rescheduleAmount,
} from "../../server/domain/schedule";

describe("evenSplit", () => {
  it.each([
    [1_500_000, 3, [500_000, 500_000, 500_000]], // €15,000 = 3 × €5,000
    [1_000_000, 3, [333_334, 333_333, 333_333]], // leftover cent on the first
    [2, 3, [2, 0, 0]], // fewer cents than installments
    [100, 1, [100]],
  ])("splits %d cents into %d parts as %j", (amount, parts, expected) => {
    expect(evenSplit(amount, parts)).toEqual(expected);
    expect(evenSplit(amount, parts).reduce((a, b) => a + b, 0)).toBe(amount);
  });
});

describe("schedules", () => {
  it("are due on the match start plus n−1 years, 29 February falling to 28 February", () => {
    expect(evenSchedule(900, "2016-02-29", 3).map((i) => i.dueOn)).toEqual(["2016-02-29", "2017-02-28", "2018-02-28"]);
  });

  it("a new amount keeps the due dates and splits again", () => {
    const old = evenSchedule(1_500_000, "2016-06-01", 3);
    expect(rescheduleAmount(old, 1_000_001).map((i) => [i.dueOn, i.amountCents])).toEqual([
      ["2016-06-01", 333_335],
      ["2017-06-01", 333_333],
      ["2018-06-01", 333_333],
    ]);
  });

  it("a schedule given by hand must sum to the amount, and comes back ordered by due date", () => {
    expect(decideSchedule([{ dueOn: "2017-06-01", amountCents: 1 }], 2)).toMatchObject({ ok: false });
    const ok = decideSchedule(
      [
        { dueOn: "2017-06-01", amountCents: 1 },
        { dueOn: "2016-06-01", amountCents: 1 },
      ],
      2,
    );
    expect(ok).toEqual({
      ok: true,
      value: [
        { number: 1, dueOn: "2016-06-01", amountCents: 1 },
        { number: 2, dueOn: "2017-06-01", amountCents: 1 },
      ],
    });
  });

  it("payments fill the oldest installment first; an unpaid one past its due date is overdue", () => {
    const plan = evenSchedule(1_500_000, "2016-06-01", 3);
    expect(allocatePayments(plan, 700_000, "2017-07-01").map((i) => [i.paidCents, i.overdue])).toEqual([
      [500_000, false],
      [200_000, true],
      [0, false],
    ]);
  });
});

describe("decideAmountChange", () => {
  it.each([
    ["confirmed", 500, 400, { ok: false }], // below what was paid
    ["confirmed", 500, 500, { ok: true, value: "paid" }], // down to what was paid
    ["paid", 500, 600, { ok: true, value: "confirmed" }], // a paid pledge raised
    ["paid", 500, 500, { ok: true, value: "paid" }],
    ["intent", 0, 900, { ok: true, value: "intent" }],
    ["confirmed", 0, 0, { ok: true, value: "confirmed" }], // nothing paid is not "paid in full"
  ] as const)("%s with %d paid, new amount %d → %j", (status, received, amount, expected) => {
    expect(decideAmountChange({ status, receivedCents: received }, amount)).toMatchObject(expected);
  });
});
