// The background sender: every few seconds it sends the queued mail that is due. Its state is
// the outbox alone, so it survives restarts: each attempt first pushes the mail's next attempt
// out (mailRetry), so a mail whose sending the process did not live to finish is tried again
// then; a refusal no retry can change fails the mail at once (refusal.ts). An access-link mail gets its link (a new token, stored hashed) right before sending; a
// confirmation or thank-you mail its letter, rendered then (letterAttachment.ts) in the letter
// worker (letters/pdf.ts), so the 0.1-0.4 s of layout never hold the event loop.
import type { MailMessage } from "../../db/schema";
import { createAccessLink, revokeLink, revokeOtherLinks } from "../auth/sponsorLinks";
import { MAX_MAIL_ATTEMPTS, retryAt } from "../domain/mailRetry";
import type { Services } from "../services";
import { attachmentsFor } from "./letterAttachment";
import { LINK_PLACEHOLDER } from "./messages";
import { dueMail } from "./outbox";
import { isFinalRefusal } from "./refusal";
import type { MailTransport } from "./transport";

export interface SenderOptions {
  services: Services;
  transport: MailTransport;
  from: string;
  /** Where links in mail point to (PUBLIC_URL, else the server's own address). */
  baseUrl: string;
  now?: () => Date;
  /** How often the outbox is looked at; 0 starts no timer (tests call `sendDue`). */
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface MailSender {
  /** Sends what is due now; resolves with how many were sent. */
  sendDue(): Promise<number>;
  stop(): Promise<void>;
}

const BATCH = 20;

export function startMailSender(options: SenderOptions): MailSender {
  const { services, transport, from } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let running: Promise<number> | null = null;
  let stopped = false;

  const sendOne = async (due: MailMessage): Promise<boolean> => {
    const at = now();
    const mail = await services.ledger.run((c) => c.startMailAttempt(due.id, retryAt(at, due.attempts + 1)));
    if (!mail) return false;
    let linkId: number | null = null;
    try {
      let text = mail.body;
      if (mail.kind === "access_link" && mail.sponsorId !== null) {
        // The sponsor's current link stays valid until this mail is out (or refused).
        const link = createAccessLink(services.db, mail.sponsorId, mail.createdBy, at, { keepOthers: true });
        linkId = link.id;
        text = text.replace(LINK_PLACEHOLDER, `${options.baseUrl.replace(/\/+$/, "")}/s/${link.token}`);
      }
      const attachments = await attachmentsFor(services.db, mail, at);
      await transport.send({
        from,
        to: mail.recipient,
        subject: mail.subject,
        text,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
    } catch (error) {
      if (linkId !== null) revokeLink(services.db, linkId, now());
      const reason = error instanceof Error ? error.message : String(error);
      const final = mail.attempts >= MAX_MAIL_ATTEMPTS || isFinalRefusal(error);
      await services.ledger.run((c) => c.markMailRefused(mail.id, reason.slice(0, 1000), final, linkId));
      log(
        `Mail ${mail.id} to ${mail.recipient} refused (attempt ${mail.attempts}${final ? ", final" : ""}): ${reason}`,
      );
      return false;
    }
    if (linkId !== null && mail.sponsorId !== null) revokeOtherLinks(services.db, mail.sponsorId, linkId, now());
    await services.ledger.run((c) => c.markMailSent(mail.id, now(), linkId));
    return true;
  };

  const sendBatch = async (): Promise<number> => {
    let sent = 0;
    if (stopped) return sent;
    for (const mail of dueMail(services.db, now(), BATCH)) {
      if (stopped) break;
      if (await sendOne(mail)) sent++;
    }
    return sent;
  };

  /** One pass at a time: a tick while a pass still runs shares it. */
  const sendDue = (): Promise<number> => {
    if (running) return running;
    const pass = sendBatch().finally(() => {
      running = null;
    });
    running = pass;
    return pass;
  };

  const interval = options.intervalMs ?? 5_000;
  const tick = () => {
    sendDue().catch((error) => log(`Mail sender: ${error instanceof Error ? error.message : error}`));
  };
  const timer = interval > 0 ? setInterval(tick, interval) : null;
  timer?.unref();
  // At start, what a restart left queued goes out at once rather than after the first interval.
  if (timer) setImmediate(tick);

  return {
    sendDue,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
      transport.close();
    },
  };
}
