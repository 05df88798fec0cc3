// The texts of the reminder e-mails, German and English: an intent's reminder to its owner
// (internal), and an installment's reminder before it is due or once it is overdue, to the
// sponsor, with the reference and the account to pay into. Every mail to a sponsor says how
// to opt out; the portal link is not in it (tokens are only made for access-link mails).
import type { UserLocale } from "../domain/codes";
import { euro, groupedIban, longDay } from "../letters/format";

interface Mail {
  subject: string;
  body: string;
}

export interface IntentReminder {
  ownerName: string;
  sponsorName: string;
  campaignName: string;
  reference: string | null;
  amountCents: number;
  pledgedAt: string;
  days: number;
}

export function intentReminderMail(locale: UserLocale, m: IntentReminder): Mail {
  const ref = m.reference ? ` ${m.reference}` : "";
  if (locale === "en") {
    return {
      subject: `Intent${ref} of ${m.sponsorName} not confirmed yet`,
      body: `Hello ${m.ownerName},

the letter of intent${ref} of ${m.sponsorName} for ${euro(m.amountCents, "en")} to the campaign “${m.campaignName}”, dated ${longDay(m.pledgedAt, "en")}, is still not confirmed after ${m.days} days.

Please ask the sponsor for the signed commitment and confirm the pledge in the tracker, or withdraw it.

You get this reminder once per pledge, as the sponsor's owner (or the person who entered the pledge).
`,
    };
  }
  return {
    subject: `Absichtserklärung${ref} von ${m.sponsorName} noch nicht bestätigt`,
    body: `Guten Tag ${m.ownerName},

die Absichtserklärung${ref} von ${m.sponsorName} über ${euro(m.amountCents, "de")} zur Kampagne „${m.campaignName}“ vom ${longDay(m.pledgedAt, "de")} ist nach ${m.days} Tagen noch nicht bestätigt.

Bitte fragen Sie beim Sponsor nach der unterschriebenen Zusage und bestätigen Sie sie im Tracker – oder ziehen Sie sie zurück.

Diese Erinnerung erhalten Sie einmal je Zusage, als Betreuer:in des Sponsors (oder weil Sie die Zusage erfasst haben).
`,
  };
}

export interface InstallmentReminder {
  overdue: boolean;
  contactName: string | null;
  sponsorName: string;
  campaignName: string;
  reference: string | null;
  installmentNumber: number;
  dueOn: string;
  openCents: number;
  bankAccount: { holder: string | null; iban: string; bic: string | null } | null;
  senderName: string | null;
}

function accountLines(m: InstallmentReminder, locale: UserLocale): string {
  const a = m.bankAccount;
  const de = locale === "de";
  if (!a)
    return de
      ? "Die Bankverbindung nennt Ihnen gern das Kampagnen-Team."
      : "The campaign team will gladly tell you the bank account.";
  return [
    a.holder ? `${de ? "Kontoinhaber" : "Account holder"}: ${a.holder}` : null,
    `IBAN: ${groupedIban(a.iban)}`,
    a.bic ? `BIC: ${a.bic}` : null,
    m.reference ? `${de ? "Verwendungszweck" : "Payment reference"}: ${m.reference}` : null,
  ]
    .filter(Boolean)
    .join("\n");
}

export function installmentReminderMail(locale: UserLocale, m: InstallmentReminder): Mail {
  const ref = m.reference ? ` ${m.reference}` : "";
  const open = euro(m.openCents, locale);
  const due = longDay(m.dueOn, locale);
  if (locale === "en") {
    return {
      subject: m.overdue
        ? `Payment overdue: installment ${m.installmentNumber} of pledge${ref}`
        : `Payment reminder: installment ${m.installmentNumber} of pledge${ref} due on ${due}`,
      body: `${m.contactName ? `Dear ${m.contactName}` : "Hello"},

${
  m.overdue
    ? `installment ${m.installmentNumber} of the pledge${ref} of ${m.sponsorName} to the campaign “${m.campaignName}” was due on ${due}; ${open} of it is still open.`
    : `installment ${m.installmentNumber} of the pledge${ref} of ${m.sponsorName} to the campaign “${m.campaignName}” is due on ${due}; ${open} of it is open.`
}

Please transfer the amount${m.reference ? `, quoting ${m.reference},` : ""} to:
${accountLines(m, "en")}

If you have paid already, please disregard this e-mail.

You would rather not get payment reminders by e-mail? You can turn them off through your personal link to the campaign.

Kind regards
${m.senderName ?? "The campaign team"}
`,
    };
  }
  return {
    subject: m.overdue
      ? `Zahlung überfällig: Rate ${m.installmentNumber} der Zusage${ref}`
      : `Zahlungserinnerung: Rate ${m.installmentNumber} der Zusage${ref} fällig am ${due}`,
    body: `${m.contactName ? `Guten Tag ${m.contactName}` : "Guten Tag"},

${
  m.overdue
    ? `die ${m.installmentNumber}. Rate der Zusage${ref} von ${m.sponsorName} zur Kampagne „${m.campaignName}“ war am ${due} fällig; davon sind noch ${open} offen.`
    : `die ${m.installmentNumber}. Rate der Zusage${ref} von ${m.sponsorName} zur Kampagne „${m.campaignName}“ wird am ${due} fällig; davon sind ${open} offen.`
}

Bitte überweisen Sie den Betrag${m.reference ? ` mit dem Verwendungszweck ${m.reference}` : ""} auf dieses Konto:
${accountLines(m, "de")}

Haben Sie bereits überwiesen, betrachten Sie diese E-Mail bitte als gegenstandslos.

Sie möchten keine Zahlungserinnerungen per E-Mail mehr erhalten? Sie können sie über Ihren persönlichen Zugang zur Kampagne abbestellen.

Mit freundlichen Grüßen
${m.senderName ?? "Ihr Kampagnen-Team"}
`,
  };
}
