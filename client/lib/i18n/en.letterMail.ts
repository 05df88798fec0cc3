// English strings for a pledge's letters by e-mail and the outbox's mail kinds; the same keys as de.letterMail.ts.
import type { deLetterMail } from "./de.letterMail";

export const enLetterMail: Record<keyof typeof deLetterMail, string> = {
  "letterMail.confirmation": "Send confirmation by e-mail",
  "letterMail.thanks": "Send thank-you letter by e-mail",
  "letterMail.noEmail": "The sponsor has no contact e-mail: add one to the sponsor to mail letters.",
  "letterMail.queued.confirmation": "The confirmation goes to {email} as a PDF by e-mail.",
  "letterMail.queued.thanks": "The thank-you letter goes to {email} as a PDF by e-mail.",
  "letterMail.toOutbox": "Go to the outbox (E-mail)",
  "letterMail.refused": "This letter cannot be sent for the pledge as it stands now.",
  "mail.kind.access_link": "Sponsor link",
  "mail.kind.confirmation": "Confirmation (PDF)",
  "mail.kind.thanks": "Thank-you letter (PDF)",
  "mail.kind.intent_reminder": "Reminder to owner (intent)",
  "mail.kind.installment_reminder": "Payment reminder (installment due)",
  "mail.kind.overdue_reminder": "Payment reminder (overdue)",
};
