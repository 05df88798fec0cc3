// Writing pledges: create, change status, record payments. Each is one transaction that
// loads, decides with the pure rules, writes the pledge and appends its event.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { pledges, type Pledge, type PledgeStatus, type PledgeType, type Sponsor } from "../../db/schema";
import { berlinDay } from "../domain/dates";
import { decideBusinessDate, decidePayment, decideStatusChange } from "../domain/pledgeRules";
import { badField, conflict, notFound, staleVersion } from "../errors";
import { evenSchedule } from "../domain/schedule";
import { changePledge, recordCreation } from "./events";
import { prepared } from "./prepared";
import { writeSchedule } from "./schedules";
import type { Tx } from "./tx";

export interface Actor {
  userId: number | null;
  now: Date;
}

/** Called inside the transaction once the pledge's campaign is known; throws to refuse. */
export type AccessCheck = (campaignId: number) => void;

export interface CreatePledgeInput {
  campaignId: number;
  sponsorId: number;
  amountCents: number;
  type: PledgeType;
  status: "intent" | "confirmed" | "paid";
  pledgedAt?: string;
  conditional?: boolean;
  description?: string;
  raisedBySponsorId?: number;
  raisedByName?: string;
  note?: string;
  idempotencyKey?: string;
}

export function createPledge(db: Db, actor: Actor, input: CreatePledgeInput): Pledge {
  const pledgedAt = input.pledgedAt ?? berlinDay(actor.now);
  assertNotInFuture("pledgedAt", pledgedAt, actor.now);
  const fingerprint = fingerprintOf({ ...input, pledgedAt, conditional: input.conditional ?? false });
  return db.transaction((tx) => {
    const statements = prepared(tx);
    if (input.idempotencyKey) {
      const earlier = statements.byIdempotencyKey.get({ campaignId: input.campaignId, idempotencyKey: input.idempotencyKey });
      if (earlier) {
        if (earlier.idempotencyHash !== fingerprint) throw conflict("this idempotencyKey was already used with other input");
        return earlier;
      }
    }
    const sponsor = sponsorOf(tx, input.campaignId, input.sponsorId);
    if (!sponsor) throw notFound("sponsor");
    const campaign = statements.campaign.get({ campaignId: input.campaignId })!;
    if (input.raisedBySponsorId !== undefined && !sponsorOf(tx, input.campaignId, input.raisedBySponsorId)) {
      throw notFound("raising sponsor");
    }
    const paid = input.status === "paid";
    const pledge = statements.insertPledge.get({
      campaignId: input.campaignId,
      sponsorId: sponsor.id,
      amountCents: input.amountCents,
      receivedCents: paid ? input.amountCents : 0,
      type: input.type,
      status: input.status,
      pledgedAt,
      // Placeholders skip drizzle's value mapping: SQLite stores booleans as 0 and 1.
      conditional: input.conditional ? 1 : 0,
      description: input.description ?? null,
      raisedBySponsorId: input.raisedBySponsorId ?? null,
      raisedByName: input.raisedByName ?? null,
      note: input.note ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      idempotencyHash: input.idempotencyKey ? fingerprint : null,
      createdAt: actor.now.getTime(),
      createdBy: actor.userId,
    })!;
    // Created as paid: the full amount arrives on the pledge date.
    writeSchedule(tx, pledge.id, evenSchedule(input.amountCents, campaign.matchStart, campaign.matchYears));
    const payment = paid ? insertPayment(tx, pledge, input.amountCents, pledgedAt, actor) : null;
    recordCreation(tx, pledge, sponsor, { kind: "created", at: pledgedAt, userId: actor.userId, now: actor.now, paymentId: payment?.id });
    return pledge;
  });
}

export interface SetStatusInput {
  pledgeId: number;
  status: PledgeStatus;
  expectedVersion: number;
  at?: string;
  reason?: string;
}

export function setPledgeStatus(db: Db, actor: Actor, input: SetStatusInput, check: AccessCheck): Pledge {
  return db.transaction((tx) => {
    const { pledge, sponsor } = loadForChange(tx, input.pledgeId, input.expectedVersion, check);
    const at = businessDateFor(pledge, input.at, actor.now);
    const move = decideStatusChange(pledge.status, input.status);
    if (!move.ok) throw conflict(move.reason);
    return changePledge(tx, pledge, { ...figuresOf(pledge), status: move.value }, sponsor, {
      kind: "status", at, userId: actor.userId, now: actor.now, reason: input.reason ?? null,
    });
  });
}

export interface RecordPaymentInput {
  pledgeId: number;
  amountCents: number;
  paidAt: string;
  expectedVersion: number;
}

export function recordPayment(db: Db, actor: Actor, input: RecordPaymentInput, check: AccessCheck): Pledge {
  return db.transaction((tx) => {
    const { pledge, sponsor } = loadForChange(tx, input.pledgeId, input.expectedVersion, check);
    const at = businessDateFor(pledge, input.paidAt, actor.now, "paidAt");
    const decision = decidePayment(pledge, input.amountCents);
    if (!decision.ok) throw conflict(decision.reason);
    const payment = insertPayment(tx, pledge, input.amountCents, at, actor);
    const after = { ...figuresOf(pledge), receivedCents: decision.value.receivedAfterCents, status: decision.value.statusAfter };
    return changePledge(tx, pledge, after, sponsor, { kind: "payment", at, userId: actor.userId, now: actor.now, paymentId: payment.id });
  });
}

/** When an application is rejected, conditional pledges not yet paid lapse (withdrawn). */
export function lapseConditionalPledges(tx: Tx, campaignId: number, actor: Actor): number {
  const at = berlinDay(actor.now);
  const open = tx.select().from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.conditional, true))).all()
    .filter((p) => p.status === "intent" || p.status === "confirmed");
  for (const pledge of open) {
    const sponsor = sponsorOf(tx, campaignId, pledge.sponsorId)!;
    changePledge(tx, pledge, { ...figuresOf(pledge), status: "withdrawn" }, sponsor, {
      kind: "status", at: pledge.lastEventAt > at ? pledge.lastEventAt : at, userId: actor.userId, now: actor.now, reason: "application rejected",
    });
  }
  return open.length;
}

export function loadForChange(tx: Tx, pledgeId: number, expectedVersion: number, check: AccessCheck): { pledge: Pledge; sponsor: Sponsor } {
  const pledge = tx.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) throw notFound("pledge");
  check(pledge.campaignId);
  if (pledge.version !== expectedVersion) throw staleVersion("the pledge", pledge.version, expectedVersion);
  return { pledge, sponsor: sponsorOf(tx, pledge.campaignId, pledge.sponsorId)! };
}

/** Business dates of changes are today or earlier; routers check this before any lookup. */
export function assertNotInFuture(field: string, date: string | undefined, now: Date): void {
  if (date !== undefined && date > berlinDay(now)) throw badField(field, "may not be in the future");
}

export function businessDateFor(pledge: Pledge, given: string | undefined, now: Date, field = "at"): string {
  const at = given ?? berlinDay(now);
  assertNotInFuture(field, at, now);
  const ordered = decideBusinessDate(pledge.lastEventAt, at);
  if (!ordered.ok) throw badField(field, ordered.reason);
  return at;
}

export function sponsorOf(tx: Tx, campaignId: number, sponsorId: number): Sponsor | undefined {
  // A sponsor merged into another takes no new pledges: it is NOT_FOUND like any unknown one.
  return prepared(tx).sponsorOf.get({ sponsorId, campaignId });
}

export function insertPayment(tx: Tx, pledge: Pledge, amountCents: number, paidAt: string, actor: Actor, reversesPaymentId: number | null = null) {
  return prepared(tx).insertPayment.get({
    campaignId: pledge.campaignId, pledgeId: pledge.id, amountCents, paidAt, reversesPaymentId, createdAt: actor.now.getTime(), createdBy: actor.userId,
  })!;
}

export function figuresOf(p: Pledge) {
  return { status: p.status, amountCents: p.amountCents, type: p.type, receivedCents: p.receivedCents };
}

/**
 * Same key with the same input is a replay. Defaults are filled in first (an omitted
 * `conditional` equals `false`), and the key itself is left out of the fingerprint.
 */
function fingerprintOf(input: CreatePledgeInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  const sorted = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256").update(JSON.stringify(sorted)).digest("base64url");
}
