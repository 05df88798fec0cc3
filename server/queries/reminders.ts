// What the reminder scan reads: the campaigns with reminders on, and a slice of pledge ids at
// a time the pledges that may be due for one. The candidate queries are pre-filters (status,
// dates, not yet logged, a reachable sponsor) over one slice, so no single read holds the
// process for long however many pledges there are; the domain rule (domain/reminders.ts)
// has the last word on each.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, notExists, or, type SQL, sql } from "drizzle-orm";
import type { PledgeStatus } from "../domain/codes";
import { alias } from "drizzle-orm/sqlite-core";
import type { Reader } from "../../db/open";
import { type Campaign, campaigns, installments, pledges, reminderLog, sponsors, users } from "../../db/schema";

export function campaignsWithReminders(db: Reader) {
  return db
    .select()
    .from(campaigns)
    .where(
      or(
        isNotNull(campaigns.reminderIntentAfterDays),
        isNotNull(campaigns.reminderInstallmentBeforeDays),
        isNotNull(campaigns.reminderOverdueAfterDays),
      ),
    )
    .all();
}

/** Pledge ids of the campaign in the status after `afterId`, `size` at a time: the last id of the next slice, or null when it is the last. */
export function sliceEnd(db: Reader, campaignId: number, status: PledgeStatus, afterId: number, size: number) {
  const row = db
    .select({ id: pledges.id })
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.status, status), gt(pledges.id, afterId)))
    .orderBy(asc(pledges.id))
    .limit(1)
    .offset(size - 1)
    .get();
  return row?.id ?? null;
}

export interface Slice {
  afterId: number;
  /** The slice's last pledge id; null: to the end. */
  upToId: number | null;
}

const inSlice = (s: Slice) => and(gt(pledges.id, s.afterId), s.upToId === null ? undefined : lte(pledges.id, s.upToId));

/** Intents of the campaign dated on or before `pledgedBy` that have had no intent reminder for that date. */
export function intentCandidates(db: Reader, campaignId: number, pledgedBy: string, slice: Slice) {
  const logged = db
    .select({ one: sql`1` })
    .from(reminderLog)
    .where(
      and(
        eq(reminderLog.pledgeId, pledges.id),
        eq(reminderLog.step, "intent"),
        eq(reminderLog.installmentNumber, 0),
        eq(reminderLog.dueOn, pledges.pledgedAt),
      ),
    );
  return db
    .select({ id: pledges.id })
    .from(pledges)
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        eq(pledges.status, "intent"),
        lte(pledges.pledgedAt, pledgedBy),
        inSlice(slice),
        notExists(logged),
      ),
    )
    .orderBy(asc(pledges.id))
    .all()
    .map((r) => r.id);
}

export interface InstallmentWindows {
  today: string;
  /** Installments due after today and on or before this day are in their "before due" window (null: off). */
  dueBy: string | null;
  /** Installments due on or before this day are overdue long enough (null: off). */
  overdueBy: string | null;
}

/**
 * Confirmed pledges of sponsors that can be written to (a contact e-mail, not merged, not
 * opted out) with an installment in a window, not fully paid (payments fill the oldest
 * first) and not yet reminded of for that step; conditional pledges only once the campaign's
 * application is approved.
 */
export function installmentCandidates(
  db: Reader,
  campaign: Pick<Campaign, "id" | "applicationStatus">,
  w: InstallmentWindows,
  slice: Slice,
) {
  const windows: SQL[] = [];
  if (w.dueBy) windows.push(sql`(${installments.dueOn} > ${w.today} and ${installments.dueOn} <= ${w.dueBy})`);
  if (w.overdueBy) windows.push(sql`${installments.dueOn} <= ${w.overdueBy}`);
  if (windows.length === 0) return [];
  const paidThrough = sql`(select sum(j.amount_cents) from installments j where j.pledge_id = ${pledges.id} and j.number <= ${installments.number})`;
  const step = sql`case when ${installments.dueOn} > ${w.today} then 'before_due' else 'overdue' end`;
  const logged = db
    .select({ one: sql`1` })
    .from(reminderLog)
    .where(
      and(
        eq(reminderLog.pledgeId, pledges.id),
        eq(reminderLog.installmentNumber, installments.number),
        eq(reminderLog.dueOn, installments.dueOn),
        sql`${reminderLog.step} = ${step}`,
      ),
    );
  return db
    .selectDistinct({ id: pledges.id })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .innerJoin(installments, eq(installments.pledgeId, pledges.id))
    .where(
      and(
        eq(pledges.campaignId, campaign.id),
        eq(pledges.status, "confirmed"),
        campaign.applicationStatus === "approved" ? undefined : eq(pledges.conditional, false),
        inSlice(slice),
        isNotNull(sponsors.contactEmail),
        ne(sponsors.contactEmail, ""),
        isNull(sponsors.mergedIntoId),
        isNull(sponsors.remindersOptedOutAt),
        or(...windows),
        sql`${paidThrough} > ${pledges.receivedCents}`,
        notExists(logged),
      ),
    )
    .orderBy(asc(pledges.id))
    .all()
    .map((r) => r.id);
}

const owner = alias(users, "owner");
const creator = alias(users, "creator");
const person = (u: typeof owner | typeof creator) => ({
  name: u.name,
  email: u.email,
  locale: u.locale,
  disabledAt: u.disabledAt,
});

/** The candidates with their sponsor, the sponsor's owner and the pledge's creator. */
export function reminderPledges(db: Reader, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ pledge: pledges, sponsor: sponsors, owner: person(owner), creator: person(creator) })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .leftJoin(owner, eq(owner.id, sponsors.ownerUserId))
    .leftJoin(creator, eq(creator.id, pledges.createdBy))
    .where(inArray(pledges.id, [...ids]))
    .orderBy(asc(pledges.id))
    .all();
}
