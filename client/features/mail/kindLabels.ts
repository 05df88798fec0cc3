// What a mail is, as the outbox names it under its subject (every kind has its label).
import type { MessageKey } from "../../lib/i18n/de";
import type { Translate } from "../../lib/i18n";
import type { MailItem } from "./api/mail";

const KIND_LABELS: Record<MailItem["kind"], MessageKey> = {
  access_link: "mail.kind.access_link",
  confirmation: "mail.kind.confirmation",
  thanks: "mail.kind.thanks",
  intent_reminder: "mail.kind.intent_reminder",
  installment_reminder: "mail.kind.installment_reminder",
  overdue_reminder: "mail.kind.overdue_reminder",
};

export function mailKindLabel(kind: MailItem["kind"], t: Translate): string {
  return t(KIND_LABELS[kind]);
}
