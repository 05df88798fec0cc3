// What the sender reads from the outbox: the queued mail that is due, oldest first.
import { and, asc, eq, lte } from "drizzle-orm";
import type { Db } from "../../db/open";
import { mailOutbox, type MailMessage } from "../../db/schema";

export function dueMail(db: Db, now: Date, limit: number): MailMessage[] {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "queued"), lte(mailOutbox.nextAttemptAt, now.getTime())))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .all();
}
