// English strings of the outbox page and of sending a sponsor's link by e-mail; the same keys as de.mail.ts.
import type { deMail } from "./de.mail";

export const enMail: Record<keyof typeof deMail, string> = {
  "nav.mail": "E-mail",
  "mail.title": "E-mail",
  "mail.intro": "Every e-mail of the campaign, newest first: whether it was sent, to whom and what about.",
  "mail.sendingOff": "Sending is not set up (SMTP_URL is missing): e-mail stays queued until it is.",
  "mail.loadFailed": "The e-mails could not be loaded.",
  "mail.empty": "No e-mail yet",
  "mail.empty.hint": "Send a sponsor its link by e-mail (Sponsors → Actions).",
  "mail.col.status": "State",
  "mail.col.to": "To",
  "mail.col.subject": "Subject",
  "mail.col.when": "Time",
  "mail.status.queued": "Queued",
  "mail.status.sent": "Sent",
  "mail.status.failed": "Failed",
  "mail.shown.one": "{count} e-mail",
  "mail.shown.other": "{count} e-mails",
  "sponsors.link.mail": "Send link by e-mail",
  "sponsors.link.mail.noEmail": "No contact e-mail on file",
  "sponsors.link.mail.queued": "The e-mail to {email} is queued.",
};
