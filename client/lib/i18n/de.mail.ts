// German strings of the outbox page and of sending a sponsor's link by e-mail; spread into `de`.
export const deMail = {
  "nav.mail": "E-Mail",
  "mail.title": "E-Mail",
  "mail.intro": "Alle E-Mails der Kampagne, die neuesten zuerst: ob sie versandt sind, an wen und worum es geht.",
  "mail.sendingOff":
    "Der Versand ist nicht eingerichtet (SMTP_URL fehlt): E-Mails bleiben in der Warteschlange, bis er eingerichtet ist.",
  "mail.loadFailed": "Die E-Mails konnten nicht geladen werden.",
  "mail.empty": "Noch keine E-Mails",
  "mail.empty.hint": "Senden Sie einem Sponsor seinen Link per E-Mail (Sponsoren → Aktionen).",
  "mail.col.status": "Stand",
  "mail.col.to": "An",
  "mail.col.subject": "Betreff",
  "mail.col.when": "Zeit",
  "mail.status.queued": "In der Warteschlange",
  "mail.status.sent": "Versandt",
  "mail.status.failed": "Fehlgeschlagen",
  "mail.shown.one": "{count} E-Mail",
  "mail.shown.other": "{count} E-Mails",
  "sponsors.link.mail": "Link per E-Mail senden",
  "sponsors.link.mail.noEmail": "Keine Kontakt-E-Mail hinterlegt",
  "sponsors.link.mail.queued": "Die E-Mail an {email} ist in der Warteschlange.",
};
