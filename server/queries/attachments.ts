// Reading a pledge's attachments (removed ones are left out).
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { attachments, users, type Attachment } from "../../db/schema";

const activeOf = (pledgeId: number) => and(eq(attachments.pledgeId, pledgeId), isNull(attachments.removedAt));

export function activeAttachmentCount(db: Reader, pledgeId: number): number {
  return db.select({ n: count() }).from(attachments).where(activeOf(pledgeId)).get()?.n ?? 0;
}

/** The pledge's attachments, oldest first, each with the name of who uploaded it. */
export function attachmentsOf(db: Reader, pledgeId: number): { row: Attachment; userName: string | null }[] {
  return db
    .select({ row: attachments, userName: users.name })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.createdBy))
    .where(activeOf(pledgeId))
    .orderBy(asc(attachments.id))
    .all();
}

/** An attachment not removed, by id. */
export function activeAttachment(db: Reader, attachmentId: number): Attachment | undefined {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), isNull(attachments.removedAt)))
    .get();
}
