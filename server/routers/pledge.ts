import { eq } from "drizzle-orm";
import { z } from "zod";
import { payments, PLEDGE_STATUSES, PLEDGE_TYPES, pledgeEvents, pledges, SPONSOR_KINDS, users } from "../../db/schema";
import { assertCampaignAccess, campaignFor, campaignForViewer } from "../access";
import { berlinDay } from "../domain/dates";
import { badField, notFound } from "../errors";
import { decodeCursor, encodeCursor, listPledges, PLEDGE_SORTS, type PledgeCursor } from "../ledger/pledgeList";
import { writerFor } from "../ledger/groupCommit";
import { assertNotInFuture, createPledge, recordPayment, setPledgeStatus } from "../ledger/pledges";
import { router, sessionProcedure, staffProcedure } from "../trpc";
import { businessDate, cents, DEFAULT_PAGE_SIZE, id, optionalText, version } from "../validation";
import { pledgeAttachmentProcedures } from "./pledgeAttachments";
import { pledgeCorrectionProcedures } from "./pledgeCorrections";
import { importCsv, importFile } from "./pledgeImport";
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

const listInput = z.object({
  campaignId: id,
  status: z.enum(PLEDGE_STATUSES).optional(),
  sponsorId: id.optional(),
  kind: z.enum(SPONSOR_KINDS).optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: "Expected a two-letter ISO country code" }).optional(),
  overdue: z.boolean().optional(),
  search: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(PLEDGE_SORTS).optional(),
  cursor: z.union([z.int().nonnegative(), z.string().max(500)]).optional(),
  limit: z.int().min(1).max(500).optional(),
});

export const pledgeRouter = router({
  ...pledgeCorrectionProcedures,
  ...pledgeAttachmentProcedures,
  /** Organiser, admin: log a pledge; `paid` records the full payment on the pledge date. */
  create: staffProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    assertNotInFuture("pledgedAt", input.pledgedAt, ctx.now());
    campaignFor(ctx.db, ctx.user, input.campaignId, "write");
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await writerFor(ctx.db).run(() => createPledge(ctx.db, actor, input)));
  }),

  /**
   * Organiser, committee, admin: a page of pledges, newest first unless sorted otherwise,
   * filtered by status, sponsor, kind, country, overdue or sponsor name. The cursor is the
   * `nextCursor` of the page before (an id for the default order). A sponsor: its own,
   * whatever sponsorId says.
   */
  list: sessionProcedure.input(listInput).query(({ ctx, input }) => {
    const { campaign, viewer } = campaignForViewer(ctx.db, ctx, input.campaignId);
    const sort = input.sort ?? "newest";
    const after = input.cursor === undefined ? null
      : typeof input.cursor === "number" ? ([input.cursor, input.cursor] as PledgeCursor) : decodeCursor(input.cursor);
    if (input.cursor !== undefined && !after) throw badField("cursor", "not a cursor of this list");
    const filters = {
      ...input,
      sponsorId: viewer.kind === "sponsor" ? viewer.sponsorId : input.sponsorId,
      today: berlinDay(ctx.now()),
    };
    const { page, next } = listPledges(ctx.db, campaign.id, filters, sort, after, input.limit ?? DEFAULT_PAGE_SIZE);
    return {
      items: page.map((r) => ({
        ...(viewer.kind === "sponsor" ? sponsorPledgeView(r.pledge) : pledgeView(r.pledge)),
        sponsorName: r.sponsorName, sponsorKind: r.sponsorKind, sponsorCountry: r.sponsorCountry, raisedBySponsorName: r.raisedBySponsorName,
      })),
      // The default order keeps the plain id cursor of CONTRACT.md; other orders an opaque one.
      nextCursor: next === null ? null : sort === "newest" ? next[1] : encodeCursor(next),
    };
  }),

  /** Organiser, admin: intent → confirmed, intent|confirmed → withdrawn (with a reason), withdrawn → intent. */
  setStatus: staffProcedure.input(setStatusInput).mutation(async ({ ctx, input }) => {
    assertNotInFuture("at", input.at, ctx.now());
    const check = (campaignId: number) => void assertCampaignAccess(ctx.user, campaignId, "write", "pledge");
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return pledgeView(await writerFor(ctx.db).run(() => setPledgeStatus(ctx.db, actor, input, check)));
  }),

  /** Organiser, admin: a received amount on a confirmed pledge; paid in full makes it `paid`. */
  recordPayment: staffProcedure
    .input(z.object({ pledgeId: id, amountCents: cents, paidAt: businessDate, expectedVersion: version }))
    .mutation(async ({ ctx, input }) => {
      assertNotInFuture("paidAt", input.paidAt, ctx.now());
      const check = (campaignId: number) => void assertCampaignAccess(ctx.user, campaignId, "write", "pledge");
      const actor = { userId: ctx.user.id, now: ctx.now() };
      return pledgeView(await writerFor(ctx.db).run(() => recordPayment(ctx.db, actor, input, check)));
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

  importCsv,
  importFile,
});
