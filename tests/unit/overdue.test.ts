// The day a pledge falls overdue: the first due date whose installments, with all before
// them, are more than was received. Table-driven; the comments show the sums.
import { describe, expect, it } from "vitest";
import { overdueFrom } from "../../server/domain/overdue";

const plan = [
  { dueOn: "2016-06-01", amountCents: 500_000 },
  { dueOn: "2017-06-01", amountCents: 500_000 },
  { dueOn: "2018-06-01", amountCents: 500_000 },
];

describe("overdueFrom", () => {
  it.each([
    [0, "2016-06-01"], // 5,000 due by the first date, nothing received
    [499_999, "2016-06-01"], // one cent short of the first installment
    [500_000, "2017-06-01"], // first covered to the cent: 10,000 due by the second
    [500_001, "2017-06-01"], // a cent into the second
    [1_000_000, "2018-06-01"],
    [1_500_000, null], // all paid: never overdue
  ])("with %d cents received: %s", (received, expected) => {
    expect(overdueFrom(plan, received)).toBe(expected);
  });

  it("reads the installments by due date, whatever their order, and sums those sharing a date", () => {
    const shuffled = [plan[2], plan[0], plan[1]];
    expect(overdueFrom(shuffled, 500_000)).toBe("2017-06-01");
    const sameDay = [
      { dueOn: "2016-06-01", amountCents: 100 },
      { dueOn: "2016-06-01", amountCents: 100 },
    ];
    expect(overdueFrom(sameDay, 150)).toBe("2016-06-01"); // 200 due that day, 150 received
    expect(overdueFrom(sameDay, 200)).toBe(null);
  });

  it("an empty plan and zero installments owe nothing", () => {
    expect(overdueFrom([], 0)).toBe(null);
    expect(overdueFrom([{ dueOn: "2016-06-01", amountCents: 0 }], 0)).toBe(null);
  });
});
