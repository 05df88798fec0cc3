// Corrections: editing a pledge and undoing its last change. Both append an event with
// before and after (other fields in `changes`); nothing is deleted, an undone payment gets
// a reversal row. The schedule is rebuilt so it always sums to the amount, payments kept.
import { desc, eq } from "drizzle-orm";
import { campaigns, payments, pledgeEvents, type Pledge, type Sponsor } from "../../db/schema";
import { decideAmountChange } from "../domain/pledgeRules";
import { decideSchedule, rescheduleAmount, type PlannedInstallment } from "../domain/schedule";
import { changePledge, moveFigures, type PledgeFigures } from "./events";
import {
  assertFields,
  checkPledgeDate,
  businessDateFor,
  figuresOf,
  insertPayment,
  loadForChange,
  sponsorOf,
  type AccessCheck,
  type Actor,
} from "./pledges";
import { currentPlan, movePlan } from "./scheduleFigures";
import { readSchedule } from "../queries/schedules";
import { writeSchedule } from "./schedules";
import type { Write } from "./tx";
import { isBinding, type PledgeType } from "../domain/codes";
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
  schedule?: { dueOn: string; amountCents: number }[];
  /** Keeps a corrected pledge date more than 90 days after the deadline. */
  acceptUnusualDate?: boolean;
}

type Changes = Record<string, [unknown, unknown]>;
const PLAIN_FIELDS = ["conditional", "description", "raisedBySponsorId", "raisedByName", "note"] as const;

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
  });
  const status = orConflict(decideAmountChange(pledge, amountCents));
  const after: PledgeFigures = { status, amountCents, type, receivedCents: pledge.receivedCents };

  const oldSchedule = readSchedule(w.tx, pledge, campaign);
  const schedule = nextSchedule(oldSchedule, input.schedule, amountCents, pledge.amountCents);
  if (JSON.stringify(schedule) !== JSON.stringify(oldSchedule)) changes.schedule = [oldSchedule, schedule];

  let at: string;
  if (input.pledgedAt !== undefined && input.pledgedAt !== pledge.pledgedAt) {
    // Only while every event of the pledge stands on its date: then its whole contribution moves.
    if (pledge.lastEventAt !== pledge.pledgedAt)
      throw conflict("the pledge date can only be corrected before any later change is dated");
    checkPledgeDate(campaign, input.pledgedAt, input.pledgedAt, input.acceptUnusualDate, "pledgedAt");
    // A payment row keeps its date (money rows are append-only): received money cannot move.
    if (pledge.receivedCents !== 0)
      throw conflict("the pledge date cannot be corrected once a payment is recorded; undo the payment first");
    moveFigures(w, pledge.campaignId, pledge.pledgedAt, input.pledgedAt, figuresOf(pledge), sponsor);
    if (isBinding(pledge.status)) movePlan(w, pledge.campaignId, pledge.pledgedAt, input.pledgedAt, pledge.id);
    changes.pledgedAt = [pledge.pledgedAt, input.pledgedAt];
    next.pledgedAt = input.pledgedAt;
    at = input.pledgedAt;
  } else {
    at = businessDateFor(pledge, input.at, actor.now);
  }
  const figuresChanged = JSON.stringify(after) !== JSON.stringify(figuresOf(pledge));
  if (!figuresChanged && Object.keys(changes).length === 0) return pledge;
  if (changes.schedule) writeSchedule(w, pledge.id, schedule);
  return changePledge(
    w,
    pledge,
    { ...next, ...after },
    sponsor,
    {
      kind: "update",
      at,
      userId: actor.userId,
      now: actor.now,
      reason: input.reason ?? null,
      changes,
      planBefore: oldSchedule,
    },
    sponsorAfter,
  );
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
  const next: Partial<Pledge> = Object.fromEntries(
    Object.entries(restore)
      .filter(([field]) => field !== "schedule")
      .map(([field, [, value]]) => [field, value]),
  );
  const sponsorAfter = restore.sponsorId ? sponsorOf(w, pledge.campaignId, restore.sponsorId[1] as number) : sponsor;
  // The sponsor the pledge came from may have been merged since (a merge's own move included):
  // it takes no pledges any more, so the move cannot be undone.
  if (!sponsorAfter)
    throw conflict("the pledge's former sponsor was merged into another; move the pledge with pledge.update instead");

  let at = last.at;
  if (restore.pledgedAt) {
    at = restore.pledgedAt[1] as string;
    moveFigures(w, pledge.campaignId, pledge.pledgedAt, at, figuresOf(pledge), sponsor);
    if (isBinding(pledge.status)) movePlan(w, pledge.campaignId, pledge.pledgedAt, at, pledge.id);
  }
  const planBefore = currentPlan(w, pledge.id);
  if (restore.schedule) writeSchedule(w, pledge.id, restore.schedule[1] as PlannedInstallment[]);
  // A payment (or a reversal) is undone by a reversal row of the opposite amount.
  const undonePayment = last.paymentId
    ? (w.tx.select().from(payments).where(eq(payments.id, last.paymentId)).get() ?? null)
    : null;
  const reversal = undonePayment
    ? insertPayment(w, pledge, -undonePayment.amountCents, undonePayment.paidAt, actor, undonePayment.id)
    : null;
  // Before its creation a pledge did not exist: undoing that withdraws it.
  const after: PledgeFigures =
    last.statusBefore === null
      ? {
          status: "withdrawn",
          amountCents: pledge.amountCents,
          type: pledge.type,
          receivedCents: pledge.receivedCents - (undonePayment?.amountCents ?? 0),
        }
      : {
          status: last.statusBefore,
          amountCents: last.amountBeforeCents ?? pledge.amountCents,
          type: last.typeBefore ?? pledge.type,
          receivedCents: last.receivedBeforeCents,
        };
  return changePledge(
    w,
    pledge,
    { ...next, ...after },
    sponsor,
    {
      kind: "undo",
      at,
      userId: actor.userId,
      now: actor.now,
      reason: input.reason ?? null,
      changes: restore,
      undoesEventId: last.id,
      paymentId: reversal?.id ?? null,
      planBefore,
    },
    sponsorAfter,
  );
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
