// Corrections: editing a pledge and undoing its last change. Both append an event with
// before and after (other fields in `changes`); nothing is deleted, an undone payment gets
// a reversal row. The schedule is rebuilt so it always sums to the amount, payments kept.
import { desc, eq } from "drizzle-orm";
import { campaigns, payments, pledgeEvents, type Pledge, type Sponsor } from "../../db/schema";
import { decideAmountChange } from "../domain/pledgeRules";
import { decideSchedule, rescheduleAmount, type PlannedInstallment } from "../domain/schedule";
import { cancelledEvents, changesOf, type TimelineEvent } from "../domain/pledgeTimeline";
import { changePledge } from "./events";
import {
  assertFields,
  checkPledgeDate,
  businessDateFor,
  insertPayment,
  loadForChange,
  contributionOf,
  sponsorOf,
  type AccessCheck,
  type Actor,
} from "./pledges";
import { currentPlan } from "./scheduleFigures";
import { readSchedule } from "../queries/schedules";
import { writeSchedule } from "./schedules";
import type { Write } from "./tx";
import type { Contribution, PledgeType } from "../domain/codes";
import { badField, conflict, notFound, orConflict } from "../domain/errors";

export interface UpdatePledgeInput {
  pledgeId: number;
  expectedVersion: number;
  /** Business date from which a new amount or type counts (default today). */
  at?: string;
  reason?: string;
  sponsorId?: number;
  amountCents?: number;
  type?: PledgeType;
  pledgedAt?: string;
  conditional?: boolean;
  description?: string | null;
  raisedBySponsorId?: number | null;
  raisedByName?: string | null;
  note?: string | null;
  contribution?: Contribution;
  /** A donation has none (null); sponsoring keeps its rate unless a new one is given. */
  vatRatePercent?: number | null;
  waivesReimbursement?: boolean;
  schedule?: { dueOn: string; amountCents: number }[];
  /** Keeps a corrected pledge date more than 90 days after the deadline. */
  acceptUnusualDate?: boolean;
}

type Changes = Record<string, [unknown, unknown]>;
const FIGURE_FIELDS = new Set(["schedule", "amountCents", "type", "sponsorId"]);
const PLAIN_FIELDS = [
  "conditional",
  "description",
  "raisedBySponsorId",
  "raisedByName",
  "note",
  "waivesReimbursement",
] as const;

export function updatePledge(w: Write, actor: Actor, input: UpdatePledgeInput, check: AccessCheck): Pledge {
  const { pledge, sponsor } = loadForChange(w, input.pledgeId, input.expectedVersion, check);
  const campaign = w.tx.select().from(campaigns).where(eq(campaigns.id, pledge.campaignId)).get();
  if (!campaign) throw notFound("campaign");
  const changes: Changes = {};
  const next: Partial<Pledge> = {};
  for (const field of PLAIN_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== pledge[field]) {
      changes[field] = [pledge[field], value];
      Object.assign(next, { [field]: value });
    }
  }
  contributionChange(pledge, input, changes, next);
  const sponsorAfter = sponsorChange(w, pledge, sponsor, input.sponsorId, changes);
  if (sponsorAfter.id !== sponsor.id) next.sponsorId = sponsorAfter.id;
  if (input.raisedBySponsorId != null && !sponsorOf(w, pledge.campaignId, input.raisedBySponsorId))
    throw notFound("raising sponsor");
  // `null` clears a field: only a field left out keeps the pledge's value.
  const fieldAfter = <F extends keyof Pledge>(field: F): Pledge[F] =>
    field in next ? (next[field] as Pledge[F]) : pledge[field];
  const amountCents = input.amountCents ?? pledge.amountCents;
  const type = input.type ?? pledge.type;
  // The rules hold for the pledge as it will be, old fields and new ones together.
  assertFields({
    sponsorId: sponsorAfter.id,
    type,
    description: fieldAfter("description"),
    raisedBySponsorId: fieldAfter("raisedBySponsorId"),
    contribution: fieldAfter("contribution"),
    waivesReimbursement: fieldAfter("waivesReimbursement"),
  });
  const oldSchedule = readSchedule(w.tx, pledge, campaign);
  const schedule = nextSchedule(oldSchedule, input.schedule, amountCents, pledge.amountCents);
  if (JSON.stringify(schedule) !== JSON.stringify(oldSchedule)) changes.schedule = [oldSchedule, schedule];

  let at: string;
  if (input.pledgedAt !== undefined && input.pledgedAt !== pledge.pledgedAt) {
    checkPledgeDate(campaign, input.pledgedAt, input.pledgedAt, input.acceptUnusualDate, "pledgedAt");
    refuseDateAfterLaterChanges(w, pledge, input.pledgedAt);
    changes.pledgedAt = [pledge.pledgedAt, input.pledgedAt];
    next.pledgedAt = input.pledgedAt;
    at = input.pledgedAt;
  } else {
    at = businessDateFor(pledge, input.at, actor.now);
  }
  // Dated after every other change, the new amount starts from the pledge as it is now.
  if (at >= pledge.lastEventAt) orConflict(decideAmountChange(pledge, amountCents));
  const op = {
    amountCents: amountCents !== pledge.amountCents ? amountCents : undefined,
    type: type !== pledge.type ? type : undefined,
  };
  if (op.amountCents === undefined && op.type === undefined && Object.keys(changes).length === 0) return pledge;
  if (changes.schedule) writeSchedule(w, pledge.id, schedule);
  const meta = {
    kind: "update" as const,
    at,
    userId: actor.userId,
    now: actor.now,
    reason: input.reason ?? null,
    changes,
    planBefore: oldSchedule,
  };
  return changePledge(w, pledge, op, meta, next);
}

/**
 * A pledge's date may move later only while no status move, payment or amount change of it is
 * dated before the new date: nothing happens to a pledge before it was made. One created as
 * paid keeps its date: its payment row carries that date.
 */
function refuseDateAfterLaterChanges(w: Write, pledge: Pledge, pledgedAt: string): void {
  const events = w.statements.eventsOf.all({ pledgeId: pledge.id }) as TimelineEvent[];
  const cancelled = cancelledEvents(events);
  for (const e of events) {
    if (cancelled.has(e.id)) continue;
    if (e.kind === "created" && e.receivedAfterCents !== 0)
      throw conflict("the pledge was created as paid on its date; undo its creation or record it anew");
    const movesFigures =
      e.kind === "status" ||
      e.kind === "payment" ||
      (e.kind === "update" && (e.amountBeforeCents !== e.amountAfterCents || "amountCents" in changesOf(e)));
    if (movesFigures && e.at < pledgedAt)
      throw conflict(`the pledge date may not move past its ${e.kind} dated ${e.at} (event ${e.id})`);
  }
}

/** Undoes the pledge's last change, whatever it was, through a new event. */
export function undoLastChange(
  w: Write,
  actor: Actor,
  input: { pledgeId: number; expectedVersion: number; reason?: string },
  check: AccessCheck,
): Pledge {
  const { pledge, sponsor } = loadForChange(w, input.pledgeId, input.expectedVersion, check);
  const last = w.tx
    .select()
    .from(pledgeEvents)
    .where(eq(pledgeEvents.pledgeId, pledge.id))
    .orderBy(desc(pledgeEvents.id))
    .limit(1)
    .get();
  if (!last) throw notFound("pledge event");
  const undone: Changes = last.changes ? JSON.parse(last.changes) : {};
  const restore: Changes = Object.fromEntries(
    Object.entries(undone).map(([field, [before, after]]) => [field, [after, before]]),
  );
  // The figures (amount, type, status, sponsor) follow from the replay without the undone event.
  const next: Partial<Pledge> = Object.fromEntries(
    Object.entries(restore)
      .filter(([field]) => !FIGURE_FIELDS.has(field))
      .map(([field, [, value]]) => [field, value]),
  );
  const sponsorAfter = restore.sponsorId ? sponsorOf(w, pledge.campaignId, restore.sponsorId[1] as number) : sponsor;
  // The sponsor the pledge came from may have been merged since (a merge's own move included):
  // it takes no pledges any more, so the move cannot be undone.
  if (!sponsorAfter)
    throw conflict("the pledge's former sponsor was merged into another; move the pledge with pledge.update instead");

  const planBefore = currentPlan(w, pledge.id);
  if (restore.schedule) writeSchedule(w, pledge.id, restore.schedule[1] as PlannedInstallment[]);
  // A payment (or a reversal) is undone by a reversal row of the opposite amount.
  const undonePayment = last.paymentId
    ? (w.tx.select().from(payments).where(eq(payments.id, last.paymentId)).get() ?? null)
    : null;
  const reversal = undonePayment
    ? insertPayment(w, pledge, -undonePayment.amountCents, undonePayment.paidAt, actor, undonePayment.id)
    : null;
  const meta = {
    kind: "undo" as const,
    at: last.at,
    userId: actor.userId,
    now: actor.now,
    reason: input.reason ?? null,
    changes: restore,
    undoesEventId: last.id,
    paymentId: reversal?.id ?? null,
    planBefore,
  };
  return changePledge(w, pledge, {}, meta, next);
}

/**
 * Donation or sponsoring, and the rate, as plain fields of the change (recorded in `changes`,
 * restored by an undo). A move to donation drops the rate; one to sponsoring takes 19 unless
 * given. The figures do not follow them here.
 */
function contributionChange(pledge: Pledge, input: UpdatePledgeInput, changes: Changes, next: Partial<Pledge>): void {
  if (input.contribution === undefined && input.vatRatePercent === undefined) return;
  const contribution = input.contribution ?? pledge.contribution;
  const keptRate = contribution === pledge.contribution ? pledge.vatRatePercent : null;
  const rate = input.vatRatePercent === undefined ? keptRate : input.vatRatePercent;
  assertFields({ contribution, vatRatePercent: contribution === "donation" ? input.vatRatePercent : rate });
  const after = contributionOf(contribution, rate);
  for (const field of ["contribution", "vatRatePercent"] as const) {
    if (after[field] === pledge[field]) continue;
    changes[field] = [pledge[field], after[field]];
    Object.assign(next, { [field]: after[field] });
  }
}

function sponsorChange(
  w: Write,
  pledge: Pledge,
  sponsor: Sponsor,
  sponsorId: number | undefined,
  changes: Changes,
): Sponsor {
  if (sponsorId === undefined || sponsorId === pledge.sponsorId) return sponsor;
  const other = sponsorOf(w, pledge.campaignId, sponsorId);
  if (!other) throw notFound("sponsor");
  changes.sponsorId = [pledge.sponsorId, sponsorId];
  return other;
}

function nextSchedule(
  old: PlannedInstallment[],
  given: UpdatePledgeInput["schedule"],
  amountCents: number,
  oldAmountCents: number,
): PlannedInstallment[] {
  if (given) {
    const decided = decideSchedule(given, amountCents);
    if (!decided.ok) throw badField("schedule", decided.reason);
    return decided.value;
  }
  return amountCents === oldAmountCents ? old : rescheduleAmount(old, amountCents);
}
