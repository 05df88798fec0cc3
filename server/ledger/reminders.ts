// A reminder is its log row and its mail, written together: the log's unique key (pledge,
// step, installment, due date) refuses a second row, and the mail is queued only when the row
// went in, so two scans at once or a restart never send one reminder twice.
import { and, eq } from "drizzle-orm";
import { type MailMessage, pledges, reminderLog, type Sponsor, sponsors } from "../../db/schema";
import { notFound } from "../domain/errors";
import type { DueReminder } from "../domain/reminders";
import { type NewMail, queueMail } from "./mail";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

export interface ReminderToQueue {
  campaignId: number;
  pledgeId: number;
  /** The versions the reminder was decided on: a pledge or sponsor changed since waits for the next scan. */
  pledgeVersion: number;
  sponsorId: number;
  sponsorVersion: number;
  reminder: Pick<DueReminder, "step" | "installmentNumber" | "dueOn">;
  mail: NewMail;
}

/** Queues the reminder's mail unless it went out before (or its pledge or sponsor changed meanwhile); null then. */
export function queueReminder(w: Write, actor: Actor, r: ReminderToQueue): MailMessage | null {
  const pledge = w.tx
    .select({ version: pledges.version })
    .from(pledges)
    .where(and(eq(pledges.id, r.pledgeId), eq(pledges.campaignId, r.campaignId)))
    .get();
  const sponsor = w.tx.select({ version: sponsors.version }).from(sponsors).where(eq(sponsors.id, r.sponsorId)).get();
  if (pledge?.version !== r.pledgeVersion || sponsor?.version !== r.sponsorVersion) return null;
  const logged = w.tx
    .insert(reminderLog)
    .values({ campaignId: r.campaignId, pledgeId: r.pledgeId, ...r.reminder, createdAt: actor.now.getTime() })
    .onConflictDoNothing()
    .returning({ id: reminderLog.id })
    .get();
  if (!logged) return null;
  const mail = queueMail(w, actor, { ...r.mail, pledgeId: r.pledgeId });
  w.tx.update(reminderLog).set({ mailId: mail.id }).where(eq(reminderLog.id, logged.id)).run();
  return mail;
}

/** The sponsor's own choice, through its link: payment reminders by e-mail or none. Bumps the version, so a reminder decided before waits. */
export function setReminders(
  w: Write,
  sponsorId: number,
  enabled: boolean,
  now: Date,
): { sponsor: Sponsor; before: boolean } {
  const sponsor = w.tx.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!sponsor) throw notFound("sponsor");
  const before = sponsor.remindersOptedOutAt === null;
  if (before === enabled) return { sponsor, before };
  const row = w.tx
    .update(sponsors)
    .set({ remindersOptedOutAt: enabled ? null : now.getTime(), version: sponsor.version + 1 })
    .where(eq(sponsors.id, sponsor.id))
    .returning()
    .get();
  return { sponsor: row, before };
}
