// When a pledge's installments outrun its payments. A confirmed pledge is overdue on a day
// when the installments due before that day add up to more than it has received; the sum
// only grows with the day, so that holds from the day after one date on: the first due
// date by which more is due than received. Kept on the pledge, it lets "overdue today" be a
// sum over days (ledger-maintained figures) instead of a look at every pledge's plan.
export interface DueItem {
  dueOn: string;
  amountCents: number;
}

/** The first due date by which the installments due exceed `receivedCents`; null: every one is covered. */
export function overdueFrom(plan: readonly DueItem[], receivedCents: number): string | null {
  const byDate = [...plan].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  let due = 0;
  for (const item of byDate) {
    due += item.amountCents;
    if (due > receivedCents) return item.dueOn;
  }
  return null;
}
