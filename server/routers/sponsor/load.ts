// The sponsor a procedure is about, if the user may see its campaign (else NOT_FOUND) and may `need` it.
import type { Sponsor } from "../../../db/schema";
import { assertCampaignAccess, type Need } from "../../access";
import type { SessionUser } from "../../auth/sessions";
import { notFound } from "../../domain/errors";
import { sponsorById } from "../../queries/sponsors";
import type { Context } from "../../context";

export function sponsorFor(ctx: Context & { user: SessionUser }, sponsorId: number, need: Need): Sponsor {
  const sponsor = sponsorById(ctx.db, sponsorId);
  if (!sponsor) throw notFound("sponsor");
  assertCampaignAccess(ctx.user, sponsor.campaignId, need, "sponsor");
  return sponsor;
}

/** As sponsorFor, for a sponsor that is not merged into another (a merged one is NOT_FOUND). */
export function liveSponsorFor(ctx: Context & { user: SessionUser }, sponsorId: number, need: Need): Sponsor {
  const sponsor = sponsorById(ctx.db, sponsorId);
  if (!sponsor || sponsor.mergedIntoId !== null) throw notFound("sponsor");
  assertCampaignAccess(ctx.user, sponsor.campaignId, need, "sponsor");
  return sponsor;
}
