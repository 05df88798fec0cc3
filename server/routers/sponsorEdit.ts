// Editing sponsors: corrections, and merging duplicates. Spread into the sponsor router
// (sponsor.update, sponsor.merge, sponsor.duplicates).
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/open";
import { pledges, sponsors, type Sponsor } from "../../db/schema";
import { assertCampaignAccess, campaignFor, type Need } from "../access";
import type { SessionUser } from "../auth/sessions";
import { revokeAccessLinks } from "../auth/sponsorLinks";
import { duplicateKeyOf, nameKeyOf, vatKeyOf } from "../domain/names";
import { conflict, notFound, staleVersion } from "../errors";
import { changePledge } from "../ledger/events";
import { figuresOf } from "../ledger/pledges";
import { rebuildFigures } from "../ledger/rebuild";
import { staffProcedure } from "../trpc";
import { id, version } from "../validation";
import { sponsorInput } from "./sponsorFields";
import { sponsorView } from "./views";

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const updateInput = z.object({
  sponsorId: id,
  expectedVersion: version,
  name: sponsorInput.name.optional(),
  kind: sponsorInput.kind.optional(),
  country: sponsorInput.country.optional(),
  sector: nullable(z.string().trim().max(100)),
  vatId: nullable(z.string().trim().max(30)),
  membershipType: nullable(z.string().trim().max(50)),
  contactName: nullable(z.string().trim().max(200)),
  contactEmail: nullable(z.string().trim().toLowerCase().pipe(z.email())),
  listing: sponsorInput.listing,
  notes: nullable(z.string().trim().max(5000)),
});

function liveSponsor(ctx: { db: Db; user: SessionUser }, sponsorId: number, need: Need): Sponsor {
  const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!sponsor || sponsor.mergedIntoId !== null) throw notFound("sponsor");
  assertCampaignAccess(ctx.user, sponsor.campaignId, need, "sponsor");
  return sponsor;
}

export const sponsorEditProcedures = {
  /** Organiser, admin: correct a sponsor. A new kind or country re-buckets its figures on every past day. */
  update: staffProcedure.input(updateInput).mutation(({ ctx, input }) => {
    const { sponsorId, expectedVersion, ...fields } = input;
    const sponsor = liveSponsor(ctx, sponsorId, "write");
    return ctx.db.transaction((tx) => {
      const current = tx.select().from(sponsors).where(eq(sponsors.id, sponsor.id)).get()!;
      if (current.version !== expectedVersion) throw staleVersion("the sponsor", current.version, expectedVersion);
      const nameKey = fields.name ? nameKeyOf(fields.name) : current.nameKey;
      if (nameKey !== current.nameKey) {
        const same = tx.select().from(sponsors)
          .where(and(eq(sponsors.campaignId, current.campaignId), eq(sponsors.nameKey, nameKey), isNull(sponsors.mergedIntoId))).get();
        if (same) throw conflict(`a sponsor named "${same.name}" exists already (id ${same.id}); merge them instead`);
      }
      const row = tx.update(sponsors).set({ ...fields, nameKey, version: current.version + 1 }).where(eq(sponsors.id, current.id)).returning().get();
      if (row.kind !== current.kind || row.country !== current.country) rebuildFigures(tx, row.campaignId);
      return sponsorView(row);
    });
  }),

  /**
   * Organiser, admin: merge a duplicate into another sponsor of the same campaign. Its
   * pledges move (each with an event), pledges it raised are credited to the other, blank
   * fields are filled from it; the duplicate stays, marked merged, and its links end.
   */
  merge: staffProcedure.input(z.object({ intoSponsorId: id, fromSponsorId: id })).mutation(({ ctx, input }) => {
    const into = liveSponsor(ctx, input.intoSponsorId, "write");
    const from = liveSponsor(ctx, input.fromSponsorId, "write");
    if (from.campaignId !== into.campaignId) throw notFound("sponsor");
    if (from.id === into.id) throw conflict("a sponsor cannot be merged into itself");
    const now = ctx.now();
    const merged = ctx.db.transaction((tx) => {
      for (const pledge of tx.select().from(pledges).where(eq(pledges.sponsorId, from.id)).all()) {
        changePledge(tx, pledge, { ...figuresOf(pledge), sponsorId: into.id }, from, {
          kind: "update", at: pledge.lastEventAt, userId: ctx.user.id, now, reason: `merged into ${into.name}`,
          changes: { sponsorId: [from.id, into.id] },
        }, into);
      }
      tx.update(pledges).set({ raisedBySponsorId: into.id }).where(eq(pledges.raisedBySponsorId, from.id)).run();
      const blanks = Object.fromEntries(
        (["sector", "vatId", "membershipType", "contactName", "contactEmail", "notes"] as const)
          .filter((f) => into[f] === null && from[f] !== null).map((f) => [f, from[f]]),
      );
      const row = tx.update(sponsors).set({ ...blanks, version: into.version + 1 }).where(eq(sponsors.id, into.id)).returning().get();
      tx.update(sponsors).set({ mergedIntoId: into.id, version: from.version + 1 }).where(eq(sponsors.id, from.id)).run();
      rebuildFigures(tx, into.campaignId);
      return row;
    });
    revokeAccessLinks(ctx.db, from.id, now);
    return sponsorView(merged);
  }),

  /** Organiser, committee, admin: groups of sponsors that look like one (name without legal form, or VAT id). */
  duplicates: staffProcedure.input(z.object({ campaignId: id })).query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "read");
    const live = ctx.db.select().from(sponsors).where(and(eq(sponsors.campaignId, campaign.id), isNull(sponsors.mergedIntoId))).all();
    const groups = new Map<string, Sponsor[]>();
    for (const s of live) {
      for (const key of [`name:${duplicateKeyOf(s.name)}`, vatKeyOf(s.vatId) && `vat:${vatKeyOf(s.vatId)}`]) {
        if (key) groups.set(key, [...(groups.get(key) ?? []), s]);
      }
    }
    const seen = new Set<string>();
    return [...groups.entries()]
      .filter(([, group]) => group.length > 1)
      .map(([key, group]) => ({ reason: key.startsWith("vat:") ? ("vat_id" as const) : ("name" as const), sponsors: group.map(sponsorView) }))
      .filter((g) => {
        const ids = g.sponsors.map((s) => s.id).sort().join(",");
        return !seen.has(ids) && seen.add(ids);
      });
  }),
};
