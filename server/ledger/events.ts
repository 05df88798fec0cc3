// The single place where a pledge changes. An entry is an operation dated on its business
// day; the pledge's events are replayed in business order before and after it
// (domain/pledgeTimeline.ts), an entry that breaks the path is refused naming the event it
// clashes with, and only the difference between the two replays goes to the per-day figures.
// So a back-dated confirmation or payment counts from its own day, exactly. It writes the
// pledge row (version + 1), appends the event and the figures in the caller's transaction.
import { eq } from "drizzle-orm";
import { pledges, type Pledge } from "../../db/schema";
import type { EventKind, PledgeStatus, PledgeType } from "../domain/codes";
import { conflict } from "../domain/errors";
import { overdueFrom } from "../domain/overdue";
import {
  addContributions,
  emptyContributions,
  nonZero,
  originOf,
  type PlanItem,
  type PledgeState,
  replay,
  type Timeline,
  type TimelineEvent,
} from "../domain/pledgeTimeline";
import type { PlannedInstallment } from "../domain/schedule";
import { vatOfPayment, vatRateOf } from "../domain/vat";
import { lateFlag } from "./knownAtLog";
import { currentPlan } from "./scheduleFigures";
import { writeSchedule } from "./schedules";
import { sponsorBuckets, type SponsorBuckets } from "./sponsorBuckets";
import { refreshPresence } from "./sponsorPresence";
import type { Write } from "./tx";

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

/** What an entry does to the figures: the operation the replay applies on its day. */
export interface Operation {
  status?: PledgeStatus;
  paymentCents?: number;
  amountCents?: number;
  type?: PledgeType;
}

/** The parts of a pledge that figures and history follow. */
export interface PledgeFigures {
  status: PledgeStatus;
  amountCents: number;
  type: PledgeType;
  receivedCents: number;
}

/** A placeholder id for the entry being decided: it is recorded after every event there is. */
const PENDING = Number.MAX_SAFE_INTEGER;

/**
 * Records `op` on the pledge, dated `meta.at`, with `fields` (other columns) written beside.
 * Returns the pledge as its replay leaves it.
 */
export function changePledge(
  w: Write,
  pledge: Pledge,
  op: Operation,
  meta: ChangeMeta,
  fields: Partial<Pledge> = {},
): Pledge {
  const events = w.statements.eventsOf.all({ pledgeId: pledge.id }) as TimelineEvent[];
  const planBefore = meta.planBefore ?? currentPlan(w, pledge.id);
  const before = replay(events, originOf(events, { ...pledge, plan: planBefore, vatRatePercent: vatRateOf(pledge) }));
  const entry = pendingEvent(op, meta);
  const all = [...events, entry];
  // A corrected contribution (donation or sponsoring, its rate) re-reads the whole pledge.
  const after = replay(
    all,
    originOf(all, {
      ...pledge,
      pledgedAt: fields.pledgedAt ?? pledge.pledgedAt,
      plan: planBefore,
      vatRatePercent: vatRateOf({ ...pledge, ...fields }),
    }),
  );
  refuseNewClash(before, after, meta.kind);

  const step = after.steps.find((s) => s.event === entry);
  const stateBefore = step?.before ?? before.final;
  const stateAfter = step?.after ?? after.final;
  insertEvent(w, pledge, meta, stateBefore, stateAfter, withOperation(meta.changes, op, stateBefore));
  const final = after.final;
  // The plan first: the pledge keeps the first due date its payments leave uncovered.
  keepPlan(w, pledge.id, final.plan);
  const updated = w.tx
    .update(pledges)
    .set({
      ...fields,
      status: final.status,
      amountCents: final.amountCents,
      type: final.type,
      receivedCents: final.receivedCents,
      sponsorId: final.sponsorId,
      version: pledge.version + 1,
      lastEventAt: meta.at > pledge.lastEventAt ? meta.at : pledge.lastEventAt,
      overdueFrom: overdueFrom(currentPlan(w, pledge.id), final.receivedCents),
    })
    .where(eq(pledges.id, pledge.id))
    .returning()
    .get();
  writeDifference(w, pledge.campaignId, after, before, meta.now.getTime());
  return updated;
}

/** Records the creation event of a freshly inserted pledge and what it adds to its day. */
export function recordCreation(w: Write, pledge: Pledge, meta: ChangeMeta): void {
  const state: PledgeState = {
    ...figuresOf(pledge),
    sponsorId: pledge.sponsorId,
    plan: currentPlan(w, pledge.id),
    vatRatePercent: vatRateOf(pledge),
    receivedVatCents: vatOfPayment(pledge.receivedCents, vatRateOf(pledge)),
  };
  insertEvent(w, pledge, meta, null, state, meta.changes ?? null);
  const timeline: Timeline = {
    steps: [{ event: pendingEvent({}, meta), day: pledge.pledgedAt, before: null, after: state }],
    final: state,
    clash: null,
  };
  writeDifference(w, pledge.campaignId, timeline, null, meta.now.getTime());
}

/** The entry as the replay reads it, before it has an id. */
function pendingEvent(op: Operation, meta: ChangeMeta): TimelineEvent {
  const changes = { ...(meta.changes ?? {}) };
  if (op.amountCents !== undefined) changes.amountCents = [null, op.amountCents];
  if (op.type !== undefined) changes.type = [null, op.type];
  return {
    id: PENDING,
    kind: meta.kind,
    at: meta.at,
    statusAfter: op.status ?? "intent",
    amountBeforeCents: null,
    amountAfterCents: op.amountCents ?? 0,
    typeBefore: null,
    typeAfter: op.type ?? "cash",
    receivedBeforeCents: 0,
    receivedAfterCents: op.paymentCents ?? 0,
    changes: Object.keys(changes).length > 0 ? JSON.stringify(changes) : null,
    undoesEventId: meta.undoesEventId ?? null,
  };
}

/** The stored changes name the amount and type the entry sets, with their value on its day. */
function withOperation(
  changes: ChangeMeta["changes"],
  op: Operation,
  before: PledgeState,
): Record<string, [unknown, unknown]> | null {
  const out = { ...(changes ?? {}) };
  if (op.amountCents !== undefined) out.amountCents = [before.amountCents, op.amountCents];
  if (op.type !== undefined) out.type = [before.type, op.type];
  return Object.keys(out).length > 0 ? out : null;
}

/** An entry the path does not allow is a CONFLICT naming the event it clashes with. */
function refuseNewClash(before: Timeline, after: Timeline, kind: EventKind): void {
  const clash = after.clash;
  if (!clash || (before.clash && before.clash.event.id === clash.event.id)) return;
  // The new entry itself clashes: name the change that set the state before it, or, with
  // none, the first one after it (a payment before the confirmation it needs).
  const next = after.steps.find((_, i) => i > 0 && after.steps[i - 1].event.id === PENDING)?.event;
  const other = clash.event.id === PENDING ? (clash.previous ?? next) : clash.event;
  const named = other ? `the ${describe(other)}` : "the pledge as it was created";
  const what = kind === "undo" ? "undoing this change" : "this change";
  throw conflict(`${what} breaks the pledge's path: ${clash.reason}; it clashes with ${named}`);
}

function describe(e: TimelineEvent): string {
  const what = e.kind === "status" ? `move to ${e.statusAfter}` : e.kind;
  return `${what} dated ${e.at} (event ${e.id})`;
}

function insertEvent(
  w: Write,
  pledge: Pledge,
  meta: ChangeMeta,
  before: PledgeState | null,
  after: PledgeState,
  changes: Record<string, [unknown, unknown]> | null,
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
    changes: changes && Object.keys(changes).length > 0 ? JSON.stringify(changes) : null,
    undoesEventId: meta.undoesEventId ?? null,
  });
}

/** The installments follow the replay: a back-dated plan does not replace a later-dated one. */
function keepPlan(w: Write, pledgeId: number, plan: readonly PlanItem[]): void {
  const stored = currentPlan(w, pledgeId);
  if (stored.length === 0 && plan.length === 0) return;
  const same = (a: readonly PlanItem[], b: readonly PlanItem[]) =>
    a.length === b.length && a.every((x, i) => x.dueOn === b[i].dueOn && x.amountCents === b[i].amountCents);
  if (stored.length > 0 && !same(stored, plan) && plan.length > 0)
    writeSchedule(
      w,
      pledgeId,
      plan.map((p, i) => ({ number: i + 1, dueOn: p.dueOn, amountCents: p.amountCents })),
    );
}

/** Writes what `after` puts on each day minus what `before` did, logged as recorded at `recordedAt`. */
export function writeDifference(
  w: Write,
  campaignId: number,
  after: Timeline,
  before: Timeline | null,
  recordedAt: number,
): void {
  w.feed.touch(campaignId);
  const buckets = sponsorBuckets(w);
  const c = addContributions(emptyContributions(), after, buckets.of);
  if (before) addContributions(c, before, buckets.of, -1);
  writeContributions(w, campaignId, nonZero(c), buckets, recordedAt);
}

/**
 * Adds the rows to the per-day figures and, with `recordedAt`, to the append-only logs that
 * let a later reader take them away again (the figures as known at an earlier time).
 */
export function writeContributions(
  w: Write,
  campaignId: number,
  rows: ReturnType<typeof nonZero>,
  buckets: SponsorBuckets,
  recordedAt: number | null,
): void {
  const { statements } = w;
  for (const f of rows.figures) {
    statements.addToDay.run({ campaignId, ...f });
    if (recordedAt !== null)
      statements.logFigures.run({ campaignId, recordedAt, late: lateFlag(f.day, recordedAt), ...f });
  }
  for (const s of rows.schedule) {
    statements.addScheduleDelta.run({ campaignId, ...s });
    if (recordedAt !== null)
      statements.logSchedule.run({ campaignId, recordedAt, late: lateFlag(s.day, recordedAt), ...s });
  }
  const touched = new Set<number>();
  for (const b of rows.binding) {
    statements.addSponsorBinding.run({ campaignId, sponsorId: b.sponsorId, day: b.day, delta: b.delta });
    touched.add(b.sponsorId);
  }
  for (const id of touched) refreshPresence(w, campaignId, buckets.sponsor(id), recordedAt);
}

export function figuresOf(p: PledgeFigures): PledgeFigures {
  return { status: p.status, amountCents: p.amountCents, type: p.type, receivedCents: p.receivedCents };
}
