// SMTP through nodemailer, from SMTP_URL (`smtp://user:pass@host:port`, `smtps://` for TLS).
// Without SMTP_URL there is no transport: mail stays queued and the outbox says sending is off.
import nodemailer from "nodemailer";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** A letter as PDF (server/mail/letterAttachment.ts). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  // Time-outs well below a retry's minute, so one dead server does not hold the loop.
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 30_000,
  } as object);
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}
