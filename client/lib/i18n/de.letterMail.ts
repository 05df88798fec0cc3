// German strings for a pledge's letters by e-mail (pledge page) and the outbox's mail kinds; spread into `de`.
export const deLetterMail = {
  "letterMail.confirmation": "Zusage per E-Mail senden",
  "letterMail.thanks": "Dankesbrief per E-Mail senden",
  "letterMail.noEmail": "Der Sponsor hat keine Kontakt-E-Mail: Tragen Sie sie beim Sponsor ein, um Briefe zu mailen.",
  "letterMail.queued.confirmation": "Die Zusage geht als PDF per E-Mail an {email}.",
  "letterMail.queued.thanks": "Der Dankesbrief geht als PDF per E-Mail an {email}.",
  "letterMail.toOutbox": "Zum Postausgang (E-Mail)",
  "letterMail.refused": "Dieser Brief kann für die Zusage in ihrem jetzigen Stand nicht gesendet werden.",
  "mail.kind.access_link": "Sponsor-Link",
  "mail.kind.confirmation": "Zusage (PDF)",
  "mail.kind.thanks": "Dankesbrief (PDF)",
  "mail.kind.intent_reminder": "Erinnerung an Verantwortliche (Absichtserklärung)",
  "mail.kind.installment_reminder": "Zahlungserinnerung (Rate fällig)",
  "mail.kind.overdue_reminder": "Zahlungserinnerung (überfällig)",
};
