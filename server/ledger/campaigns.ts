// Writing campaigns: a new one, and changes of its settings and application status. A
// rejected application lapses the conditional pledges in the same transaction.
import { eq } from "drizzle-orm";
import { campaigns, type Campaign } from "../../db/schema";
import { decideApplicationStatus, windowFits, WINDOW_MESSAGE } from "../domain/campaign";
import type { ApplicationStatus } from "../domain/codes";
import { conflict, notFound, orConflict, staleVersion } from "../domain/errors";
import { lapseConditionalPledges, type Actor } from "./pledges";
import type { Write } from "./tx";

/** Campaign columns as stored (match ratio in hundredths, the public share in basis points). */
export type CampaignColumns = Omit<Campaign, "id" | "version" | "createdAt" | "applicationStatus" | "publicPage">;

/** A new campaign's settings; the demo also starts one with its application already submitted or its page public. */
export type NewCampaign = CampaignColumns & Partial<Pick<Campaign, "applicationStatus" | "publicPage">>;

export function createCampaign(w: Write, actor: Actor, columns: NewCampaign): Campaign {
  if (!windowFits(columns.windowStart, columns.deadline)) throw conflict(WINDOW_MESSAGE.toLowerCase());
  return w.tx
    .insert(campaigns)
    .values({ ...columns, createdAt: actor.now.getTime() })
    .returning()
    .get();
}

export interface CampaignUpdate {
  campaignId: number;
  expectedVersion: number;
  columns: Partial<CampaignColumns>;
  applicationStatus?: ApplicationStatus;
  publicPage?: boolean;
}

export function updateCampaign(w: Write, actor: Actor, update: CampaignUpdate): Campaign {
  const { campaignId, expectedVersion, columns, applicationStatus, publicPage } = update;
  const current = w.tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!current) throw notFound("campaign");
  if (current.version !== expectedVersion) throw staleVersion("the campaign", current.version, expectedVersion);
  const windowStart = columns.windowStart ?? current.windowStart;
  const deadline = columns.deadline ?? current.deadline;
  if (!windowFits(windowStart, deadline)) throw conflict(WINDOW_MESSAGE.toLowerCase());
  const status =
    applicationStatus === undefined
      ? current.applicationStatus
      : orConflict(decideApplicationStatus(current.applicationStatus, applicationStatus));
  // Target, rules or the public page may have changed: live streams of this campaign look again.
  w.feed.touch(campaignId);
  const row = w.tx
    .update(campaigns)
    .set({
      ...columns,
      applicationStatus: status,
      ...(publicPage !== undefined && { publicPage }),
      version: current.version + 1,
    })
    .where(eq(campaigns.id, campaignId))
    .returning()
    .get();
  if (status !== current.applicationStatus && status === "rejected") lapseConditionalPledges(w, campaignId, actor);
  return row;
}
