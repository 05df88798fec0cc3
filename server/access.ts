// Who may do what on which campaign. A campaign the caller has no part in is NOT_FOUND
// (existence does not leak); a committee member writing is FORBIDDEN.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { Db } from "../db/open";
import { campaigns, type Campaign } from "../db/schema";
import type { SessionUser } from "./auth/sessions";
import { notFound } from "./errors";

export type CampaignRole = "admin" | "organiser" | "committee";
export type Need = "read" | "write";

export function roleIn(user: SessionUser, campaignId: number): CampaignRole | null {
  if (user.isAdmin) return "admin";
  return user.memberships.find((m) => m.campaignId === campaignId)?.role ?? null;
}

/** Loads the campaign if the user may see it, and checks the role for the need. */
export function campaignFor(db: Db, user: SessionUser, campaignId: number, need: Need): { campaign: Campaign; role: CampaignRole } {
  const role = roleIn(user, campaignId);
  const campaign = role ? db.select().from(campaigns).where(eq(campaigns.id, campaignId)).get() : undefined;
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
