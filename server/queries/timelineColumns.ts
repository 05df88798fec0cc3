// The columns of pledge_events a pledge's replay reads (domain/pledgeTimeline.ts TimelineEvent),
// shared by the ledger's writes and the past-day reads so they replay the same thing.
import { pledgeEvents, pledges } from "../../db/schema";

export const TIMELINE_COLUMNS = {
  id: pledgeEvents.id,
  kind: pledgeEvents.kind,
  at: pledgeEvents.at,
  statusAfter: pledgeEvents.statusAfter,
  amountBeforeCents: pledgeEvents.amountBeforeCents,
  amountAfterCents: pledgeEvents.amountAfterCents,
  typeBefore: pledgeEvents.typeBefore,
  typeAfter: pledgeEvents.typeAfter,
  receivedBeforeCents: pledgeEvents.receivedBeforeCents,
  receivedAfterCents: pledgeEvents.receivedAfterCents,
  changes: pledgeEvents.changes,
  undoesEventId: pledgeEvents.undoesEventId,
};

/** The columns of pledges a replay reads beside the events: its origin (originOf) and VAT rate. */
export const ORIGIN_COLUMNS = {
  id: pledges.id,
  pledgedAt: pledges.pledgedAt,
  sponsorId: pledges.sponsorId,
  contribution: pledges.contribution,
  vatRatePercent: pledges.vatRatePercent,
};
