// English strings of the sponsor portal and the public page: the same keys as de.portal.ts.
import type { dePortal } from "./de.portal";

export const enPortal: Record<keyof typeof dePortal, string> = {
  "portal.greeting": "Hello, {name}",
  "portal.intro": "Your overview of your contributions to the campaign “{campaign}”.",
  "portal.error": "Your overview could not be loaded.",
  "portal.sessionEnded": "Your session has ended. Please open your link again.",
  "portal.noSession.title": "Please open your personal link",
  "portal.signedOut.title": "You have signed out",
  "portal.noSession.text":
    "You open your sponsor portal through the personal link the organisers of your campaign sent you. If the link has expired, ask them for a new one.",
  "portal.noSession.staff": "Part of the campaign team?",
  "portal.noSession.staffLink": "Sign in",

  "leverage.title": "What your contribution does",
  "leverage.eligible":
    "Your {amount} of binding own funds carry {share} of the counted own funds and unlock {unlocked} of state funding.",
  "leverage.pending":
    "Your {amount} of binding own funds carry {share} of the counted own funds and will unlock {unlocked} of state funding once the campaign qualifies.",
  "leverage.share": "Your {amount} of binding own funds carry {share} of the counted own funds.",
  "leverage.cap":
    "State funding is capped at {cap}, and the cap has been reached – so each euro unlocks less than the 1\u00a0:\u00a0{ratio} ratio.",
  "leverage.capped.eligible": "Your share unlocks {unlocked} of state funding.",
  "leverage.capped.pending": "Your share will unlock {unlocked} of state funding once the campaign qualifies.",
  "leverage.intent": "Your letter of intent for {amount} counts only once it is a binding pledge.",
  "leverage.withdrawn": "Your pledge was withdrawn and does not count toward the own funds.",
  "leverage.none":
    "No pledge has been recorded for you yet. Once you pledge, you will see here what your contribution unlocks.",
  "leverage.inKindNotCounted":
    "This campaign does not count your in-kind contribution toward the own funds, so it unlocks no state funding.",
  "leverage.rejected": "The application was rejected: no state funding will flow.",
  "leverage.figure.counted": "Your counted own funds",
  "leverage.figure.share": "Your share of the own funds",
  "leverage.figure.unlocked": "State funding unlocked by you",
  "leverage.figure.unlockable": "State funding you unlock once the campaign qualifies",

  "portal.campaign.title": "Where the campaign stands",
  "portal.campaign.deadline": "Deadline",
  "portal.pledges.title": "Your pledges",
  "portal.pledges.empty.title": "No pledge recorded yet",
  "portal.pledges.empty.text":
    "Once the organisers have recorded your pledge, it shows here with its payments and installments.",
  "portal.pledge.date": "Pledged on {date}",
  "portal.pledge.counts": "Counts toward the own funds: {amount}",
  "portal.pledge.countsInKind": "Counts toward the own funds with {amount} (in-kind contributions count at {percent}%)",
  "portal.pledge.intent": "Does not count yet: a letter of intent counts only once it is a binding pledge.",
  "portal.pledge.withdrawn": "Does not count: the pledge was withdrawn.",
  "portal.payments.title": "Payments",
  "portal.payments.none": "No payment received yet.",
  "portal.payments.received": "Received: {received} of {total}",
  "portal.schedule.title": "Installments",
  "portal.schedule.caption": "This pledge's installments with due dates and payments",
  "portal.schedule.due": "Due on",
  "portal.schedule.number": "Installment {number}",
  "portal.schedule.amount": "Amount",
  "portal.schedule.paid": "Paid",
  "portal.schedule.paidInFull": "paid",
  "portal.schedule.overdue": "overdue",
  "portal.schedule.open": "open",
  "portal.raised.title": "Raised through you",
  "portal.raised.summary.one": "You raised {count} pledge from another sponsor: {total}, of which {counted} counts.",
  "portal.raised.summary.other":
    "You raised {count} pledges from other sponsors: {total} in all, of which {counted} counts.",

  "listing.title": "Public listing",
  "listing.question": "May we name you on the campaign's public page?",
  "listing.hidden.hint": "You are not named; your contribution still counts in the totals.",
  "listing.name.hint": "Your name appears in the list of supporters, without an amount.",
  "listing.name_and_amount.hint": "Your name and your counted amount appear in the list of supporters.",
  "listing.submit": "Save setting",
  "listing.saved": "Your setting is saved: {listing}.",
  "listing.error": "Your setting could not be saved. Please try again.",
  "listing.publicOn": "The campaign shows a public page.",
  "listing.publicOff": "The campaign has no public page at the moment. Your setting applies once it is switched on.",
  "listing.viewPublic": "View the public page",

  "public.error": "The public page could not be loaded.",
  "public.notPublic.title": "This page is not public",
  "public.notPublic.text": "This campaign has no public page switched on – or it does not exist.",
  "public.supporters.title": "Supporters",
  "public.supporters.intro.one": "{count} supporter agreed to be named publicly.",
  "public.supporters.intro.other": "{count} supporters agreed to be named publicly.",
  "public.supporters.empty": "No one has agreed to be named publicly yet.",
  "publicPage.label": "Public page",
  "publicPage.view": "View the public page",
  "publicPage.offHint": "switched off",
  "publicPage.on": "The public page is switched on.",
  "publicPage.off": "The public page is switched off.",
  "publicPage.conflict":
    "Someone else has changed the campaign in the meantime. The current state has been loaded – please check it and try again.",
  "publicPage.embed.summary": "Embed the funding barometer",
  "publicPage.embed.label": "HTML to paste into your website",
  "publicPage.embed.hint": "Shows the figures live while the public page is switched on.",
  "publicPage.embed.preview": "Open preview",

  "copy.button": "Copy",
  "copy.done": "Copied to the clipboard.",
  "copy.manual":
    "Copying automatically is not possible here. The text is selected – please copy it with Ctrl+C (Mac: ⌘+C).",

  "portal.attachments.title": "Documents",
  "portal.attachments.none": "No documents are on file for this pledge.",
  "portal.attachments.error": "The documents could not be loaded.",
  "portal.attachments.meta": "{type}, {size}, from {date}",
  "portal.attachments.download": "Download",
  "portal.attachments.download.label": "Download {name}",
};
