import { eq } from "drizzle-orm";
import { z } from "zod";
import { APPLICATION_STATUSES, campaigns, type ApplicationStatus, type Campaign } from "../../db/schema";
import { campaignForViewer, roleIn } from "../access";
import { berlinDay } from "../domain/dates";
import { ratioToHundredths } from "../domain/match";
import { conflict, notFound, staleVersion } from "../errors";
import { lapseConditionalPledges } from "../ledger/pledges";
import { adminProcedure, router, sessionProcedure } from "../trpc";
import { businessDate, cents, id, shortText, version } from "../validation";
import { feedFor } from "../committee/changeFeed";
import { campaignFigureProcedures, summaryFor } from "./campaignFigures";
import { campaignView } from "./views";

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
const matchRatio = z.number().positive().max(100).refine(twoDecimals, { message: "At most two decimals" });
const percentTwoDecimals = z.number().min(0).max(100).refine(twoDecimals, { message: "At most two decimals" });
const rules = z.object({
  minSponsors: z.int().min(1).max(100_000).nullable().optional(),
  maxPublicSharePercent: percentTwoDecimals.nullable().optional(),
});

const campaignFields = {
  name: shortText(),
  region: z.string().trim().max(200).optional(),
  targetCents: cents,
  matchCapCents: cents,
  deadline: businessDate,
  windowStart: businessDate.optional(),
  matchRatio: matchRatio.optional(),
  matchStart: businessDate.optional(),
  matchYears: z.int().min(1).max(10).optional(),
  inKindSharePercent: z.int().min(0).max(100).optional(),
  rules: rules.optional(),
};
const windowBeforeDeadline = (c: { windowStart?: string; deadline?: string }) => !c.windowStart || !c.deadline || c.windowStart <= c.deadline;
const windowMessage = { path: ["windowStart"], message: "The collection window must start on or before the deadline" };

const createInput = z.object(campaignFields).refine(windowBeforeDeadline, windowMessage);
const updateInput = z
  .object({
    campaignId: id,
    expectedVersion: version,
    ...z.object(campaignFields).partial().shape,
    applicationStatus: z.enum(APPLICATION_STATUSES).optional(),
    publicPage: z.boolean().optional(),
  })
  .refine(windowBeforeDeadline, windowMessage);

const NEXT_STATUS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  collecting: ["submitted"],
  submitted: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

/** Campaign columns from create/update fields; only the fields given are set. */
function columnsOf(input: Partial<z.infer<typeof createInput>>): Partial<Campaign> {
  const { matchRatio: ratio, rules: r, region, windowStart, ...plain } = input;
  const out: Partial<Campaign> = { ...plain };
  if (region !== undefined) out.region = region || null;
  if (windowStart !== undefined) out.windowStart = windowStart;
  if (ratio !== undefined) out.matchRatioHundredths = ratioToHundredths(ratio);
  if (r?.minSponsors !== undefined) out.minSponsors = r.minSponsors;
  if (r?.maxPublicSharePercent !== undefined) {
    out.maxPublicShareBasisPoints = r.maxPublicSharePercent === null ? null : Math.round(r.maxPublicSharePercent * 100);
  }
  return out;
}

export const campaignRouter = router({
  /** Signed in: the campaigns the caller takes part in (admins: all; a sponsor: its own). */
  list: sessionProcedure.query(({ ctx }) => {
    const { user, sponsor } = ctx;
    if (!user) return ctx.db.select().from(campaigns).where(eq(campaigns.id, sponsor!.campaignId)).all().map((c) => campaignView(c, "sponsor"));
    return ctx.db.select().from(campaigns).orderBy(campaigns.id).all()
      .flatMap((c) => {
        const role = roleIn(user, c.id);
        return role ? [campaignView(c, role)] : [];
      });
  }),

  /** Admin: a new campaign; the match period starts at the deadline unless given. */
  create: adminProcedure.input(createInput).mutation(({ ctx, input }) => {
    const row = ctx.db.insert(campaigns).values({
      ...(columnsOf(input) as Omit<Campaign, "id">),
      matchStart: input.matchStart ?? input.deadline,
      createdAt: ctx.now().getTime(),
    }).returning().get();
    return campaignView(row, "admin");
  }),

  /** Admin: change settings and the application status; a rejection lapses conditional pledges. */
  update: adminProcedure.input(updateInput).mutation(({ ctx, input }) => {
    const { campaignId, expectedVersion, applicationStatus, publicPage, ...fields } = input;
    return ctx.db.transaction((tx) => {
      const current = tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
      if (!current) throw notFound("campaign");
      if (current.version !== expectedVersion) throw staleVersion("the campaign", current.version, expectedVersion);
      const changes = columnsOf(fields);
      const windowStart = changes.windowStart ?? current.windowStart;
      const deadline = changes.deadline ?? current.deadline;
      if (windowStart && windowStart > deadline) throw conflict("the collection window must start on or before the deadline");
      const statusChanges = applicationStatus !== undefined && applicationStatus !== current.applicationStatus;
      if (statusChanges && !NEXT_STATUS[current.applicationStatus].includes(applicationStatus)) {
        throw conflict(`the application cannot move from ${current.applicationStatus} to ${applicationStatus}`);
      }
      // Target, rules or the public page may have changed: live streams of this campaign look again.
      feedFor(tx).touch(campaignId);
      const row = tx.update(campaigns)
        .set({ ...changes, ...(applicationStatus && { applicationStatus }), ...(publicPage !== undefined && { publicPage }), version: current.version + 1 })
        .where(eq(campaigns.id, campaignId)).returning().get();
      if (statusChanges && applicationStatus === "rejected") lapseConditionalPledges(tx, campaignId, { userId: ctx.user.id, now: ctx.now() });
      return campaignView(row, "admin");
    });
  }),

  /**
   * Organiser, committee, admin: the figures at the end of `asOf` (default today).
   * A sponsor of the campaign: the overall figures only (`scope: "overall"`).
   */
  summary: sessionProcedure.input(z.object({ campaignId: id, asOf: businessDate.optional() })).query(({ ctx, input }) => {
    const { campaign, viewer } = campaignForViewer(ctx.db, ctx, input.campaignId);
    return summaryFor(ctx.db, campaign, viewer, input.asOf ?? berlinDay(ctx.now()));
  }),

  ...campaignFigureProcedures,
});
