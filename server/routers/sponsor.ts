import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { sponsors, type Sponsor } from "../../db/schema";
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


/** Sponsors page in name order; the cursor carries the last name key and id seen. */
const cursorOf = (s: { nameKey: string; id: number }) => Buffer.from(JSON.stringify([s.nameKey, s.id])).toString("base64url");
const cursorSchema = z
  .string()
  .max(2000)
  .transform((text, ctx) => {
    try {
      const [nameKey, lastId] = JSON.parse(Buffer.from(text, "base64url").toString());
      if (typeof nameKey === "string" && Number.isInteger(lastId)) return { nameKey, lastId: lastId as number };
    } catch {
      // falls through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "Invalid cursor" });
    return z.NEVER;
  });

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

  /** Organiser, committee, admin: sponsors by name, optionally searched. */
  list: staffProcedure
    .input(z.object({ campaignId: id, search: z.string().trim().max(200).optional(), cursor: cursorSchema.optional(), limit: z.int().min(1).max(500).optional() }))
    .query(({ ctx, input }) => {
      const { campaign, role } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
      // Contact persons are personal data: those who write to them see them, the committee not.
      const view = role === "committee" ? (row: Sponsor) => sponsorView({ ...row, contactName: null, contactEmail: null }) : sponsorView;
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      const search = input.search ? nameKeyOf(input.search) : "";
      const after = input.cursor;
      const rows = ctx.db.select().from(sponsors)
        .where(and(
          eq(sponsors.campaignId, campaign.id),
          isNull(sponsors.mergedIntoId),
          search ? sql`${sponsors.nameKey} LIKE ${`%${search.replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'` : undefined,
          after ? or(gt(sponsors.nameKey, after.nameKey), and(eq(sponsors.nameKey, after.nameKey), gt(sponsors.id, after.lastId))) : undefined,
        ))
        .orderBy(asc(sponsors.nameKey), asc(sponsors.id))
        .limit(limit + 1)
        .all();
      const page = rows.slice(0, limit);
      return { items: page.map(view), nextCursor: rows.length > limit ? cursorOf(page[page.length - 1]) : null };
    }),
});
