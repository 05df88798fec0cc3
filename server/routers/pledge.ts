import { and, desc, eq, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { PLEDGE_STATUSES, PLEDGE_TYPES, payments, pledgeEvents, pledges, sponsors, users } from "../../db/schema";
import { assertCampaignAccess, campaignFor, campaignForViewer } from "../access";
import { notFound } from "../errors";
import { assertNotInFuture, createPledge, recordPayment, setPledgeStatus } from "../ledger/pledges";
import { router, sessionProcedure, staffProcedure } from "../trpc";
import { businessDate, cents, DEFAULT_PAGE_SIZE, id, optionalText, pageInput, version } from "../validation";
import { pledgeCorrectionProcedures } from "./pledgeCorrections";
import { pledgeView, sponsorPledgeView } from "./views";

const createInput = z
  .object({
    campaignId: id,
    sponsorId: id,
    amountCents: cents,
    type: z.enum(PLEDGE_TYPES),
    status: z.enum(["intent", "confirmed", "paid"]),
    pledgedAt: businessDate.optional(),
    conditional: z.boolean().optional(),
    description: optionalText(2000),
    raisedBySponsorId: id.optional(),
    raisedByName: optionalText(200),
    note: optionalText(5000),
    idempotencyKey: z.string().min(1).max(200).optional(),
  })
  .refine((p) => p.type !== "in_kind" || !!p.description, { path: ["description"], message: "An in-kind pledge needs a description" })
  .refine((p) => !(p.raisedBySponsorId && p.raisedByName), { path: ["raisedByName"], message: "Give a raising sponsor or a name, not both" })
  .refine((p) => p.raisedBySponsorId !== p.sponsorId, { path: ["raisedBySponsorId"], message: "A sponsor cannot raise its own pledge" });

const setStatusInput = z
  .object({
    pledgeId: id,
    status: z.enum(PLEDGE_STATUSES),
    expectedVersion: version,
    at: businessDate.optional(),
    reason: optionalText(1000),
  })
  .refine((s) => s.status !== "withdrawn" || !!s.reason, { path: ["reason"], message: "A withdrawal needs a reason" });

const raisedBy = alias(sponsors, "raised_by");

export const pledgeRouter = router({
  ...pledgeCorrectionProcedures,
  /** Organiser, admin: log a pledge; `paid` records the full payment on the pledge date. */
  create: staffProcedure.input(createInput).mutation(({ ctx, input }) => {
    assertNotInFuture("pledgedAt", input.pledgedAt, ctx.now());
    campaignFor(ctx.db, ctx.user, input.campaignId, "write");
    return pledgeView(createPledge(ctx.db, { userId: ctx.user.id, now: ctx.now() }, input));
  }),

  /** Organiser, committee, admin: newest first, filtered by status or sponsor. A sponsor: its own, whatever sponsorId says. */
  list: sessionProcedure
    .input(z.object({ campaignId: id, status: z.enum(PLEDGE_STATUSES).optional(), sponsorId: id.optional(), ...pageInput }))
    .query(({ ctx, input }) => {
      const { campaign, viewer } = campaignForViewer(ctx.db, ctx, input.campaignId);
      const sponsorId = viewer.kind === "sponsor" ? viewer.sponsorId : input.sponsorId;
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      const rows = ctx.db
        .select({ pledge: pledges, sponsorName: sponsors.name, sponsorKind: sponsors.kind, raisedBySponsorName: raisedBy.name })
        .from(pledges)
        .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
        .leftJoin(raisedBy, eq(raisedBy.id, pledges.raisedBySponsorId))
        .where(and(
          eq(pledges.campaignId, campaign.id),
          input.status ? eq(pledges.status, input.status) : undefined,
          sponsorId ? eq(pledges.sponsorId, sponsorId) : undefined,
          input.cursor ? lt(pledges.id, input.cursor) : undefined,
        ))
        .orderBy(desc(pledges.id))
        .limit(limit + 1)
        .all();
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({ ...(viewer.kind === "sponsor" ? sponsorPledgeView(r.pledge) : pledgeView(r.pledge)), sponsorName: r.sponsorName, sponsorKind: r.sponsorKind, raisedBySponsorName: r.raisedBySponsorName })),
        nextCursor: rows.length > limit ? page[page.length - 1].pledge.id : null,
      };
    }),

  /** Organiser, admin: intent → confirmed, intent|confirmed → withdrawn (with a reason), withdrawn → intent. */
  setStatus: staffProcedure.input(setStatusInput).mutation(({ ctx, input }) => {
    assertNotInFuture("at", input.at, ctx.now());
    const check = (campaignId: number) => void assertCampaignAccess(ctx.user, campaignId, "write", "pledge");
    return pledgeView(setPledgeStatus(ctx.db, { userId: ctx.user.id, now: ctx.now() }, input, check));
  }),

  /** Organiser, admin: a received amount on a confirmed pledge; paid in full makes it `paid`. */
  recordPayment: staffProcedure
    .input(z.object({ pledgeId: id, amountCents: cents, paidAt: businessDate, expectedVersion: version }))
    .mutation(({ ctx, input }) => {
      assertNotInFuture("paidAt", input.paidAt, ctx.now());
      const check = (campaignId: number) => void assertCampaignAccess(ctx.user, campaignId, "write", "pledge");
      return pledgeView(recordPayment(ctx.db, { userId: ctx.user.id, now: ctx.now() }, input, check));
    }),

  /** Organiser, committee, admin: every event of the pledge, oldest first. A sponsor: of its own pledges. */
  history: sessionProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
    const pledge = ctx.db.select().from(pledges).where(eq(pledges.id, input.pledgeId)).get();
    if (!pledge) throw notFound("pledge");
    if (ctx.user) assertCampaignAccess(ctx.user, pledge.campaignId, "read", "pledge");
    else if (pledge.sponsorId !== ctx.sponsor!.sponsorId) throw notFound("pledge");
    return ctx.db
      .select({ event: pledgeEvents, userName: users.name, paymentCents: payments.amountCents })
      .from(pledgeEvents)
      .leftJoin(users, eq(users.id, pledgeEvents.userId))
      .leftJoin(payments, eq(payments.id, pledgeEvents.paymentId))
      .where(eq(pledgeEvents.pledgeId, pledge.id))
      .orderBy(pledgeEvents.id)
      .all()
      // A sponsor sees what changed and when, not which staff member typed it.
      .map(({ event, userName, paymentCents }) => ({
        ...event, userId: ctx.user ? event.userId : null, userName: ctx.user ? userName : null, createdAt: new Date(event.createdAt).toISOString(), paymentCents,
      }));
  }),
});
