// Writing campaigns: a new one, and changes of its settings and application status. A
// rejected application lapses the conditional pledges in the same transaction.
import { eq } from "drizzle-orm";
import { campaignSettings, campaigns, type Campaign } from "../../db/schema";
import { decideApplicationStatus, windowFits, WINDOW_MESSAGE } from "../domain/campaign";
import { changedTerms, DATED_TERMS, type Terms } from "../domain/campaignTerms";
import { berlinDay } from "../domain/dates";
import { prefixFromName } from "../domain/reference";
import type { ApplicationStatus } from "../domain/codes";
import { decideNotInFuture } from "../domain/dateRules";
import { badField, conflict, notFound, orBadField, orConflict, staleVersion } from "../domain/errors";
import { lapseConditionalPledges, type Actor } from "./pledges";
import type { Write } from "./tx";

/** The setup a campaign may start without: reference prefix, bank account, sender, reminders, issuer, grant. */
export type SetupKey =
  | "referencePrefix"
  | "bankHolder"
  | "bankIban"
  | "bankBic"
  | "senderName"
  | "senderAddress"
  | "senderContactName"
  | "senderContactEmail"
  | "senderLogoAttachmentId"
  | "reminderIntentAfterDays"
  | "reminderInstallmentBeforeDays"
  | "reminderOverdueAfterDays"
  | "issuer"
  | "grantCents"
  | "retentionPercent";

/** Campaign columns as stored (match ratio in hundredths, the public share in basis points). */
export type CampaignColumns = Omit<
  Campaign,
  | "id"
  | "version"
  | "createdAt"
  | "applicationStatus"
  | "applicationStatusAt"
  | "publicPage"
  | "lastReferenceNumber"
  | "lastReceiptNumber"
  | "lastInvoiceNumber"
  | SetupKey
> &
  Partial<Pick<Campaign, SetupKey>>;

/** A new campaign's settings; the demo also starts one with its application already submitted or its page public. */
export type NewCampaign = CampaignColumns & Partial<Pick<Campaign, "applicationStatus" | "publicPage">>;

export function createCampaign(w: Write, actor: Actor, columns: NewCampaign): Campaign {
  if (!windowFits(columns.windowStart, columns.deadline)) throw conflict(WINDOW_MESSAGE.toLowerCase());
  const references = w.statements.references;
  // Asked for: it must be free. Not asked for: the nearest free one to the name's initials.
  if (columns.referencePrefix && references.prefixTaken(columns.referencePrefix)) throw prefixInUse();
  const referencePrefix = columns.referencePrefix ?? references.freePrefix(prefixFromName(columns.name));
  const row = w.tx
    .insert(campaigns)
    .values({ ...columns, referencePrefix, createdAt: actor.now.getTime() })
    .returning()
    .get();
  // Its first terms hold since the beginning: days before the campaign are judged by them too.
  const base = Object.fromEntries(DATED_TERMS.map((key) => [key, row[key]]));
  recordTerms(w, row.id, "0000-01-01", actor.now, base);
  return row;
}

const prefixInUse = () => badField("referencePrefix", "is the prefix of another campaign: choose another");

function recordTerms(w: Write, campaignId: number, fromDay: string, now: Date, terms: Partial<Terms>): void {
  w.tx
    .insert(campaignSettings)
    .values({ campaignId, fromDay, recordedAt: now.getTime(), terms: JSON.stringify(terms) })
    .run();
}

export interface CampaignUpdate {
  campaignId: number;
  expectedVersion: number;
  columns: Partial<CampaignColumns>;
  applicationStatus?: ApplicationStatus;
  /** The business day the new status was reached (default today); the terms changed hold from it. */
  applicationStatusAt?: string;
  publicPage?: boolean;
}

export function updateCampaign(w: Write, actor: Actor, update: CampaignUpdate): Campaign {
  const { campaignId, expectedVersion, columns, applicationStatus, applicationStatusAt, publicPage } = update;
  const current = w.tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!current) throw notFound("campaign");
  if (current.version !== expectedVersion) throw staleVersion("the campaign", current.version, expectedVersion);
  const prefix = columns.referencePrefix;
  if (prefix && prefix !== current.referencePrefix) {
    if (current.lastReferenceNumber > 0)
      throw badField("referencePrefix", "is fixed once the campaign's pledges have references");
    if (w.statements.references.prefixTaken(prefix, campaignId)) throw prefixInUse();
  }
  const windowStart = columns.windowStart ?? current.windowStart;
  const deadline = columns.deadline ?? current.deadline;
  if (!windowFits(windowStart, deadline)) throw conflict(WINDOW_MESSAGE.toLowerCase());
  const status =
    applicationStatus === undefined
      ? current.applicationStatus
      : orConflict(decideApplicationStatus(current.applicationStatus, applicationStatus));
  const today = berlinDay(actor.now);
  const statusMoves = status !== current.applicationStatus;
  if (applicationStatusAt !== undefined && !statusMoves)
    throw badField("applicationStatusAt", "is given only with a new applicationStatus");
  if (applicationStatusAt !== undefined)
    orBadField(decideNotInFuture(applicationStatusAt, today), "applicationStatusAt");
  const statusAt = statusMoves ? (applicationStatusAt ?? today) : current.applicationStatusAt;
  // The grant is what the approval grants: none on an application still open or rejected.
  if (columns.grantCents != null && status !== "approved")
    throw badField("grantCents", "is recorded once the application is approved (applicationStatus approved)");
  // Target, rules or the public page may have changed: live streams of this campaign look again.
  w.feed.touch(campaignId);
  const row = w.tx
    .update(campaigns)
    .set({
      ...columns,
      applicationStatus: status,
      applicationStatusAt: statusAt,
      ...(publicPage !== undefined && { publicPage }),
      version: current.version + 1,
    })
    .where(eq(campaigns.id, campaignId))
    .returning()
    .get();
  const changed = changedTerms(current, row);
  if (Object.keys(changed).length > 0)
    recordTerms(w, campaignId, statusMoves ? (statusAt ?? today) : today, actor.now, changed);
  if (statusMoves && status === "rejected") lapseConditionalPledges(w, campaignId, actor, statusAt ?? today);
  return row;
}
