// English strings of the follow-up; the same keys as de.followUp.ts.
import type { deFollowUp } from "./de.followUp";

export const enFollowUp: Record<keyof typeof deFollowUp, string> = {
  "nav.calls": "Call list",
  "followUp.title": "My call list",
  "followUp.intro": "Your sponsors who are due now – the longest waiting first.",
  "followUp.loadFailed": "The call list could not be loaded.",
  "followUp.empty": "Nobody is due today",
  "followUp.empty.hint": "Sponsors assigned to you appear here once their next contact is today or earlier.",
  "followUp.due": "due since {date}",
  "followUp.last": "Last: {date}, {channel}",
  "followUp.last.none": "No contact logged yet.",
  "followUp.intents": "Open intents: {amount}",
  "followUp.channel.phone": "Phone",
  "followUp.channel.email": "E-mail",
  "followUp.channel.meeting": "Meeting",
  "followUp.channel.letter": "Letter",
  "followUp.log.open": "Log a contact",
  "followUp.log.title": "Log a contact",
  "followUp.log.at": "Date",
  "followUp.log.channel": "How",
  "followUp.log.note": "Note",
  "followUp.log.next": "Next contact",
  "followUp.log.next.hint": "Leave empty when nothing is planned.",
  "followUp.log.save": "Save",
};
