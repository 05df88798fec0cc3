// The short e-mails that carry a pledge's letter (its confirmation to sign, the thank-you
// letter), German and English. The letter itself is attached when the mail is sent
// (letterAttachment.ts); the text only says what is attached and what to do with it.
import type { UserLocale } from "../domain/codes";
import type { LetterKind } from "../letters/kinds";

export interface LetterMail {
  kind: LetterKind;
  reference: string;
  sponsorName: string;
  contactName: string | null;
  campaignName: string;
  /** Who signs: the campaign's sender contact and name, when set. */
  senderContactName: string | null;
  senderName: string | null;
}

export function letterMail(locale: UserLocale, m: LetterMail): { subject: string; body: string } {
  const signature = [m.senderContactName, m.senderName].filter(Boolean).join("\n");
  if (locale === "en") {
    const subject =
      m.kind === "confirmation"
        ? `Confirmation of your pledge ${m.reference} to “${m.campaignName}”`
        : `Thank you for your pledge ${m.reference} to “${m.campaignName}”`;
    const text =
      m.kind === "confirmation"
        ? `thank you for the pledge of ${m.sponsorName} to the campaign “${m.campaignName}”. Attached is the confirmation of your pledge ${m.reference} as a PDF. Please check it, sign it and send it back to us.`
        : `thank you very much for supporting the campaign “${m.campaignName}”. Attached is our letter of thanks for the pledge ${m.reference} of ${m.sponsorName} as a PDF, with what has been received so far.`;
    return {
      subject,
      body: `${m.contactName ? `Dear ${m.contactName}` : "Hello"},\n\n${text}\n\nKind regards\n${signature || "The campaign team"}\n`,
    };
  }
  const subject =
    m.kind === "confirmation"
      ? `Bestätigung Ihrer Zusage ${m.reference} zur Kampagne „${m.campaignName}“`
      : `Vielen Dank für Ihre Zusage ${m.reference} zur Kampagne „${m.campaignName}“`;
  const text =
    m.kind === "confirmation"
      ? `vielen Dank für die Zusage von ${m.sponsorName} zur Kampagne „${m.campaignName}“. Anbei erhalten Sie die Bestätigung Ihrer Zusage ${m.reference} als PDF. Bitte prüfen und unterschreiben Sie sie und senden Sie sie uns zurück.`
      : `herzlichen Dank, dass Sie die Kampagne „${m.campaignName}“ unterstützen. Anbei erhalten Sie unseren Dankesbrief zur Zusage ${m.reference} von ${m.sponsorName} als PDF, mit dem, was bisher eingegangen ist.`;
  return {
    subject,
    body: `${m.contactName ? `Guten Tag ${m.contactName}` : "Guten Tag"},\n\n${text}\n\nMit freundlichen Grüßen\n${signature || "Ihr Kampagnen-Team"}\n`,
  };
}
