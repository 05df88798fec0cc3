// The outbox of a campaign, newest first, a page at a time (the cursor is the last id shown).
import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/open";
import { mailOutbox } from "../../db/schema";
import type { MailStatus } from "../domain/codes";

export const MAIL_PAGE = 50;

export function mailOf(db: Db, campaignId: number, status: MailStatus | undefined, beforeId: number | undefined) {
  const rows = db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.recipient,
      subject: mailOutbox.subject,
      kind: mailOutbox.kind,
      status: mailOutbox.status,
      lastError: mailOutbox.lastError,
      attempts: mailOutbox.attempts,
      sponsorId: mailOutbox.sponsorId,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.campaignId, campaignId),
        status ? eq(mailOutbox.status, status) : undefined,
        beforeId ? lt(mailOutbox.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(mailOutbox.id))
    .limit(MAIL_PAGE + 1)
    .all();
  const more = rows.length > MAIL_PAGE;
  const items = more ? rows.slice(0, MAIL_PAGE) : rows;
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}
