// Which refusals of a mail are worth a retry. A server's 4xx reply is transient (greylisting,
// a full mailbox, try later) and so is a letter worker busy with other letters; a 5xx reply
// (RFC 5321 §4.2.1: "permanent negative completion", e.g. 550 no such mailbox) and a letter
// that can no longer be made (the pledge was withdrawn or deleted) will not change by waiting,
// so the mail fails at once with the reason instead of being tried for hours.

/** A mail that no retry can send; the sender marks it failed at its first attempt. */
export class UnsendableMail extends Error {}

/** Whether the refusal is final: an unsendable mail or a permanent SMTP reply (5xx). */
export function isFinalRefusal(error: unknown): boolean {
  if (error instanceof UnsendableMail) return true;
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
