// The single place where a pledge changes: it writes the new pledge row (version + 1),
// appends the event, and adds the change to the per-day figures, all in the caller's
// transaction. Nothing else updates a pledge's money or status.
import { eq } from "drizzle-orm";
import { pledges, type Pledge, type Sponsor } from "../../db/schema";
import type { PlannedInstallment } from "../domain/schedule";
import { changePlan, currentPlan } from "./scheduleFigures";
import { refreshPresence } from "./sponsorPresence";
import type { Write } from "./tx";
import { type EventKind, isBinding, type PledgeStatus, type PledgeType } from "../domain/codes";

export interface ChangeMeta {
  kind: EventKind;
  at: string;
  userId: number | null;
  now: Date;
  reason?: string | null;
  paymentId?: number | null;
  /** Other fields the change touched: {field: [before, after]}. */
  changes?: Record<string, [unknown, unknown]> | null;
  undoesEventId?: number | null;
  /** The installments before this change, when the caller has just rewritten them. */
  planBefore?: readonly PlannedInstallment[];
}

/** The parts of a pledge that figures and history follow. */
export interface PledgeFigures {
  status: PledgeStatus;
  amountCents: number;
  type: PledgeType;
  receivedCents: number;
}

/**
 * Applies `after` (its figures and any other columns) to an existing pledge and records the
 * event. `sponsorAfter` differs from `sponsor` when the pledge moves to another sponsor.
 */
export function changePledge(
  w: Write,
  before: Pledge,
  after: PledgeFigures & Partial<Pledge>,
  sponsor: Sponsor,
  meta: ChangeMeta,
  sponsorAfter: Sponsor = sponsor,
): Pledge {
  const updated = w.tx
    .update(pledges)
    .set({ ...after, version: before.version + 1, lastEventAt: meta.at })
    .where(eq(pledges.id, before.id))
    .returning()
    .get();
  appendEvent(w, updated, before, figuresOf(after), sponsor, meta, sponsorAfter);
  const planAfter = currentPlan(w, before.id);
  const planBefore = meta.planBefore ?? planAfter;
  changePlan(
    w,
    before.campaignId,
    meta.at,
    isBinding(before.status) ? planBefore : [],
    isBinding(after.status) ? planAfter : [],
  );
  return updated;
}

/**
 * Moves a pledge's whole contribution from one day to another (its date was corrected while
 * every event of it stood on that one day), so past figures follow the corrected date.
 */
export function moveFigures(
  w: Write,
  campaignId: number,
  fromDay: string,
  toDay: string,
  f: PledgeFigures,
  sponsor: Sponsor,
): void {
  w.feed.touch(campaignId);
  addToDay(w, campaignId, fromDay, f, sponsor, -1);
  addToDay(w, campaignId, toDay, f, sponsor, +1);
  if (isBinding(f.status)) {
    addSponsorBinding(w, campaignId, sponsor.id, fromDay, -1);
    addSponsorBinding(w, campaignId, sponsor.id, toDay, +1);
    refreshPresence(w, campaignId, sponsor);
  }
}

function figuresOf(p: PledgeFigures): PledgeFigures {
  return { status: p.status, amountCents: p.amountCents, type: p.type, receivedCents: p.receivedCents };
}

/** Records the creation event of a freshly inserted pledge. */
export function recordCreation(w: Write, pledge: Pledge, sponsor: Sponsor, meta: ChangeMeta): void {
  appendEvent(w, pledge, null, pledge, sponsor, meta);
  if (isBinding(pledge.status)) changePlan(w, pledge.campaignId, meta.at, [], currentPlan(w, pledge.id));
}

function appendEvent(
  w: Write,
  pledge: Pledge,
  before: PledgeFigures | null,
  after: PledgeFigures,
  sponsor: Sponsor,
  meta: ChangeMeta,
  sponsorAfter: Sponsor = sponsor,
): void {
  w.statements.insertEvent.run({
    campaignId: pledge.campaignId,
    pledgeId: pledge.id,
    kind: meta.kind,
    at: meta.at,
    userId: meta.userId,
    createdAt: meta.now.getTime(),
    statusBefore: before?.status ?? null,
    statusAfter: after.status,
    amountBeforeCents: before?.amountCents ?? null,
    amountAfterCents: after.amountCents,
    typeBefore: before?.type ?? null,
    typeAfter: after.type,
    receivedBeforeCents: before?.receivedCents ?? 0,
    receivedAfterCents: after.receivedCents,
    paymentId: meta.paymentId ?? null,
    reason: meta.reason ?? null,
    changes: meta.changes && Object.keys(meta.changes).length > 0 ? JSON.stringify(meta.changes) : null,
    undoesEventId: meta.undoesEventId ?? null,
  });
  applyToFigures(w, pledge.campaignId, meta.at, before, after, sponsor, sponsorAfter);
}

/**
 * Adds one change to the per-day figures: `before` leaves its bucket and `after` enters its
 * own on day `at`. Live writes and the rebuild from events both come through here.
 */
export function applyToFigures(
  w: Write,
  campaignId: number,
  at: string,
  before: PledgeFigures | null,
  after: PledgeFigures,
  sponsor: Sponsor,
  sponsorAfter: Sponsor = sponsor,
): void {
  w.feed.touch(campaignId);
  if (before) addToDay(w, campaignId, at, before, sponsor, -1);
  addToDay(w, campaignId, at, after, sponsorAfter, +1);
  const bindingBefore = before && isBinding(before.status) ? 1 : 0;
  const bindingAfter = isBinding(after.status) ? 1 : 0;
  if (sponsorAfter.id !== sponsor.id) {
    if (bindingBefore) {
      addSponsorBinding(w, campaignId, sponsor.id, at, -1);
      refreshPresence(w, campaignId, sponsor);
    }
    if (bindingAfter) {
      addSponsorBinding(w, campaignId, sponsorAfter.id, at, +1);
      refreshPresence(w, campaignId, sponsorAfter);
    }
  } else if (bindingAfter !== bindingBefore) {
    addSponsorBinding(w, campaignId, sponsor.id, at, bindingAfter - bindingBefore);
    refreshPresence(w, campaignId, sponsor);
  }
}

function addToDay(w: Write, campaignId: number, day: string, f: PledgeFigures, sponsor: Sponsor, sign: 1 | -1): void {
  w.statements.addToDay.run({
    campaignId,
    day,
    status: f.status,
    type: f.type,
    sponsorKind: sponsor.kind,
    country: sponsor.country,
    amountCents: sign * f.amountCents,
    pledgeCount: sign,
    receivedCents: sign * f.receivedCents,
  });
}

function addSponsorBinding(w: Write, campaignId: number, sponsorId: number, day: string, delta: number): void {
  w.statements.addSponsorBinding.run({ campaignId, sponsorId, day, delta });
}
