// The letter a confirmation or thank-you mail carries, made when the mail is sent: from the
// pledge as it then stands, in the mail's language. The PDF is never stored in the outbox.
// A pledge that no longer gets the letter (withdrawn or deleted since) makes the mail
// unsendable: it fails at once with the reason. A letter the worker cannot render now (busy)
// throws a plain error: the sender counts it as a refused attempt and tries again.
import type { Reader } from "../../db/open";
import type { MailMessage } from "../../db/schema";
import { berlinDay } from "../domain/dates";
import { LETTERS, letterFileName, type LetterKind } from "../letters/kinds";
import { renderPdf } from "../letters/pdf";
import { readLetterFacts } from "../queries/letters";
import { pledgeById } from "../queries/pledges";
import { UnsendableMail } from "./refusal";

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: "application/pdf";
}

const LETTER_OF_KIND: Partial<Record<MailMessage["kind"], LetterKind>> = {
  confirmation: "confirmation",
  thanks: "thanks",
};

/** The mail's attachments: its letter for a confirmation or thank-you mail, else none. */
export async function attachmentsFor(db: Reader, mail: MailMessage, now: Date): Promise<MailAttachment[]> {
  const kind = LETTER_OF_KIND[mail.kind];
  if (!kind) return [];
  const pledge = mail.pledgeId === null ? undefined : pledgeById(db, mail.pledgeId);
  if (!pledge) throw new UnsendableMail("the pledge of this letter no longer exists");
  const letter = LETTERS[kind];
  const refusal = letter.refusal(pledge);
  if (refusal) throw new UnsendableMail(refusal);
  // In the letter worker, one mail at a time: with 32 letters already waiting there it is
  // refused ("try again"), and the mail is tried again a minute later like any refusal.
  const content = await renderPdf(letter.build(readLetterFacts(db, pledge, berlinDay(now)), mail.locale ?? "de"));
  return [{ filename: letterFileName(kind, pledge), content, contentType: "application/pdf" }];
}
