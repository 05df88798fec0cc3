// The outbox's writes (server/mail/ reads and sends): a mail is queued in the transaction of
// the change that causes it; each attempt to send it first pushes its next attempt out, so a
// process that dies while sending retries it then; a sent mail is a contact in the sponsor's
// history, in the same transaction that marks it sent.
import { and, eq } from "drizzle-orm";
import { mailOutbox, sponsorContacts, type MailMessage } from "../../db/schema";
import type { MailKind, UserLocale } from "../domain/codes";
import { berlinDay } from "../domain/dates";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

export interface NewMail {
  campaignId: number;
  sponsorId: number | null;
  kind: MailKind;
  recipient: string;
  subject: string;
  body: string;
  /** The pledge the mail is about (a letter, a reminder), and its language (a letter is made when sent). */
  pledgeId?: number | null;
  locale?: UserLocale | null;
}

/** Mail to staff about a sponsor (an intent's reminder to its owner) is not a contact with the sponsor. */
const INTERNAL_KINDS: readonly MailKind[] = ["intent_reminder"];

export function queueMail(w: Write, actor: Actor, mail: NewMail): MailMessage {
  return w.tx
    .insert(mailOutbox)
    .values({ ...mail, createdAt: actor.now.getTime(), createdBy: actor.userId, nextAttemptAt: actor.now.getTime() })
    .returning()
    .get();
}

/** Counts the attempt and sets when the next one is due should this one not finish. */
export function startMailAttempt(w: Write, id: number, retryAt: Date): MailMessage | undefined {
  const mail = w.tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  if (mail?.status !== "queued") return undefined;
  return w.tx
    .update(mailOutbox)
    .set({ attempts: mail.attempts + 1, nextAttemptAt: retryAt.getTime() })
    .where(eq(mailOutbox.id, id))
    .returning()
    .get();
}

export function markMailSent(w: Write, id: number, now: Date, accessLinkId: number | null): void {
  const mail = w.tx
    .update(mailOutbox)
    .set({ status: "sent", sentAt: now.getTime(), lastError: null, accessLinkId })
    .where(eq(mailOutbox.id, id))
    .returning()
    .get();
  if (!mail?.sponsorId || INTERNAL_KINDS.includes(mail.kind)) return;
  w.tx
    .insert(sponsorContacts)
    .values({
      campaignId: mail.campaignId,
      sponsorId: mail.sponsorId,
      at: berlinDay(now),
      channel: "email",
      note: mail.subject,
      createdAt: now.getTime(),
      createdBy: mail.createdBy,
    })
    .run();
}

/** A refused attempt: the reason, and `failed` when no attempt is left (else it stays queued for the retry). */
export function markMailRefused(
  w: Write,
  id: number,
  error: string,
  final: boolean,
  accessLinkId: number | null,
): void {
  w.tx
    .update(mailOutbox)
    .set({ lastError: error, accessLinkId, ...(final ? { status: "failed" as const } : {}) })
    .where(eq(mailOutbox.id, id))
    .run();
}

/**
 * The sponsor's contact e-mail was corrected: its queued mail to the old address goes to the
 * new one (a link sent to a mistyped address would open the portal for a stranger), or, with
 * no address left, is not sent. Mail to others about the sponsor (its owner) stays as it is.
 */
export function readdressQueuedMail(w: Write, sponsorId: number, from: string, to: string | null): void {
  const queued = and(
    eq(mailOutbox.sponsorId, sponsorId),
    eq(mailOutbox.status, "queued"),
    eq(mailOutbox.recipient, from),
  );
  if (to) w.tx.update(mailOutbox).set({ recipient: to }).where(queued).run();
  else
    w.tx
      .update(mailOutbox)
      .set({ status: "failed", lastError: "the sponsor's contact e-mail was removed" })
      .where(queued)
      .run();
}

/** A merged-away sponsor has no portal of its own: its queued mail is not sent. */
export function dropQueuedMailOfMerged(w: Write, sponsorId: number, intoName: string): void {
  w.tx
    .update(mailOutbox)
    .set({ status: "failed", lastError: `the sponsor was merged into ${intoName}; send again from there` })
    .where(and(eq(mailOutbox.sponsorId, sponsorId), eq(mailOutbox.status, "queued")))
    .run();
}

/**
 * A sponsor's contact data is erased (GDPR Art. 17): its mail keeps no address or text, and
 * what was still queued is not sent.
 */
export function eraseMailContact(w: Write, sponsorId: number): void {
  w.tx
    .update(mailOutbox)
    .set({ status: "failed", lastError: "contact data erased" })
    .where(and(eq(mailOutbox.sponsorId, sponsorId), eq(mailOutbox.status, "queued")))
    .run();
  w.tx.update(mailOutbox).set({ recipient: "", body: "" }).where(eq(mailOutbox.sponsorId, sponsorId)).run();
}
