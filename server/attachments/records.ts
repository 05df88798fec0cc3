// Attachment rows: who may see a pledge's files, the list, adding one (at most 20 a pledge)
// and removing one (marked, kept, audited). The bytes are storage.ts's business.
import { TRPCError } from "@trpc/server";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/open";
import { attachments, pledges, users, type Attachment, type AttachmentType, type Pledge } from "../../db/schema";
import { assertCampaignAccess, type Viewer } from "../access";
import { audit } from "../audit";
import type { SessionUser } from "../auth/sessions";
import type { SponsorSession } from "../auth/sponsorLinks";
import { conflict, notFound } from "../errors";
import type { Reader } from "../ledger/tx";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_PLEDGE = 20;

export interface Who {
  user: SessionUser | null;
  sponsor: SponsorSession | null;
}

/**
 * The pledge, if the caller may read its attachments: staff of its campaign (any role) or
 * the pledge's own sponsor. Anything else, and an unknown id, is NOT_FOUND.
 */
export function pledgeForReader(db: Db, who: Who, pledgeId: number): { pledge: Pledge; viewer: Viewer } {
  const pledge = db.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) throw notFound("pledge");
  if (who.user) return { pledge, viewer: { kind: "staff", role: assertCampaignAccess(who.user, pledge.campaignId, "read", "pledge") } };
  if (!who.sponsor || pledge.sponsorId !== who.sponsor.sponsorId) throw notFound("pledge");
  return { pledge, viewer: { kind: "sponsor", sponsorId: who.sponsor.sponsorId } };
}

/** The pledge, if the user may attach to it: organisers and admins of its campaign (committee: FORBIDDEN). */
export function pledgeForWriter(db: Db, user: SessionUser, pledgeId: number): { pledge: Pledge; viewer: Viewer } {
  const pledge = db.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) throw notFound("pledge");
  return { pledge, viewer: { kind: "staff", role: assertCampaignAccess(user, pledge.campaignId, "write", "pledge") } };
}

const activeOf = (pledgeId: number) => and(eq(attachments.pledgeId, pledgeId), isNull(attachments.removedAt));

function activeCount(db: Reader, pledgeId: number): number {
  return db.select({ n: count() }).from(attachments).where(activeOf(pledgeId)).get()!.n;
}

const tooMany = () => conflict(`a pledge has at most ${MAX_ATTACHMENTS_PER_PLEDGE} attachments; remove one first`);

/** Refuses early, before the body is read, when the pledge already has its 20 files. */
export function assertRoomFor(db: Db, pledgeId: number): void {
  if (activeCount(db, pledgeId) >= MAX_ATTACHMENTS_PER_PLEDGE) throw tooMany();
}

export interface NewAttachment {
  pledge: Pledge;
  filename: string;
  contentType: AttachmentType;
  sizeBytes: number;
  sha256: string;
  storedName: string;
}

/** The row for a stored file, with its audit entry; CONFLICT when the pledge filled up meanwhile. */
export function recordAttachment(db: Db, by: { userId: number; now: Date; ip: string | null }, file: NewAttachment): Attachment {
  const { pledge, ...fields } = file;
  return db.transaction((tx) => {
    if (activeCount(tx, pledge.id) >= MAX_ATTACHMENTS_PER_PLEDGE) throw tooMany();
    const row = tx.insert(attachments).values({ ...fields, campaignId: pledge.campaignId, pledgeId: pledge.id, createdAt: by.now.getTime(), createdBy: by.userId }).returning().get();
    audit(tx, by.now, {
      action: "attachment_uploaded", userId: by.userId, campaignId: pledge.campaignId, ip: by.ip,
      detail: { pledgeId: pledge.id, attachmentId: row.id, contentType: row.contentType, sizeBytes: row.sizeBytes },
    });
    return row;
  });
}

/** What callers see of an attachment. A sponsor is not told which staff member uploaded it. */
export function attachmentView(row: Attachment, createdByName: string | null, viewer: Viewer) {
  return {
    id: row.id,
    pledgeId: row.pledgeId,
    filename: row.filename,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: new Date(row.createdAt).toISOString(),
    createdByName: viewer.kind === "staff" ? createdByName : null,
    url: `/api/attachments/${row.id}`,
  };
}
export type AttachmentView = ReturnType<typeof attachmentView>;

/** The pledge's attachments, oldest first; removed ones are left out. */
export function listAttachments(db: Db, pledgeId: number, viewer: Viewer): AttachmentView[] {
  return db
    .select({ row: attachments, userName: users.name })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.createdBy))
    .where(activeOf(pledgeId))
    .orderBy(asc(attachments.id))
    .all()
    .map(({ row, userName }) => attachmentView(row, userName, viewer));
}

/** An attachment the caller may download: not removed, and its pledge readable by the caller. */
export function attachmentForReader(db: Db, who: Who, attachmentId: number): Attachment {
  const row = db.select().from(attachments).where(and(eq(attachments.id, attachmentId), isNull(attachments.removedAt))).get();
  if (!row) throw notFound("attachment");
  try {
    pledgeForReader(db, who, row.pledgeId);
  } catch (error) {
    // The pledge's NOT_FOUND would name the pledge: say "attachment", as for an unknown id.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") throw notFound("attachment");
    throw error;
  }
  return row;
}

/** Takes an attachment off the pledge's list. The row and the file stay; the audit log says who. */
export function removeAttachment(db: Db, by: { user: SessionUser; now: Date; ip: string | null }, attachmentId: number): void {
  db.transaction((tx) => {
    const row = tx.select().from(attachments).where(and(eq(attachments.id, attachmentId), isNull(attachments.removedAt))).get();
    if (!row) throw notFound("attachment");
    assertCampaignAccess(by.user, row.campaignId, "write", "attachment");
    tx.update(attachments).set({ removedAt: by.now.getTime(), removedBy: by.user.id }).where(eq(attachments.id, row.id)).run();
    audit(tx, by.now, { action: "attachment_removed", userId: by.user.id, campaignId: row.campaignId, ip: by.ip, detail: { pledgeId: row.pledgeId, attachmentId: row.id } });
  });
}
