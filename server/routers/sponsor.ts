import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { LISTINGS, SPONSOR_KINDS, sponsors } from "../../db/schema";
import { campaignFor } from "../access";
import { nameKeyOf } from "../domain/names";
import { conflict } from "../errors";
import { router, signedInProcedure } from "../trpc";
import { DEFAULT_PAGE_SIZE, id, optionalText, shortText } from "../validation";
import { sponsorView } from "./views";

export const sponsorInput = {
  name: shortText(),
  kind: z.enum(SPONSOR_KINDS),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: "Expected a two-letter ISO country code" }),
  sector: optionalText(100),
  vatId: optionalText(30),
  membershipType: optionalText(50),
  contactName: optionalText(200),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  listing: z.enum(LISTINGS).optional(),
};

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

export const sponsorRouter = router({
  /** Organiser, admin: a new sponsor; a name already in the campaign is a CONFLICT. */
  create: signedInProcedure.input(z.object({ campaignId: id, ...sponsorInput })).mutation(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "write");
    const nameKey = nameKeyOf(input.name);
    return ctx.db.transaction((tx) => {
      const same = tx.select().from(sponsors).where(and(eq(sponsors.campaignId, campaign.id), eq(sponsors.nameKey, nameKey))).get();
      if (same) throw conflict(`a sponsor named "${same.name}" exists already (id ${same.id})`);
      const row = tx.insert(sponsors).values({ ...input, nameKey, listing: input.listing ?? "hidden", createdAt: ctx.now().getTime() }).returning().get();
      return sponsorView(row);
    });
  }),

  /** Organiser, committee, admin: sponsors by name, optionally searched. */
  list: signedInProcedure
    .input(z.object({ campaignId: id, search: z.string().trim().max(200).optional(), cursor: cursorSchema.optional(), limit: z.int().min(1).max(500).optional() }))
    .query(({ ctx, input }) => {
      const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      const search = input.search ? nameKeyOf(input.search) : "";
      const after = input.cursor;
      const rows = ctx.db.select().from(sponsors)
        .where(and(
          eq(sponsors.campaignId, campaign.id),
          search ? sql`${sponsors.nameKey} LIKE ${`%${search.replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'` : undefined,
          after ? or(gt(sponsors.nameKey, after.nameKey), and(eq(sponsors.nameKey, after.nameKey), gt(sponsors.id, after.lastId))) : undefined,
        ))
        .orderBy(asc(sponsors.nameKey), asc(sponsors.id))
        .limit(limit + 1)
        .all();
      const page = rows.slice(0, limit);
      return { items: page.map(sponsorView), nextCursor: rows.length > limit ? cursorOf(page[page.length - 1]) : null };
    }),
});
