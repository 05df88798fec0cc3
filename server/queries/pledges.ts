// Reading one pledge: the row, its page (sponsor, raiser, payments, schedule) and its history.
import { asc, eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { campaigns, payments, pledgeEvents, pledges, sponsors, users, type Pledge } from "../../db/schema";
import { allocatePayments } from "../domain/schedule";
import { readSchedule } from "./schedules";

export function pledgeById(db: Reader, pledgeId: number): Pledge | undefined {
  return db.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
}

/** The pledge's page: its sponsor's and raiser's names, payments (reversals included) and schedule as of `today`. */
export function pledgeDetail(db: Reader, pledge: Pledge, today: string) {
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, pledge.campaignId)).get();
  const sponsor = db.select({ name: sponsors.name }).from(sponsors).where(eq(sponsors.id, pledge.sponsorId)).get();
  const raiser =
    pledge.raisedBySponsorId === null
      ? undefined
      : db.select({ name: sponsors.name }).from(sponsors).where(eq(sponsors.id, pledge.raisedBySponsorId)).get();
  const schedule = campaign ? readSchedule(db, pledge, campaign) : [];
  return {
    sponsorName: sponsor?.name ?? "",
    raisedBySponsorName: raiser?.name ?? null,
    payments: db
      .select({
        id: payments.id,
        amountCents: payments.amountCents,
        paidAt: payments.paidAt,
        reversesPaymentId: payments.reversesPaymentId,
      })
      .from(payments)
      .where(eq(payments.pledgeId, pledge.id))
      .orderBy(asc(payments.id))
      .all(),
    schedule: allocatePayments(schedule, pledge.receivedCents, today, pledge.status === "confirmed"),
  };
}

/** Every event of the pledge, oldest first, with the name of who entered it and the payment's amount. */
export function pledgeHistory(db: Reader, pledgeId: number) {
  return db
    .select({ event: pledgeEvents, userName: users.name, paymentCents: payments.amountCents })
    .from(pledgeEvents)
    .leftJoin(users, eq(users.id, pledgeEvents.userId))
    .leftJoin(payments, eq(payments.id, pledgeEvents.paymentId))
    .where(eq(pledgeEvents.pledgeId, pledgeId))
    .orderBy(pledgeEvents.id)
    .all();
}
