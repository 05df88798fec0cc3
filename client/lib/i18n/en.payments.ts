// English strings of the payments page (bank statements, the review queue); spread into `en`.
import type { dePayments } from "./de.payments";

export const enPayments: Record<keyof typeof dePayments, string> = {
  "nav.payments": "Payments",
  "payments.title": "Money in",
  "payments.intro":
    "Read bank statements: transfers with one clear reference are booked at once, everything else waits here for you to assign it.",
  "payments.export": "Export payments",
  "payments.import.title": "Read a bank statement",
  "payments.import.hint":
    "camt.053 (.xml or .zip), MT940 (.sta) or the bank's CSV (Sparkasse CSV-CAMT V2, or columns date;amount;text;name;iban). Bookings read before are recognised and never booked twice.",
  "payments.import.choose": "Choose file",
  "payments.import.working": "Reading the file …",
  "payments.import.read.one": "{count} credit read",
  "payments.import.read.other": "{count} credits read",
  "payments.import.wouldBook": "{count} would be booked at once (clear reference)",
  "payments.import.wouldWait": "{count} would wait for review",
  "payments.import.known": "{count} were read before",
  "payments.import.book": "Book now",
  "payments.import.cancel": "Discard",
  "payments.import.done": "Statement booked: {booked} booked at once, {waiting} for review.",
  "payments.import.tooLarge": "The file is too large (at most {size}). Export a shorter period.",
  "payments.import.unsupported":
    "This file is no bank statement the app reads: camt.053 (.xml, .zip), MT940 (.sta) or CSV.",
  "payments.review.title": "To review",
  "payments.review.loadFailed": "The credits to review could not be loaded.",
  "payments.review.empty": "Nothing to review",
  "payments.review.empty.hint": "Every credit read has been booked or dealt with.",
  "payments.review.noPayer": "Payer unknown",
  "payments.review.noText": "(no remittance text)",
  "payments.review.suggestion": "Suggested: {reference} · {sponsor} · open {open}",
  "payments.reason.several_references": "The text names several references.",
  "payments.reason.not_confirmed": "The pledge is not binding yet (or withdrawn).",
  "payments.reason.already_paid": "The pledge is paid in full already.",
  "payments.reason.more_than_open": "The amount is more than what is open of the pledge.",
  "payments.reason.date_out_of_range":
    "The booking date does not fit the pledge (before its date or outside the period).",
  "payments.reason.hand_payment_nearby":
    "An equal payment was typed in by hand within ten days: possibly the same one.",
  "payments.reason.conflicts_with_history":
    "The payment does not fit the pledge's history: it was not binding yet on the booking day, or a later change stands in the way.",
  "payments.reason.known_iban": "No reference, but from a known account and exactly an open installment.",
  "payments.reason.unknown_reference": "The reference named belongs to no pledge of this campaign.",
  "payments.reason.no_reference": "No reference in the remittance text.",
  "payments.assign.toSuggestion": "Assign to {reference}",
  "payments.assign.other": "Another pledge …",
  "payments.assign.search": "Search sponsor",
  "payments.assign.pledge": "Pledge",
  "payments.assign.choose": "Please choose",
  "payments.assign.none": "No binding pledge found",
  "payments.assign.open": "open {amount}",
  "payments.assign.toChosen": "Assign to the pledge chosen",
  "payments.assign.done": "{amount} booked as a payment of {reference}.",
  "payments.dismiss": "Not our money",
  "payments.dismiss.done": "Marked as not the campaign's.",
};
