// Writing sponsors: create, correct, merge a duplicate, the sponsor's own listing consent and
// erasing its contact person. A new kind or country re-buckets the figures of every past day,
// and a merge moves pledges with an event each, so both rebuild the campaign's figures.
import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { documents, memberships, type Pledge, pledges, sponsors, type Sponsor, users } from "../../db/schema";
import type { Listing, SponsorKind } from "../domain/codes";
import { badField, conflict, notFound, staleVersion } from "../domain/errors";
import { normaliseMembership } from "../domain/membership";
import { nameKeyOf } from "../domain/names";
import { changePledge } from "./events";
import type { Actor } from "./pledges";
import { rebuildFigures } from "./rebuild";
import { dropQueuedMailOfMerged, eraseMailContact, readdressQueuedMail } from "./mail";
import type { Write } from "./tx";

export interface SponsorFields {
  name: string;
  kind: SponsorKind;
  country: string;
  sector?: string | null;
  vatId?: string | null;
  membershipType?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  listing?: Listing;
  notes?: string | null;
  address?: string | null;
  ownerUserId?: number | null;
  nextContactOn?: string | null;
}

/** Fields a merge fills in on the sponsor kept, where it has none and the duplicate has one. */
const FILLED_BY_MERGE = [
  "sector",
  "vatId",
  "membershipType",
  "contactName",
  "contactEmail",
  "address",
  "notes",
] as const;

/** The sponsor as it stands inside this write (a row read before may be stale by now). */
function current(w: Write, sponsorId: number): Sponsor {
  const sponsor = w.tx.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!sponsor) throw notFound("sponsor");
  return sponsor;
}

/** A live (not merged) sponsor of the campaign with this name key, if any. */
function sameName(w: Write, campaignId: number, nameKey: string): Sponsor | undefined {
  return w.tx
    .select()
    .from(sponsors)
    .where(and(eq(sponsors.campaignId, campaignId), eq(sponsors.nameKey, nameKey), isNull(sponsors.mergedIntoId)))
    .get();
}

/** A new sponsor; a name already in the campaign is a CONFLICT. */
/** A sponsor's owner follows it up: an organiser of its campaign or an admin, not disabled. */
function assertOwner(w: Write, campaignId: number, userId: number | null | undefined): void {
  if (userId === null || userId === undefined) return;
  const user = w.tx
    .select({ isAdmin: users.isAdmin, disabledAt: users.disabledAt, role: memberships.role })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.campaignId, campaignId)))
    .where(eq(users.id, userId))
    .get();
  if (!user || user.disabledAt !== null || !(user.isAdmin || user.role === "organiser"))
    throw badField("ownerUserId", "is not an organiser of this campaign");
}

/** The membership types the campaign's other sponsors have, to match a typed one against. */
function membershipTypesOf(w: Write, campaignId: number, except: number | null): string[] {
  return w.tx
    .selectDistinct({ value: sponsors.membershipType })
    .from(sponsors)
    .where(
      and(
        eq(sponsors.campaignId, campaignId),
        isNotNull(sponsors.membershipType),
        except === null ? undefined : ne(sponsors.id, except),
      ),
    )
    .all()
    .flatMap((r) => (r.value === null ? [] : [r.value]));
}

/** Membership types typed in are normalised (domain/membership.ts); left out stays left out. */
function withMembership<F extends Partial<SponsorFields>>(
  w: Write,
  campaignId: number,
  except: number | null,
  fields: F,
): F {
  if (fields.membershipType === undefined) return fields;
  return {
    ...fields,
    membershipType: normaliseMembership(fields.membershipType, membershipTypesOf(w, campaignId, except)),
  };
}

export function createSponsor(w: Write, actor: Actor, campaignId: number, typed: SponsorFields): Sponsor {
  assertOwner(w, campaignId, typed.ownerUserId);
  const fields = withMembership(w, campaignId, null, typed);
  const nameKey = nameKeyOf(fields.name);
  const same = sameName(w, campaignId, nameKey);
  if (same) throw conflict(`a sponsor named "${same.name}" exists already (id ${same.id})`);
  return w.tx
    .insert(sponsors)
    .values({ ...fields, campaignId, nameKey, listing: fields.listing ?? "hidden", createdAt: actor.now.getTime() })
    .returning()
    .get();
}

/** Corrects a sponsor; a new kind or country re-buckets its figures on every past day. */
export function updateSponsor(
  w: Write,
  sponsorId: number,
  expectedVersion: number,
  typed: Partial<SponsorFields>,
  now: Date,
): Sponsor {
  const before = current(w, sponsorId);
  const fields = withMembership(w, before.campaignId, before.id, typed);
  if (before.mergedIntoId !== null) throw notFound("sponsor");
  if (before.version !== expectedVersion) throw staleVersion("the sponsor", before.version, expectedVersion);
  assertOwner(w, before.campaignId, fields.ownerUserId);
  const nameKey = fields.name ? nameKeyOf(fields.name) : before.nameKey;
  if (nameKey !== before.nameKey) {
    const same = sameName(w, before.campaignId, nameKey);
    if (same) throw conflict(`a sponsor named "${same.name}" exists already (id ${same.id}); merge them instead`);
  }
  const row = w.tx
    .update(sponsors)
    .set({ ...fields, nameKey, version: before.version + 1 })
    .where(eq(sponsors.id, before.id))
    .returning()
    .get();
  if (before.contactEmail && row.contactEmail !== before.contactEmail)
    readdressQueuedMail(w, row.id, before.contactEmail, row.contactEmail);
  if (row.kind !== before.kind || row.country !== before.country) {
    w.feed.touch(row.campaignId);
    rebuildFigures(w, row.campaignId, now.getTime());
  }
  return row;
}

/**
 * Merges a duplicate into another sponsor of the same campaign. Its pledges move (each with
 * an event), pledges it raised are credited to the other, blank fields are filled from it;
 * the duplicate stays, marked merged.
 */
export function mergeSponsors(w: Write, actor: Actor, intoId: number, fromId: number): Sponsor {
  const into = current(w, intoId);
  const from = current(w, fromId);
  if (into.mergedIntoId !== null || from.mergedIntoId !== null || from.campaignId !== into.campaignId)
    throw notFound("sponsor");
  if (from.id === into.id) throw conflict("a sponsor cannot be merged into itself");
  const { tx } = w;
  const meta = (pledge: Pledge, changes: Record<string, [unknown, unknown]>) => ({
    kind: "update" as const,
    at: pledge.lastEventAt,
    userId: actor.userId,
    now: actor.now,
    reason: `merged into ${into.name}`,
    changes,
  });
  // A pledge the kept sponsor raised for the duplicate becomes its own: no sponsor raises its own pledge.
  for (const pledge of tx.select().from(pledges).where(eq(pledges.sponsorId, from.id)).all()) {
    const raisedBySelf = pledge.raisedBySponsorId === into.id;
    const changes: Record<string, [unknown, unknown]> = { sponsorId: [from.id, into.id] };
    if (raisedBySelf) changes.raisedBySponsorId = [into.id, null];
    changePledge(w, pledge, {}, meta(pledge, changes), raisedBySelf ? { raisedBySponsorId: null } : {});
  }
  // What the duplicate raised, the kept sponsor raised; except the kept sponsor's own pledges.
  for (const pledge of tx.select().from(pledges).where(eq(pledges.raisedBySponsorId, from.id)).all()) {
    const raiser = pledge.sponsorId === into.id ? null : into.id;
    changePledge(w, pledge, {}, meta(pledge, { raisedBySponsorId: [from.id, raiser] }), { raisedBySponsorId: raiser });
  }
  const blanks = Object.fromEntries(
    FILLED_BY_MERGE.filter((f) => into[f] === null && from[f] !== null).map((f) => [f, from[f]]),
  );
  const row = tx
    .update(sponsors)
    .set({ ...blanks, version: into.version + 1 })
    .where(eq(sponsors.id, into.id))
    .returning()
    .get();
  tx.update(sponsors)
    .set({ mergedIntoId: into.id, version: from.version + 1 })
    .where(eq(sponsors.id, from.id))
    .run();
  // Its receipts and invoices follow its pledges: the kept sponsor sees them in its portal. A
  // document itself never changes (its PDF names whom it was issued to); only whose it is.
  tx.update(documents).set({ sponsorId: into.id }).where(eq(documents.sponsorId, from.id)).run();
  dropQueuedMailOfMerged(w, from.id, into.name);
  rebuildFigures(w, into.campaignId, actor.now.getTime());
  return row;
}

/** The sponsor's own choice of how it is named on the public page; `before` is the choice it replaced. */
export function setListing(w: Write, sponsorId: number, listing: Listing): { sponsor: Sponsor; before: Listing } {
  const sponsor = current(w, sponsorId);
  const row = w.tx
    .update(sponsors)
    .set({ listing, version: sponsor.version + 1 })
    .where(eq(sponsors.id, sponsor.id))
    .returning()
    .get();
  return { sponsor: row, before: sponsor.listing };
}

/** Erases the contact person (GDPR Art. 17); events never copy contact data, so the ledger keeps its history. */
export function eraseContact(w: Write, sponsorId: number): Sponsor {
  const sponsor = current(w, sponsorId);
  eraseMailContact(w, sponsor.id);
  return w.tx
    .update(sponsors)
    .set({ contactName: null, contactEmail: null, version: sponsor.version + 1 })
    .where(eq(sponsors.id, sponsor.id))
    .returning()
    .get();
}
