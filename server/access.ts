// Who may do what on which campaign. A campaign the caller has no part in is NOT_FOUND
// (existence does not leak); a committee member writing is FORBIDDEN.
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/open";
import { campaigns, type Campaign } from "../db/schema";
import type { SessionUser } from "./auth/sessions";
import type { SponsorSession } from "./auth/sponsorLinks";
import { notFound } from "./errors";

export type CampaignRole = "admin" | "organiser" | "committee";

/** Who reads a campaign: staff with a role, or a sponsor of that campaign. */
export type Viewer = { kind: "staff"; role: CampaignRole } | { kind: "sponsor"; sponsorId: number };
export type Need = "read" | "write";

export function roleIn(user: SessionUser, campaignId: number): CampaignRole | null {
  if (user.isAdmin) return "admin";
  return user.memberships.find((m) => m.campaignId === campaignId)?.role ?? null;
}

/** Loads the campaign if the user may see it, and checks the role for the need. */
export function campaignFor(db: Db, user: SessionUser, campaignId: number, need: Need): { campaign: Campaign; role: CampaignRole } {
  const role = roleIn(user, campaignId);
  const campaign = role ? campaignById(db, campaignId) : undefined;
  if (!role || !campaign) throw notFound("campaign");
  assertMay(role, need);
  return { campaign, role };
}

/** For objects already loaded with their campaign id: visibility, then role. */
export function assertCampaignAccess(user: SessionUser, campaignId: number, need: Need, what: string): CampaignRole {
  const role = roleIn(user, campaignId);
  if (!role) throw notFound(what);
  assertMay(role, need);
  return role;
}

function assertMay(role: CampaignRole, need: Need): void {
  if (need === "write" && role === "committee") {
    throw new TRPCError({ code: "FORBIDDEN", message: "the steering committee reads; organisers and admins write" });
  }
}

/**
 * For procedures open to sponsors: the campaign with the viewer. A sponsor sees only its own
 * campaign (anything else is NOT_FOUND); staff as campaignFor(…, "read").
 */
export function campaignForViewer(
  db: Db,
  who: { user: SessionUser | null; sponsor: SponsorSession | null },
  campaignId: number,
): { campaign: Campaign; viewer: Viewer } {
  if (who.user) {
    const { campaign, role } = campaignFor(db, who.user, campaignId, "read");
    return { campaign, viewer: { kind: "staff", role } };
  }
  const sponsor = who.sponsor!;
  const campaign = sponsor.campaignId === campaignId ? campaignById(db, campaignId) : undefined;
  if (!campaign) throw notFound("campaign");
  return { campaign, viewer: { kind: "sponsor", sponsorId: sponsor.sponsorId } };
}

// Nearly every request loads its campaign: prepared once per database, not built each time.
const campaignQueries = new WeakMap<Db, { get: (params: { id: number }) => Campaign | undefined }>();

function campaignById(db: Db, id: number): Campaign | undefined {
  let query = campaignQueries.get(db);
  if (!query) {
    query = db.select().from(campaigns).where(eq(campaigns.id, sql.placeholder("id"))).prepare();
    campaignQueries.set(db, query);
  }
  return query.get({ id });
}
