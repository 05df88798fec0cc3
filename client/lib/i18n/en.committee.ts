// English strings of the committee's views; the same keys as de.committee.ts.
import type { deCommittee } from "./de.committee";

export const enCommittee: Record<keyof typeof deCommittee, string> = {
  "committee.report": "Report",

  "chart.bars.day": "Change per day",
  "chart.bars.week": "Change per week",
  "chart.projectionLine": "Projection",
  "chart.weekly": "The history is long: the chart sums it up in weeks (from Monday).",
  "chart.summaryProjection": "At the current pace, {amount} are expected by {deadline}.",
  "chart.table.week": "Week from",
  "chart.table.increase": "Change",

  "projection.title": "Projection to the deadline",
  "projection.pace": "Pace per day (average of the last 14 days)",
  "projection.required": "Pace needed per day",
  "projection.projected": "Projected at the deadline",
  "projection.reachDate": "Target expected to be reached on",
  "projection.reachedOn": "Target reached on",
  "projection.notByDeadline": "not by the deadline",
  "projection.onTrack": "At the current pace the target will be reached in time.",
  "projection.offTrack": "At the current pace, {amount} will still be missing at the deadline.",
  "projection.targetReached": "The target has already been reached.",
  "projection.none.history": "Not enough history for a projection (less than 7 days).",
  "projection.none.deadline": "The deadline has passed – there is no projection any more.",
  "projection.none.lastDay": "The deadline is today – there is no projection any more.",
  "projection.none.empty": "No binding pledges yet – there is no projection yet.",
  "projection.explain":
    "Pace: growth of the counted own funds over the last 14 days divided by 14, carried forward to the deadline.",

  "missing.items": "Still missing: {items}",
  "missing.amount": "{amount} of binding own funds",
  "missing.publicShare": "the share of public money is {points} percentage points above the cap",
  "missing.allMet": "All conditions are met",
  "missing.deadline.open.one": "the deadline is in {count} day",
  "missing.deadline.open.other": "the deadline is in {count} days",
  "missing.deadline.today": "the deadline is today",
  "missing.deadline.past.one": "the deadline passed {count} day ago",
  "missing.deadline.past.other": "the deadline passed {count} days ago",

  "rulesEdit.open": "Edit rules",
  "rulesEdit.title": "Edit the campaign's rules",
  "rulesEdit.target": "Target (own funds)",
  "rulesEdit.inKind": "In-kind contributions count at %",
  "rulesEdit.inKind.hint": "A whole number from 0 to 100; 100 = counted in full.",
  "rulesEdit.minSponsors": "Minimum number of sponsors",
  "rulesEdit.minSponsors.hint": "Leave empty = no minimum.",
  "rulesEdit.maxPublic": "Maximum share of public money in %",
  "rulesEdit.maxPublic.hint": "Leave empty = no cap. At most two decimals, e.g. 33.5.",
  "rulesEdit.deadline": "Deadline",
  "rulesEdit.submit": "Save rules",
  "rulesEdit.saved": "The rules have been saved.",
  "rulesEdit.conflict":
    "Someone else changed the campaign meanwhile. The form now shows the current values – please check them and save again.",
  "rulesEdit.error.inKind": "Please enter a whole number from 0 to 100.",
  "rulesEdit.error.minSponsors": "Please enter a whole number from 1, or leave the field empty.",
  "rulesEdit.error.maxPublic":
    "Please enter a number from 0 to 100 with at most two decimals, or leave the field empty.",
  "rulesEdit.error.deadline": "Please enter a valid date.",
  "rulesEdit.error.deadlineBeforeWindow": "The deadline cannot be before the start of the collection window ({date}).",

  "live.on": "Live",
  "live.connecting": "Connecting …",
  "live.lost": "Connection lost – reconnecting",
  "live.explain": "The figures update by themselves as soon as someone changes something.",

  "asOf.label": "As of",
  "asOf.past": "You are looking at the figures as they stood at the end of {date}. Live updates are off.",
  "asOf.backToToday": "Back to today",

  "compare.money": "{sign} {amount} vs. last week",
  "compare.count": "{sign}{count} vs. last week",
  "compare.same": "unchanged vs. last week",
  "compare.explain": "Compared with the figures of {date}",
};
