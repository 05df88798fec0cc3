import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { pledges, SPONSOR_KINDS, sponsors, type Sponsor } from "../../db/schema";
import type { Db } from "../../db/open";
import { assertCampaignAccess, campaignFor, type Need } from "../access";
import { audit } from "../audit";
import type { SessionUser } from "../auth/sessions";
import { createAccessLink, revokeAccessLinks } from "../auth/sponsorLinks";
import { nameKeyOf } from "../domain/names";
import { conflict, notFound } from "../errors";
import { router, staffProcedure } from "../trpc";
import { DEFAULT_PAGE_SIZE, id } from "../validation";
import { sponsorEditProcedures } from "./sponsorEdit";
import { sponsorInput } from "./sponsorFields";
import { sponsorView } from "./views";


/**
 * Sponsors pages are keyset-paged; the cursor carries the last row's sort key and id:
 * [nameKey, id] by name (the original format), [bindingCents, id] by binding amount, [id] newest.
 */
type ListCursor = { key: string | number | null; lastId: number };
const cursorOf = (key: string | number | null, lastId: number) =>
  Buffer.from(JSON.stringify(key === null ? [lastId] : [key, lastId])).toString("base64url");
const cursorSchema = z
  .string()
  .max(2000)
  .transform((text, ctx): ListCursor => {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString());
      if (Array.isArray(parsed) && parsed.length === 1 && Number.isInteger(parsed[0])) return { key: null, lastId: parsed[0] };
      if (Array.isArray(parsed) && parsed.length === 2 && (typeof parsed[0] === "string" || Number.isInteger(parsed[0])) && Number.isInteger(parsed[1])) {
        return { key: parsed[0], lastId: parsed[1] };
      }
    } catch {
      // falls through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "Invalid cursor" });
    return z.NEVER;
  });
const LIST_SORTS = ["name", "binding_desc", "newest"] as const;
/** Which cursor key each sort writes: a cursor of another sort is refused, not misread. */
const cursorFits = (sort: (typeof LIST_SORTS)[number], c: ListCursor) =>
  sort === "name" ? typeof c.key === "string" : sort === "binding_desc" ? typeof c.key === "number" : c.key === null;
const listInput = z
  .object({
    campaignId: id,
    search: z.string().trim().max(200).optional(),
    kind: z.enum(SPONSOR_KINDS).optional(),
    country: sponsorInput.country.optional(),
    sort: z.enum(LIST_SORTS).optional(),
    cursor: cursorSchema.optional(),
    limit: z.int().min(1).max(500).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.cursor && !cursorFits(input.sort ?? "name", input.cursor)) ctx.addIssue({ code: "custom", path: ["cursor"], message: "Invalid cursor" });
  });
const BINDING = sql`${pledges.status} IN ('confirmed', 'paid')`;

/** Binding cents (confirmed, paid) and the number of pledges (any status) of each of the sponsors, in one grouped query. */
function pledgeFiguresOf(db: Db, sponsorIds: number[]) {
  if (sponsorIds.length === 0) return new Map<number, { bindingCents: number; pledgeCount: number }>();
  const rows = db
    .select({ sponsorId: pledges.sponsorId, bindingCents: sql<number>`coalesce(sum(CASE WHEN ${BINDING} THEN ${pledges.amountCents} ELSE 0 END), 0)`, pledgeCount: sql<number>`count(*)` })
    .from(pledges).where(inArray(pledges.sponsorId, sponsorIds)).groupBy(pledges.sponsorId).all();
  return new Map(rows.map((r) => [r.sponsorId, { bindingCents: r.bindingCents, pledgeCount: r.pledgeCount }]));
}

/** The sponsor if the user may see its campaign (else NOT_FOUND), and may `need` it. */
function sponsorFor(ctx: { db: Db; user: SessionUser }, sponsorId: number, need: Need) {
  const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!sponsor) throw notFound("sponsor");
  assertCampaignAccess(ctx.user, sponsor.campaignId, need, "sponsor");
  return sponsor;
}

export const sponsorRouter = router({
  ...sponsorEditProcedures,
  /**
   * Organiser, admin: a sign-in link for the sponsor's portal (14 days; a new link revokes
   * the earlier ones). The token is in this answer only.
   */
  createAccessLink: staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
    const sponsor = sponsorFor(ctx, input.sponsorId, "write");
    const link = createAccessLink(ctx.db, sponsor.id, ctx.user.id, ctx.now());
    audit(ctx.db, ctx.now(), { action: "sponsor_link_created", userId: ctx.user.id, sponsorId: sponsor.id, campaignId: sponsor.campaignId, ip: ctx.ip });
    return { url: `${ctx.baseUrl}/s/${link.token}`, expiresAt: link.expiresAt.toISOString() };
  }),

  /** Organiser, admin: every link of the sponsor stops working, and its sessions end. */
  revokeAccessLinks: staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
    const sponsor = sponsorFor(ctx, input.sponsorId, "write");
    const revoked = revokeAccessLinks(ctx.db, sponsor.id, ctx.now());
    audit(ctx.db, ctx.now(), { action: "sponsor_links_revoked", userId: ctx.user.id, sponsorId: sponsor.id, campaignId: sponsor.campaignId, ip: ctx.ip, detail: { revoked } });
    return { revoked };
  }),

  /** Organiser, admin: the contact person's data on request (GDPR Art. 15), as stored. */
  exportContact: staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
    const sponsor = sponsorFor(ctx, input.sponsorId, "write");
    audit(ctx.db, ctx.now(), { action: "contact_exported", userId: ctx.user.id, sponsorId: sponsor.id, campaignId: sponsor.campaignId, ip: ctx.ip });
    return { sponsorId: sponsor.id, sponsorName: sponsor.name, contactName: sponsor.contactName, contactEmail: sponsor.contactEmail, exportedAt: ctx.now().toISOString() };
  }),

  /**
   * Organiser, admin: erase the contact person's data (GDPR Art. 17). The ledger is not
   * touched: events never copy contact data, they refer to the pledge and its sponsor.
   */
  eraseContact: staffProcedure.input(z.object({ sponsorId: id })).mutation(({ ctx, input }) => {
    const sponsor = sponsorFor(ctx, input.sponsorId, "write");
    const row = ctx.db.update(sponsors).set({ contactName: null, contactEmail: null, version: sponsor.version + 1 })
      .where(eq(sponsors.id, sponsor.id)).returning().get();
    audit(ctx.db, ctx.now(), { action: "contact_erased", userId: ctx.user.id, sponsorId: sponsor.id, campaignId: sponsor.campaignId, ip: ctx.ip });
    return sponsorView(row);
  }),

  /** Organiser, admin: a new sponsor; a name already in the campaign is a CONFLICT. */
  create: staffProcedure.input(z.object({ campaignId: id, ...sponsorInput })).mutation(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "write");
    const nameKey = nameKeyOf(input.name);
    return ctx.db.transaction((tx) => {
      const same = tx.select().from(sponsors)
        .where(and(eq(sponsors.campaignId, campaign.id), eq(sponsors.nameKey, nameKey), isNull(sponsors.mergedIntoId))).get();
      if (same) throw conflict(`a sponsor named "${same.name}" exists already (id ${same.id})`);
      const row = tx.insert(sponsors).values({ ...input, nameKey, listing: input.listing ?? "hidden", createdAt: ctx.now().getTime() }).returning().get();
      return sponsorView(row);
    });
  }),

  /**
   * Organiser, committee, admin: live sponsors (merged ones left out), searched and filtered by
   * kind and country, by name (default), by binding amount (highest first) or newest first;
   * each with its binding cents and pledge count.
   */
  list: staffProcedure
    .input(listInput)
    .query(({ ctx, input }) => {
      const { campaign, role } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
      // Contact persons are personal data: those who write to them see them, the committee not.
      const view = role === "committee" ? (row: Sponsor) => sponsorView({ ...row, contactName: null, contactEmail: null }) : sponsorView;
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      const sort = input.sort ?? "name";
      const search = input.search ? nameKeyOf(input.search) : "";
      const after = input.cursor;
      // The binding amount per sponsor, for the sort by it: one grouped subquery over the campaign's pledges.
      const binding = ctx.db
        .select({ sponsorId: pledges.sponsorId, cents: sql<number>`sum(${pledges.amountCents})`.as("binding_cents") })
        .from(pledges).where(and(eq(pledges.campaignId, campaign.id), BINDING)).groupBy(pledges.sponsorId).as("binding");
      const value = sort === "binding_desc" ? sql<number>`coalesce(${binding.cents}, 0)` : sql<number>`0`;
      const keyset =
        !after ? undefined
        : sort === "name" ? or(gt(sponsors.nameKey, after.key as string), and(eq(sponsors.nameKey, after.key as string), gt(sponsors.id, after.lastId)))
        : sort === "binding_desc" ? or(lt(value, after.key as number), and(eq(value, after.key as number), gt(sponsors.id, after.lastId)))
        : lt(sponsors.id, after.lastId);
      const order = sort === "name" ? [asc(sponsors.nameKey), asc(sponsors.id)] : sort === "binding_desc" ? [desc(value), asc(sponsors.id)] : [desc(sponsors.id)];
      const query = ctx.db.select({ sponsor: sponsors, value }).from(sponsors);
      const rows = (sort === "binding_desc" ? query.leftJoin(binding, eq(binding.sponsorId, sponsors.id)) : query)
        .where(and(
          eq(sponsors.campaignId, campaign.id),
          isNull(sponsors.mergedIntoId),
          search ? sql`${sponsors.nameKey} LIKE ${`%${search.replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'` : undefined,
          input.kind ? eq(sponsors.kind, input.kind) : undefined,
          input.country ? eq(sponsors.country, input.country) : undefined,
          keyset,
        ))
        .orderBy(...order)
        .limit(limit + 1)
        .all();
      const page = rows.slice(0, limit);
      const figures = pledgeFiguresOf(ctx.db, page.map((r) => r.sponsor.id));
      const last = page[page.length - 1];
      const nextCursor = rows.length <= limit ? null
        : cursorOf(sort === "name" ? last.sponsor.nameKey : sort === "binding_desc" ? last.value : null, last.sponsor.id);
      return {
        items: page.map((r) => ({ ...view(r.sponsor), ...(figures.get(r.sponsor.id) ?? { bindingCents: 0, pledgeCount: 0 }) })),
        nextCursor,
      };
    }),
});
