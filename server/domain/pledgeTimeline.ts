// A pledge over time: its events replayed in business order. Events may be entered in any
// order (a confirmation back-dated to the day the letter came back, a payment on its bank
// date), so nothing stores "the state after this event": every event is an operation
// (set the status, add a payment, set the amount), and the pledge on day D is the replay of
// its events dated on or before D. The same replay checks that the path stays legal
// (intent → confirmed → paid, withdrawn, reinstated) and yields what the pledge adds to the
// per-day figures, so a change writes only the difference its replay makes.
import { type EventKind, isBinding, type PledgeStatus, type PledgeType } from "./codes";
import { decideAmountChange, decidePayment, decideStatusChange } from "./pledgeRules";
import { vatOfGross, vatOfPayment } from "./vat";

export interface PlanItem {
  dueOn: string;
  amountCents: number;
}

/** The columns of a stored event the replay reads (db/schema.ts pledge_events). */
export interface TimelineEvent {
  id: number;
  kind: EventKind;
  at: string;
  statusAfter: PledgeStatus;
  amountBeforeCents: number | null;
  amountAfterCents: number;
  typeBefore: PledgeType | null;
  typeAfter: PledgeType;
  receivedBeforeCents: number;
  receivedAfterCents: number;
  /** JSON {field: [before, after]}. */
  changes: string | null;
  undoesEventId: number | null;
}

export interface PledgeState {
  status: PledgeStatus;
  amountCents: number;
  type: PledgeType;
  receivedCents: number;
  sponsorId: number;
  plan: readonly PlanItem[];
  /** The VAT in its amounts: 0 for a donation, the rate of a sponsoring contract. */
  vatRatePercent: number;
  /** The VAT in `receivedCents`: each payment's, rounded on the payment (domain/vat.ts). */
  receivedVatCents: number;
}

/**
 * Where a pledge starts: its (corrected) date, its first sponsor and its first plan. Donation
 * or sponsoring is what the contract always was: a correction of it re-reads the pledge's
 * whole life (logged as recorded then), like a sponsor's corrected kind.
 */
export interface Origin {
  pledgedAt: string;
  sponsorId: number;
  plan: readonly PlanItem[];
  vatRatePercent: number;
}

export interface Step {
  event: TimelineEvent;
  /** The business day it counts from: never before the pledge's own date. */
  day: string;
  before: PledgeState | null;
  after: PledgeState;
}

/** The first event whose operation the path before it does not allow. */
export interface Clash {
  event: TimelineEvent;
  /** The event that set the state it clashes with (null: the creation's own state). */
  previous: TimelineEvent | null;
  reason: string;
}

export interface Timeline {
  steps: Step[];
  final: PledgeState;
  clash: Clash | null;
}

type Changes = Record<string, [unknown, unknown]>;

export function changesOf(event: Pick<TimelineEvent, "changes">): Changes {
  return event.changes ? (JSON.parse(event.changes) as Changes) : {};
}

/**
 * The events that count: an undo cancels its target unless the undo is itself cancelled
 * (an undo of an undo brings the change back). Undo events are no operation themselves.
 */
export function cancelledEvents(events: readonly TimelineEvent[]): Set<number> {
  const byIdDesc = [...events].sort((a, b) => b.id - a.id);
  const cancelled = new Set<number>();
  for (const e of byIdDesc) {
    if (e.kind === "undo" && e.undoesEventId !== null && !cancelled.has(e.id)) cancelled.add(e.undoesEventId);
  }
  return cancelled;
}

/** The pledge's origin from its events: the sponsor and plan before their first recorded change. */
export function originOf(
  events: readonly TimelineEvent[],
  now: { pledgedAt: string; sponsorId: number; plan: readonly PlanItem[]; vatRatePercent: number },
): Origin {
  const byId = [...events].sort((a, b) => a.id - b.id);
  const first = (field: string) => byId.map(changesOf).find((c) => field in c)?.[field]?.[0];
  return {
    pledgedAt: now.pledgedAt,
    sponsorId: (first("sponsorId") as number | undefined) ?? now.sponsorId,
    plan: (first("schedule") as PlanItem[] | undefined) ?? now.plan,
    vatRatePercent: now.vatRatePercent,
  };
}

/** The pledge's date from its events: the last correction that counts, else the creation's date. */
export function pledgedAtFrom(events: readonly TimelineEvent[]): string {
  const cancelled = cancelledEvents(events);
  let date = events.find((e) => e.kind === "created")?.at ?? "";
  for (const e of [...events].sort((a, b) => a.id - b.id)) {
    const moved = e.kind === "update" && !cancelled.has(e.id) ? changesOf(e).pledgedAt : undefined;
    if (moved) date = moved[1] as string;
  }
  return date;
}

/** The pledge at the end of `day`: its last step on or before it (null: not made yet). */
export function stateOn(timeline: Pick<Timeline, "steps">, day: string): PledgeState | null {
  let state: PledgeState | null = null;
  for (const step of timeline.steps) if (step.day <= day) state = step.after;
  return state;
}

/** The day an event counts from. */
export function dayOf(event: Pick<TimelineEvent, "kind" | "at">, origin: Pick<Origin, "pledgedAt">): string {
  return event.kind === "created" || event.at < origin.pledgedAt ? origin.pledgedAt : event.at;
}

/**
 * Replays the events: the creation first, then by (business day, order recorded). A clash
 * is reported, and the replay goes on applying the operation anyway, so a rebuild from old
 * data never stops; a new entry that clashes is refused by the ledger.
 */
export function replay(events: readonly TimelineEvent[], origin: Origin): Timeline {
  const cancelled = cancelledEvents(events);
  const created = events.find((e) => e.kind === "created");
  if (!created) throw new Error("a pledge without its creation event");
  const ordered = events
    .filter((e) => e.kind !== "created" && e.kind !== "undo" && !cancelled.has(e.id))
    .map((e) => ({ e, day: dayOf(e, origin) }))
    .sort((a, b) => (a.day === b.day ? a.e.id - b.e.id : a.day < b.day ? -1 : 1));

  let state = initialState(created, cancelled.has(created.id), origin);
  const steps: Step[] = [{ event: created, day: origin.pledgedAt, before: null, after: state }];
  let clash: Clash | null = null;
  let previous: TimelineEvent | null = null;
  for (const { e, day } of ordered) {
    const applied = apply(state, e);
    if (applied.problem && !clash) clash = { event: e, previous, reason: applied.problem };
    if (applied.state !== state) previous = e;
    steps.push({ event: e, day, before: state, after: applied.state });
    state = applied.state;
  }
  return { steps, final: state, clash };
}

function initialState(created: TimelineEvent, cancelled: boolean, origin: Origin): PledgeState {
  const base = {
    amountCents: created.amountAfterCents,
    type: created.typeAfter,
    sponsorId: origin.sponsorId,
    plan: origin.plan,
    vatRatePercent: origin.vatRatePercent,
  };
  // Before its creation a pledge did not exist: an undone creation leaves it withdrawn.
  if (cancelled) return { ...base, status: "withdrawn", receivedCents: 0, receivedVatCents: 0 };
  // Created as paid: its one payment is the whole amount.
  const receivedCents = created.receivedAfterCents;
  const receivedVatCents = vatOfPayment(receivedCents, origin.vatRatePercent);
  return { ...base, status: created.statusAfter, receivedCents, receivedVatCents };
}

/** One event's operation on the state before it; `problem` when the path does not allow it. */
function apply(s: PledgeState, e: TimelineEvent): { state: PledgeState; problem?: string } {
  if (e.kind === "status") {
    const decided = decideStatusChange(s.status, e.statusAfter);
    return { state: { ...s, status: e.statusAfter }, problem: decided.ok ? undefined : decided.reason };
  }
  if (e.kind === "payment") {
    const cents = e.receivedAfterCents - e.receivedBeforeCents;
    const decided = decidePayment(s, cents);
    const receivedCents = s.receivedCents + cents;
    const receivedVatCents = s.receivedVatCents + vatOfPayment(cents, s.vatRatePercent);
    if (!decided.ok) return { state: { ...s, receivedCents, receivedVatCents }, problem: decided.reason };
    return { state: { ...s, receivedCents, receivedVatCents, status: decided.value.statusAfter } };
  }
  if (e.kind === "update") return applyUpdate(s, e);
  return { state: s };
}

function applyUpdate(s: PledgeState, e: TimelineEvent): { state: PledgeState; problem?: string } {
  const changes = changesOf(e);
  let next = s;
  let problem: string | undefined;
  const setsAmount =
    "amountCents" in changes || (e.amountBeforeCents !== null && e.amountBeforeCents !== e.amountAfterCents);
  if (setsAmount && e.amountAfterCents !== s.amountCents) {
    const decided = decideAmountChange(s, e.amountAfterCents);
    next = { ...next, amountCents: e.amountAfterCents, status: decided.ok ? decided.value : s.status };
    if (!decided.ok) problem = decided.reason;
  }
  const setsType = "type" in changes || (e.typeBefore !== null && e.typeBefore !== e.typeAfter);
  if (setsType && e.typeAfter !== s.type) next = { ...next, type: e.typeAfter };
  if (changes.sponsorId && changes.sponsorId[1] !== s.sponsorId)
    next = { ...next, sponsorId: changes.sponsorId[1] as number };
  if (changes.schedule) next = { ...next, plan: changes.schedule[1] as PlanItem[] };
  return { state: next, problem };
}

// ---- What a pledge adds to the per-day figures --------------------------------------------

export interface SponsorBucket {
  /** The sponsor the pledge counts for (a merged sponsor's pledges count for the one it joined). */
  id: number;
  kind: string;
  country: string;
}

export interface FigureDelta {
  day: string;
  status: PledgeStatus;
  type: PledgeType;
  sponsorKind: string;
  country: string;
  amountCents: number;
  pledgeCount: number;
  receivedCents: number;
  /** The VAT in `amountCents` and `receivedCents` (sponsoring): what own funds leave out. */
  vatCents: number;
  receivedVatCents: number;
}

export interface Contributions {
  figures: Map<string, FigureDelta>;
  /** Per sponsor and day: the change in its number of binding pledges. */
  binding: Map<string, { sponsorId: number; day: string; delta: number }>;
  /** Per day and due year: the change in binding installments (the cash flow's plan), VAT apart. */
  schedule: Map<string, ScheduleDelta>;
}

export interface ScheduleDelta {
  day: string;
  year: number;
  cents: number;
  vatCents: number;
}

export function emptyContributions(): Contributions {
  return { figures: new Map(), binding: new Map(), schedule: new Map() };
}

/** Adds (sign 1) or takes away (sign −1) what the timeline's steps put on their days. */
export function addContributions(
  into: Contributions,
  timeline: { steps: readonly Pick<Step, "day" | "before" | "after">[] },
  sponsorOf: (sponsorId: number) => SponsorBucket,
  sign: 1 | -1 = 1,
): Contributions {
  for (const { day, before, after } of timeline.steps) {
    if (before) addState(into, day, before, sponsorOf(before.sponsorId), -sign);
    addState(into, day, after, sponsorOf(after.sponsorId), sign);
  }
  return into;
}

function addState(into: Contributions, day: string, s: PledgeState, sponsor: SponsorBucket, sign: number): void {
  const key = `${day}|${s.status}|${s.type}|${sponsor.kind}|${sponsor.country}`;
  const f = into.figures.get(key) ?? {
    day,
    status: s.status,
    type: s.type,
    sponsorKind: sponsor.kind,
    country: sponsor.country,
    amountCents: 0,
    pledgeCount: 0,
    receivedCents: 0,
    vatCents: 0,
    receivedVatCents: 0,
  };
  const rate = s.vatRatePercent;
  f.amountCents += sign * s.amountCents;
  f.pledgeCount += sign;
  f.receivedCents += sign * s.receivedCents;
  // Each pledge's VAT is rounded once, on its own amount (as its invoice is).
  f.vatCents += sign * vatOf(s.amountCents, rate);
  f.receivedVatCents += sign * s.receivedVatCents;
  into.figures.set(key, f);
  if (!isBinding(s.status)) return;
  const bindingKey = `${sponsor.id}|${day}`;
  const b = into.binding.get(bindingKey) ?? { sponsorId: sponsor.id, day, delta: 0 };
  b.delta += sign;
  into.binding.set(bindingKey, b);
  for (const i of s.plan) {
    const year = Number(i.dueOn.slice(0, 4));
    const scheduleKey = `${day}|${year}`;
    const row = into.schedule.get(scheduleKey) ?? { day, year, cents: 0, vatCents: 0 };
    row.cents += sign * i.amountCents;
    row.vatCents += sign * vatOf(i.amountCents, rate);
    into.schedule.set(scheduleKey, row);
  }
}

/** The VAT in a pledge's amount or installment (never negative). */
function vatOf(cents: number, rate: number): number {
  return rate === 0 || cents <= 0 ? 0 : vatOfGross(cents, rate);
}

/** The rows of `c` that are not zero: what a change has to write. */
export function nonZero(c: Contributions): {
  figures: FigureDelta[];
  binding: { sponsorId: number; day: string; delta: number }[];
  schedule: ScheduleDelta[];
} {
  return {
    figures: [...c.figures.values()].filter(
      (f) =>
        f.amountCents !== 0 ||
        f.pledgeCount !== 0 ||
        f.receivedCents !== 0 ||
        f.vatCents !== 0 ||
        f.receivedVatCents !== 0,
    ),
    binding: [...c.binding.values()].filter((b) => b.delta !== 0),
    schedule: [...c.schedule.values()].filter((s) => s.cents !== 0 || s.vatCents !== 0),
  };
}
