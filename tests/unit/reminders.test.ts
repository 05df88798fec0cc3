// The reminder rule (issue 16.6): which reminders a pledge is due for on a day, with what open.
// A €15,000 pledge in three €5,000 installments due 1 June 2016, 2017, 2018.
import { describe, expect, it } from "vitest";
import type { PledgeStatus } from "../../server/domain/codes";
import { dueReminders, NO_REMINDERS, type ReminderDays, remindersOn } from "../../server/domain/reminders";

const SCHEDULE = [
  { number: 1, dueOn: "2016-06-01", amountCents: 500_000 },
  { number: 2, dueOn: "2017-06-01", amountCents: 500_000 },
  { number: 3, dueOn: "2018-06-01", amountCents: 500_000 },
];
const ALL: ReminderDays = { intentAfterDays: 14, installmentBeforeDays: 7, overdueAfterDays: 10 };

const pledge = (status: PledgeStatus, receivedCents = 0) => ({
  status,
  pledgedAt: "2016-05-01",
  amountCents: 1_500_000,
  receivedCents,
  conditional: false,
});

/** The due reminders as "step#installment open" for a compact table. */
const due = (days: ReminderDays, today: string, status: PledgeStatus, received = 0) =>
  dueReminders(days, today, pledge(status, received), SCHEDULE, true).map(
    (r) => `${r.step}#${r.installmentNumber} ${r.openCents}`,
  );

describe("the intent reminder", () => {
  it.each([
    ["2016-05-14", []], // 13 days after 1 May: one day early
    ["2016-05-15", ["intent#0 1500000"]], // 1 May + 14 days
    ["2017-01-01", ["intent#0 1500000"]], // still an intent months later: still due (the log keeps it to once)
  ])("on %s an intent of 1 May with 14 days is due for %j", (today, expected) => {
    expect(due(ALL, today, "intent")).toEqual(expected);
  });

  it("names the pledge's date as its due date, installment 0", () => {
    expect(dueReminders(ALL, "2016-06-01", pledge("intent"), SCHEDULE, true)).toEqual([
      { step: "intent", installmentNumber: 0, dueOn: "2016-05-01", openCents: 1_500_000 },
    ]);
  });

  it("an intent owes no installments: none before due or overdue, however late", () => {
    expect(due({ ...ALL, intentAfterDays: null }, "2017-06-20", "intent")).toEqual([]);
  });
});

describe("installment reminders of a confirmed pledge", () => {
  it.each([
    // before due: 7 days before 1 June 2016 is 25 May
    ["2016-05-24", 0, []],
    ["2016-05-25", 0, ["before_due#1 500000"]],
    ["2016-05-31", 0, ["before_due#1 500000"]],
    ["2016-06-01", 0, []], // due today: no longer "before", not yet 10 days overdue
    ["2016-06-10", 0, []], // 9 days overdue
    ["2016-06-11", 0, ["overdue#1 500000"]], // 1 June + 10 days
    // €2,000 paid: €3,000 of the first installment open
    ["2016-06-11", 200_000, ["overdue#1 300000"]],
    // €5,000.00 paid less one cent: one cent open
    ["2016-06-11", 499_999, ["overdue#1 1"]],
    // the first installment paid in full: nothing open that is due
    ["2016-06-11", 500_000, []],
    // a year on: the second installment's window opens; the first, unpaid, is still overdue
    ["2017-05-25", 0, ["overdue#1 500000", "before_due#2 500000"]],
    ["2017-05-25", 500_000, ["before_due#2 500000"]],
    // €7,000 paid: the first installment full, €3,000 of the second open
    ["2017-06-11", 700_000, ["overdue#2 300000"]],
  ])("on %s with %d cents received: %j", (today, received, expected) => {
    expect(due(ALL, today, "confirmed", received)).toEqual(expected);
  });

  it("a step whose days are not set is off", () => {
    expect(due({ ...ALL, installmentBeforeDays: null }, "2016-05-31", "confirmed")).toEqual([]);
    expect(due({ ...ALL, overdueAfterDays: null }, "2016-07-01", "confirmed")).toEqual([]);
  });

  it("a window longer than the time to the due date opens at once", () => {
    expect(due({ ...ALL, installmentBeforeDays: 365 }, "2016-05-01", "confirmed")).toEqual(["before_due#1 500000"]);
  });
});

describe("pledges that get no reminders", () => {
  it.each(["paid", "withdrawn"] as const)("a %s pledge gets none, whatever is open", (status) => {
    expect(due(ALL, "2017-06-20", status)).toEqual([]);
  });

  it("a campaign without reminder days gets none", () => {
    expect(remindersOn(NO_REMINDERS)).toBe(false);
    expect(remindersOn({ ...NO_REMINDERS, overdueAfterDays: 1 })).toBe(true);
    expect(due(NO_REMINDERS, "2017-06-20", "confirmed")).toEqual([]);
    expect(due(NO_REMINDERS, "2017-06-20", "intent")).toEqual([]);
  });
});

describe("a pledge conditional on the state's approval", () => {
  const conditional = { ...pledge("confirmed"), conditional: true };
  const steps = (approved: boolean) =>
    dueReminders(ALL, "2016-06-11", conditional, SCHEDULE, approved).map((r) => `${r.step}#${r.installmentNumber}`);

  it("owes no installment before the application is approved, and its overdue one after", () => {
    expect(steps(false)).toEqual([]);
    expect(steps(true)).toEqual(["overdue#1"]);
  });

  it("an unconditional pledge owes its installments whatever the application's state", () => {
    expect(dueReminders(ALL, "2016-06-11", pledge("confirmed"), SCHEDULE, false)).toHaveLength(1);
  });
});
