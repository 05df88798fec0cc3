// The user a procedure is about, or NOT_FOUND.
import type { Reader } from "../../../db/open";
import type { User } from "../../../db/schema";
import { notFound } from "../../domain/errors";
import { campaignById } from "../../queries/campaigns";
import { userById } from "../../queries/users";

export function existingUserRow(db: Reader, userId: number): User {
  const user = userById(db, userId);
  if (!user) throw notFound("user");
  return user;
}

export function assertCampaignExists(db: Reader, campaignId: number): void {
  if (!campaignById(db, campaignId)) throw notFound("campaign");
}
