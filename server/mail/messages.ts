// The texts of the e-mails, German and English. An access-link mail is written when it is
// queued, with LINK_PLACEHOLDER where the link goes: the link (and its token) is made only
// when the mail is sent, so no token ever rests in the outbox.
import type { UserLocale } from "../domain/codes";

export const LINK_PLACEHOLDER = "{{sponsor-link}}";

interface AccessLinkMail {
  sponsorName: string;
  contactName: string | null;
  campaignName: string;
}

export function accessLinkMail(locale: UserLocale, m: AccessLinkMail): { subject: string; body: string } {
  if (locale === "en") {
    return {
      subject: `Your access to the campaign “${m.campaignName}”`,
      body: `${m.contactName ? `Dear ${m.contactName}` : "Hello"},

this personal link shows the pledges of ${m.sponsorName} to the campaign “${m.campaignName}”, its payments and what its contribution unlocks:

${LINK_PLACEHOLDER}

The link is valid for 14 days from this e-mail. Please do not forward it: whoever opens it sees your data.

Kind regards
The campaign team
`,
    };
  }
  return {
    subject: `Ihr Zugang zur Kampagne „${m.campaignName}“`,
    body: `${m.contactName ? `Guten Tag ${m.contactName}` : "Guten Tag"},

über diesen persönlichen Link sehen Sie die Zusagen von ${m.sponsorName} zur Kampagne „${m.campaignName}“, die Zahlungen und was Ihr Beitrag bewirkt:

${LINK_PLACEHOLDER}

Der Link gilt 14 Tage ab dieser E-Mail. Bitte leiten Sie ihn nicht weiter: Wer ihn öffnet, sieht Ihre Daten.

Mit freundlichen Grüßen
Ihr Kampagnen-Team
`,
  };
}
