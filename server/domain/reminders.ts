// Which reminders a pledge is due for on a business day (campaign.reminders, issue 16.6):
// an intent not confirmed after N days (to its owner), an installment due within N days and
// one overdue by N days (to the sponsor). What is paid of each installment follows from the
// pledge's received cents, oldest first (schedule.ts). "Never twice" is the reminder log's
// unique key, not this rule: the rule says what is due, the log what went out.
import type { PledgeStatus, ReminderStep } from "./codes";
import { addDays } from "./dates";
import { allocatePayments, type PlannedInstallment } from "./schedule";

/** The campaign's reminder days; null: that reminder is off. */
export interface ReminderDays {
  intentAfterDays: number | null;
  installmentBeforeDays: number | null;
  overdueAfterDays: number | null;
}

export interface ReminderPledge {
  status: PledgeStatus;
  pledgedAt: string;
  amountCents: number;
  receivedCents: number;
  /** Conditional on the state's approval: it owes no installments until the application is approved. */
  conditional: boolean;
}

export interface DueReminder {
  step: ReminderStep;
  /** 0 for the intent step. */
  installmentNumber: number;
  /** The installment's due date; the pledge's date for the intent step. */
  dueOn: string;
  /** What is open: of the installment, or the intent's whole amount. */
  openCents: number;
}

export const NO_REMINDERS: ReminderDays = {
  intentAfterDays: null,
  installmentBeforeDays: null,
  overdueAfterDays: null,
};

export function remindersOn(days: ReminderDays): boolean {
  return days.intentAfterDays !== null || days.installmentBeforeDays !== null || days.overdueAfterDays !== null;
}

/**
 * The reminders due on `today`. Intent: still an intent N days after its date. Before due: an
 * installment not fully paid whose window (N days before its due date) has opened and whose
 * due date has not come; once it is due, only the overdue step applies. Overdue: an
 * installment not fully paid N days after its due date. Only a confirmed pledge owes
 * installments, and a conditional one only once the campaign's application is approved (until
 * then its money is not owed, and it lapses if the application is rejected); paid and
 * withdrawn pledges get nothing.
 */
export function dueReminders(
  days: ReminderDays,
  today: string,
  pledge: ReminderPledge,
  schedule: readonly PlannedInstallment[],
  applicationApproved: boolean,
): DueReminder[] {
  if (pledge.status === "intent") {
    const after = days.intentAfterDays;
    if (after === null || addDays(pledge.pledgedAt, after) > today) return [];
    return [{ step: "intent", installmentNumber: 0, dueOn: pledge.pledgedAt, openCents: pledge.amountCents }];
  }
  if (pledge.status !== "confirmed") return [];
  if (pledge.conditional && !applicationApproved) return [];
  const out: DueReminder[] = [];
  for (const i of allocatePayments(schedule, pledge.receivedCents, today)) {
    const openCents = i.amountCents - i.paidCents;
    if (openCents <= 0) continue;
    const reminder = { installmentNumber: i.number, dueOn: i.dueOn, openCents };
    const before = days.installmentBeforeDays;
    if (before !== null && today < i.dueOn && addDays(i.dueOn, -before) <= today)
      out.push({ step: "before_due", ...reminder });
    const overdue = days.overdueAfterDays;
    if (overdue !== null && addDays(i.dueOn, overdue) <= today) out.push({ step: "overdue", ...reminder });
  }
  return out;
}
