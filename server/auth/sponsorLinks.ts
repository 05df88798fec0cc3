// Sponsor access: an organiser hands out a link (/s/<token>), opening it starts a sponsor
// session. Links last 14 days and may be opened more than once (mail scanners open links);
// each opening starts a 30-day session. A new link revokes the earlier ones.
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db } from "../../db/open";
import { campaigns, sponsorAccessLinks, sponsors, sponsorSessions } from "../../db/schema";
import { hashToken, newToken } from "./tokens";

export const LINK_DAYS = 14;
export const SPONSOR_SESSION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface SponsorSession {
  kind: "sponsor";
  sponsorId: number;
  campaignId: number;
  name: string;
}

/**
 * A new link for the sponsor. It revokes the earlier ones, unless `keepOthers`: a link sent
 * by mail replaces them only once the mail went out (revokeOtherLinks), so a refused mail
 * does not cut off a link the sponsor already has.
 */
export function createAccessLink(
  db: Db,
  sponsorId: number,
  createdBy: number | null,
  now: Date,
  { keepOthers = false } = {},
): { id: number; token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LINK_DAYS * DAY_MS);
  const link = db.transaction((tx) => {
    if (!keepOthers)
      tx.update(sponsorAccessLinks)
        .set({ revokedAt: now.getTime() })
        .where(and(eq(sponsorAccessLinks.sponsorId, sponsorId), isNull(sponsorAccessLinks.revokedAt)))
        .run();
    return tx
      .insert(sponsorAccessLinks)
      .values({
        sponsorId,
        tokenHash: hashToken(token),
        createdAt: now.getTime(),
        expiresAt: expiresAt.getTime(),
        createdBy,
      })
      .returning({ id: sponsorAccessLinks.id })
      .get();
  });
  return { id: link.id, token, expiresAt };
}

/** The sponsor's links other than `keepLinkId` end: that one replaced them. */
export function revokeOtherLinks(db: Db, sponsorId: number, keepLinkId: number, now: Date): void {
  db.update(sponsorAccessLinks)
    .set({ revokedAt: now.getTime() })
    .where(
      and(
        eq(sponsorAccessLinks.sponsorId, sponsorId),
        ne(sponsorAccessLinks.id, keepLinkId),
        isNull(sponsorAccessLinks.revokedAt),
      ),
    )
    .run();
}

/** One link ends (a mail that was to carry it was refused). */
export function revokeLink(db: Db, linkId: number, now: Date): void {
  db.update(sponsorAccessLinks)
    .set({ revokedAt: now.getTime() })
    .where(and(eq(sponsorAccessLinks.id, linkId), isNull(sponsorAccessLinks.revokedAt)))
    .run();
}

/** Revokes every link of the sponsor and ends the sessions they started. */
export function revokeAccessLinks(db: Db, sponsorId: number, now: Date): number {
  return db.transaction((tx) => {
    const revoked = tx
      .update(sponsorAccessLinks)
      .set({ revokedAt: now.getTime() })
      .where(and(eq(sponsorAccessLinks.sponsorId, sponsorId), isNull(sponsorAccessLinks.revokedAt)))
      .returning()
      .all();
    tx.delete(sponsorSessions).where(eq(sponsorSessions.sponsorId, sponsorId)).run();
    return revoked.length;
  });
}

export type OpenLinkResult =
  | { ok: true; sponsorId: number; campaignId: number; token: string; expiresAt: Date }
  | { ok: false; reason: "unknown" }
  /** A known link that no longer opens: its campaign's name, for the page to name (null if the sponsor is gone). */
  | { ok: false; reason: "expired" | "revoked"; campaignName: string | null };

/** The campaign a link's sponsor belongs to, by name. */
function campaignNameOf(db: Db, sponsorId: number): string | null {
  const row = db
    .select({ name: campaigns.name })
    .from(sponsors)
    .innerJoin(campaigns, eq(campaigns.id, sponsors.campaignId))
    .where(eq(sponsors.id, sponsorId))
    .get();
  return row?.name ?? null;
}

export function openAccessLink(db: Db, token: string, now: Date): OpenLinkResult {
  const link = db
    .select()
    .from(sponsorAccessLinks)
    .where(eq(sponsorAccessLinks.tokenHash, hashToken(token)))
    .get();
  if (!link) return { ok: false, reason: "unknown" };
  if (link.revokedAt !== null)
    return { ok: false, reason: "revoked", campaignName: campaignNameOf(db, link.sponsorId) };
  if (link.expiresAt <= now.getTime()) {
    return { ok: false, reason: "expired", campaignName: campaignNameOf(db, link.sponsorId) };
  }
  const sponsor = db.select().from(sponsors).where(eq(sponsors.id, link.sponsorId)).get();
  if (!sponsor) return { ok: false, reason: "unknown" };
  const sessionToken = newToken();
  const expiresAt = new Date(now.getTime() + SPONSOR_SESSION_DAYS * DAY_MS);
  db.insert(sponsorSessions)
    .values({
      tokenHash: hashToken(sessionToken),
      sponsorId: sponsor.id,
      linkId: link.id,
      createdAt: now.getTime(),
      expiresAt: expiresAt.getTime(),
    })
    .run();
  return { ok: true, sponsorId: sponsor.id, campaignId: sponsor.campaignId, token: sessionToken, expiresAt };
}

export function loadSponsorSession(db: Db, token: string, now: Date): SponsorSession | null {
  const row = db
    .select({ sponsorId: sponsors.id, campaignId: sponsors.campaignId, name: sponsors.name })
    .from(sponsorSessions)
    .innerJoin(sponsors, eq(sponsors.id, sponsorSessions.sponsorId))
    .where(and(eq(sponsorSessions.tokenHash, hashToken(token)), gt(sponsorSessions.expiresAt, now.getTime())))
    .get();
  return row ? { kind: "sponsor", ...row } : null;
}

export function endSponsorSession(db: Db, token: string): void {
  db.delete(sponsorSessions)
    .where(eq(sponsorSessions.tokenHash, hashToken(token)))
    .run();
}
