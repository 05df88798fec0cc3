// German strings of the sponsor portal and the public page; spread into `de` (de.ts), so
// they share its key type and en.portal.ts must have the same keys.
export const dePortal = {
  "portal.greeting": "Guten Tag, {name}",
  "portal.intro": "Ihr Überblick über Ihre Beiträge zur Kampagne „{campaign}“.",
  "portal.error": "Ihre Übersicht konnte nicht geladen werden.",
  "portal.sessionEnded": "Ihre Sitzung ist abgelaufen. Bitte öffnen Sie Ihren Link erneut.",
  "portal.noSession.title": "Bitte öffnen Sie Ihren persönlichen Link",
  "portal.signedOut.title": "Sie haben sich abgemeldet",
  "portal.noSession.text":
    "Ihr Sponsorenportal öffnen Sie über den persönlichen Link, den Ihnen das Organisationsteam Ihrer Kampagne geschickt hat. Ist der Link abgelaufen, bitten Sie das Team um einen neuen.",
  "portal.noSession.staff": "Sie gehören zum Kampagnenteam?",
  "portal.noSession.staffLink": "Zur Anmeldung",

  "leverage.title": "Was Ihr Beitrag bewirkt",
  "leverage.eligible":
    "Ihre {amount} verbindlichen Eigenmittel tragen {share} der gezählten Eigenmittel und schalten {unlocked} Landesförderung frei.",
  "leverage.pending":
    "Ihre {amount} verbindlichen Eigenmittel tragen {share} der gezählten Eigenmittel und schalten {unlocked} Landesförderung frei, sobald die Kampagne förderfähig ist.",
  "leverage.share": "Ihre {amount} verbindlichen Eigenmittel tragen {share} der gezählten Eigenmittel.",
  "leverage.cap":
    "Die Landesförderung ist auf {cap} gedeckelt, und diese Grenze ist erreicht – deshalb schaltet jeder Euro weniger frei als im Verhältnis 1\u00a0:\u00a0{ratio}.",
  "leverage.capped.eligible": "Ihr Anteil schaltet {unlocked} Landesförderung frei.",
  "leverage.capped.pending":
    "Ihr Anteil schaltet {unlocked} Landesförderung frei, sobald die Kampagne förderfähig ist.",
  "leverage.intent": "Ihre Absichtserklärung über {amount} zählt erst, wenn sie verbindlich zugesagt ist.",
  "leverage.withdrawn": "Ihre Zusage wurde zurückgezogen und zählt nicht zu den Eigenmitteln.",
  "leverage.none":
    "Für Sie ist noch keine Zusage erfasst. Sobald Sie verbindlich zusagen, sehen Sie hier, was Ihr Beitrag freischaltet.",
  "leverage.inKindNotCounted":
    "Ihre Sachleistung wird in dieser Kampagne nicht zu den Eigenmitteln gezählt und schaltet daher keine Landesförderung frei.",
  "leverage.rejected": "Der Förderantrag wurde abgelehnt: Es fließt keine Landesförderung.",
  "leverage.figure.counted": "Ihre gezählten Eigenmittel",
  "leverage.figure.share": "Ihr Anteil an den Eigenmitteln",
  "leverage.figure.unlocked": "Von Ihnen freigeschaltete Landesförderung",
  "leverage.figure.unlockable": "Landesförderung, die Sie freischalten, sobald die Kampagne förderfähig ist",

  "portal.campaign.title": "Stand der Kampagne",
  "portal.campaign.deadline": "Frist",
  "portal.pledges.title": "Ihre Zusagen",
  "portal.pledges.empty.title": "Noch keine Zusage erfasst",
  "portal.pledges.empty.text":
    "Sobald das Organisationsteam Ihre Zusage erfasst hat, erscheint sie hier mit Zahlungen und Ratenplan.",
  "portal.pledge.date": "Zusage vom {date}",
  "portal.pledge.counts": "Zählt zu den Eigenmitteln: {amount}",
  "portal.pledge.countsInKind": "Zählt zu den Eigenmitteln mit {amount} (Sachleistungen zählen zu {percent} %)",
  "portal.pledge.intent": "Zählt noch nicht: Eine Absichtserklärung zählt erst, wenn sie verbindlich zugesagt ist.",
  "portal.pledge.withdrawn": "Zählt nicht: Die Zusage wurde zurückgezogen.",
  "portal.payments.title": "Zahlungen",
  "portal.payments.none": "Noch keine Zahlung eingegangen.",
  "portal.payments.received": "Eingegangen: {received} von {total}",
  "portal.schedule.title": "Ratenplan",
  "portal.schedule.caption": "Raten dieser Zusage mit Fälligkeit und Zahlungsstand",
  "portal.schedule.due": "Fällig am",
  "portal.schedule.number": "Rate {number}",
  "portal.schedule.amount": "Betrag",
  "portal.schedule.paid": "Bezahlt",
  "portal.schedule.paidInFull": "bezahlt",
  "portal.schedule.overdue": "überfällig",
  "portal.schedule.open": "offen",
  "portal.raised.title": "Über Sie eingeworben",
  "portal.raised.summary.one":
    "Sie haben {count} Zusage eines anderen Sponsors eingeworben: {total}, davon {counted} gezählt.",
  "portal.raised.summary.other":
    "Sie haben {count} Zusagen anderer Sponsoren eingeworben: zusammen {total}, davon {counted} gezählt.",

  "listing.title": "Öffentliche Nennung",
  "listing.question": "Dürfen wir Sie auf der öffentlichen Seite der Kampagne nennen?",
  "listing.hidden.hint": "Sie werden nicht genannt; Ihr Beitrag zählt trotzdem in den Gesamtzahlen.",
  "listing.name.hint": "Ihr Name erscheint in der Liste der Unterstützer, ohne Betrag.",
  "listing.name_and_amount.hint": "Ihr Name und Ihr gezählter Betrag erscheinen in der Liste der Unterstützer.",
  "listing.submit": "Einstellung speichern",
  "listing.saved": "Ihre Einstellung ist gespeichert: {listing}.",
  "listing.error": "Ihre Einstellung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.",
  "listing.publicOn": "Die Kampagne zeigt eine öffentliche Seite.",
  "listing.publicOff":
    "Die Kampagne hat derzeit keine öffentliche Seite. Ihre Einstellung gilt, sobald sie eingeschaltet wird.",
  "listing.viewPublic": "Öffentliche Seite ansehen",

  "public.error": "Die öffentliche Seite konnte nicht geladen werden.",
  "public.notPublic.title": "Diese Seite ist nicht öffentlich",
  "public.notPublic.text": "Für diese Kampagne ist keine öffentliche Seite freigeschaltet – oder es gibt sie nicht.",
  "public.supporters.title": "Unterstützer",
  "public.supporters.intro.one": "{count} Unterstützer hat einer öffentlichen Nennung zugestimmt.",
  "public.supporters.intro.other": "{count} Unterstützer haben einer öffentlichen Nennung zugestimmt.",
  "public.supporters.empty": "Noch hat niemand einer öffentlichen Nennung zugestimmt.",
  "publicPage.label": "Öffentliche Seite",
  "publicPage.view": "Öffentliche Seite ansehen",
  "publicPage.offHint": "ausgeschaltet",
  "publicPage.on": "Die öffentliche Seite ist eingeschaltet.",
  "publicPage.off": "Die öffentliche Seite ist ausgeschaltet.",
  "publicPage.conflict":
    "Jemand anderes hat die Kampagne inzwischen geändert. Der aktuelle Stand wurde geladen – bitte prüfen Sie ihn und versuchen Sie es erneut.",
  "publicPage.embed.summary": "Funding-Barometer einbetten",
  "publicPage.embed.label": "HTML zum Einfügen in Ihre Website",
  "publicPage.embed.hint": "Zeigt den Stand live, solange die öffentliche Seite eingeschaltet ist.",
  "publicPage.embed.preview": "Vorschau öffnen",

  "copy.button": "Kopieren",
  "copy.done": "In die Zwischenablage kopiert.",
  "copy.manual":
    "Automatisches Kopieren ist hier nicht möglich. Der Text ist markiert – bitte mit Strg+C (Mac: ⌘+C) kopieren.",

  "portal.attachments.title": "Unterlagen",
  "portal.attachments.none": "Zu dieser Zusage sind keine Unterlagen hinterlegt.",
  "portal.attachments.error": "Die Unterlagen konnten nicht geladen werden.",
  "portal.attachments.meta": "{type}, {size}, vom {date}",
  "portal.attachments.download": "Herunterladen",
  "portal.attachments.download.label": "{name} herunterladen",
};
