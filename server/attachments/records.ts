// Attachment rows: who may download one, adding one (at most 20 a pledge) and removing one
// (marked, kept, audited). The bytes are storage.ts's business; reading the rows is
// queries/attachments.ts.
import { eq } from "drizzle-orm";
import type { Db, Reader } from "../../db/open";
import { attachments, type Attachment, type Pledge } from "../../db/schema";
import { assertCampaignAccess, pledgeForReader, type Viewer, type Who } from "../access";
import { audit } from "../audit";
import type { SessionUser } from "../auth/sessions";
import type { AttachmentType } from "../domain/codes";
import { conflict, DomainError, notFound } from "../domain/errors";
import { activeAttachment, activeAttachmentCount, attachmentsOf } from "../queries/attachments";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_PLEDGE = 20;

const tooMany = () => conflict(`a pledge has at most ${MAX_ATTACHMENTS_PER_PLEDGE} attachments; remove one first`);

/** Refuses early, before the body is read, when the pledge already has its 20 files. */
export function assertRoomFor(db: Reader, pledgeId: number): void {
  if (activeAttachmentCount(db, pledgeId) >= MAX_ATTACHMENTS_PER_PLEDGE) throw tooMany();
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
export function recordAttachment(
  db: Db,
  by: { userId: number; now: Date; ip: string | null },
  file: NewAttachment,
): Attachment {
  const { pledge, ...fields } = file;
  return db.transaction((tx) => {
    if (activeAttachmentCount(tx, pledge.id) >= MAX_ATTACHMENTS_PER_PLEDGE) throw tooMany();
    const row = tx
      .insert(attachments)
      .values({
        ...fields,
        campaignId: pledge.campaignId,
        pledgeId: pledge.id,
        createdAt: by.now.getTime(),
        createdBy: by.userId,
      })
      .returning()
      .get();
    audit(tx, by.now, {
      action: "attachment_uploaded",
      userId: by.userId,
      campaignId: pledge.campaignId,
      ip: by.ip,
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
export function listAttachments(db: Reader, pledgeId: number, viewer: Viewer): AttachmentView[] {
  return attachmentsOf(db, pledgeId).map(({ row, userName }) => attachmentView(row, userName, viewer));
}

/** An attachment the caller may download: not removed, and its pledge readable by the caller. */
export function attachmentForReader(db: Reader, who: Who, attachmentId: number): Attachment {
  const row = activeAttachment(db, attachmentId);
  if (!row) throw notFound("attachment");
  try {
    pledgeForReader(db, who, row.pledgeId);
  } catch (error) {
    // The pledge's NOT_FOUND would name the pledge: say "attachment", as for an unknown id.
    if (error instanceof DomainError && error.reason === "not_found") throw notFound("attachment");
    throw error;
  }
  return row;
}

/** Takes an attachment off the pledge's list. The row and the file stay; the audit log says who. */
export function removeAttachment(
  db: Db,
  by: { user: SessionUser; now: Date; ip: string | null },
  attachmentId: number,
): void {
  db.transaction((tx) => {
    const row = activeAttachment(tx, attachmentId);
    if (!row) throw notFound("attachment");
    assertCampaignAccess(by.user, row.campaignId, "write", "attachment");
    tx.update(attachments)
      .set({ removedAt: by.now.getTime(), removedBy: by.user.id })
      .where(eq(attachments.id, row.id))
      .run();
    audit(tx, by.now, {
      action: "attachment_removed",
      userId: by.user.id,
      campaignId: row.campaignId,
      ip: by.ip,
      detail: { pledgeId: row.pledgeId, attachmentId: row.id },
    });
  });
}
