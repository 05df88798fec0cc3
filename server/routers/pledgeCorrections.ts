// The pledge page's procedures: one pledge with its payments and schedule, edits, undo.
// Spread into the pledge router (pledge.get, pledge.update, pledge.undo).
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { campaigns, payments, PLEDGE_TYPES, pledges, sponsors } from "../../db/schema";
import { assertCampaignAccess } from "../access";
import { berlinDay } from "../domain/dates";
import { allocatePayments } from "../domain/schedule";
import { notFound } from "../errors";
import { undoLastChange, updatePledge } from "../ledger/corrections";
import { writerFor } from "../ledger/groupCommit";
import { assertNotInFuture } from "../ledger/pledges";
import { readSchedules } from "../ledger/schedules";
import { staffProcedure } from "../trpc";
import { businessDate, cents, id, optionalText, version } from "../validation";
import { pledgeView } from "./views";

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const updateInput = z.object({
  pledgeId: id,
  expectedVersion: version,
  at: businessDate.optional(),
  reason: optionalText(1000),
  sponsorId: id.optional(),
  amountCents: cents.optional(),
  type: z.enum(PLEDGE_TYPES).optional(),
  pledgedAt: businessDate.optional(),
  conditional: z.boolean().optional(),
  description: nullableText(2000),
  raisedBySponsorId: id.nullable().optional(),
  raisedByName: nullableText(200),
  note: nullableText(5000),
  schedule: z.array(z.object({ dueOn: businessDate, amountCents: cents })).min(1).max(20).optional(),
});

const writeCheck = (user: Parameters<typeof assertCampaignAccess>[0]) => (campaignId: number) =>
  void assertCampaignAccess(user, campaignId, "write", "pledge");

export const pledgeCorrectionProcedures = {
  /** Organiser, committee, admin: one pledge with its sponsor, payments and schedule (what is paid, what is overdue). */
  get: staffProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
    const pledge = ctx.db.select().from(pledges).where(eq(pledges.id, input.pledgeId)).get();
    if (!pledge) throw notFound("pledge");
    assertCampaignAccess(ctx.user, pledge.campaignId, "read", "pledge");
    const campaign = ctx.db.select().from(campaigns).where(eq(campaigns.id, pledge.campaignId)).get()!;
    const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, pledge.sponsorId)).get()!;
    const raiser = pledge.raisedBySponsorId === null ? undefined : ctx.db.select().from(sponsors).where(eq(sponsors.id, pledge.raisedBySponsorId)).get();
    const schedule = readSchedules(ctx.db, [pledge], campaign).get(pledge.id)!;
    return {
      ...pledgeView(pledge),
      sponsorName: sponsor.name,
      raisedBySponsorName: raiser?.name ?? null,
      /** No later change may be dated before this (and the pledge date is fixed once a change is dated after it). */
      lastEventAt: pledge.lastEventAt,
      outstandingCents: pledge.amountCents - pledge.receivedCents,
      payments: ctx.db.select().from(payments).where(eq(payments.pledgeId, pledge.id)).orderBy(asc(payments.id)).all()
        .map((p) => ({ id: p.id, amountCents: p.amountCents, paidAt: p.paidAt, reversesPaymentId: p.reversesPaymentId })),
      schedule: allocatePayments(schedule, pledge.receivedCents, berlinDay(ctx.now()), pledge.status === "confirmed"),
    };
  }),

  /**
   * Organiser, admin: correct a pledge. A new amount keeps recorded payments (never below
   * them) and rebuilds the schedule; a given schedule must sum to the amount. `at` is the
   * business date from which a new amount or type counts.
   */
  update: staffProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    assertNotInFuture("at", input.at, ctx.now());
    assertNotInFuture("pledgedAt", input.pledgedAt, ctx.now());
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await writerFor(ctx.db).run(() => updatePledge(ctx.db, actor, input, writeCheck(ctx.user))));
  }),

  /** Organiser, admin: restore the state before the pledge's last change, as a new event. */
  undo: staffProcedure.input(z.object({ pledgeId: id, expectedVersion: version, reason: optionalText(1000) })).mutation(async ({ ctx, input }) => {
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await writerFor(ctx.db).run(() => undoLastChange(ctx.db, actor, input, writeCheck(ctx.user))));
  }),
};
