// What a mail is, as the outbox names it under its subject. A kind without a label here
// shows none rather than a raw code.
import type { MessageKey } from "../../lib/i18n/de";
import type { Translate } from "../../lib/i18n";
import type { MailItem } from "./api/mail";

const KIND_LABELS: Partial<Record<MailItem["kind"], MessageKey>> = {
  access_link: "mail.kind.access_link",
  confirmation: "mail.kind.confirmation",
  thanks: "mail.kind.thanks",
};

export function mailKindLabel(kind: MailItem["kind"], t: Translate): string {
  const key = KIND_LABELS[kind];
  return key ? t(key) : "";
}
