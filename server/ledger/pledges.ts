// Writing pledges: create, change status, record payments. Each runs inside the write the
// ledger opened for it (ledger.ts): it loads, decides with the pure rules, writes the pledge
// and appends its event.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { pledges, type Pledge, type Sponsor } from "../../db/schema";
import type { Contribution, CreatableStatus, PledgeStatus, PledgeType } from "../domain/codes";
import { berlinDay } from "../domain/dates";
import {
  type CampaignDates,
  decideNotInFuture,
  decidePaymentDate,
  decidePledgeDate,
  isUnusualPledgeDate,
} from "../domain/dateRules";
import { badField, conflict, notFound, orBadField, orConflict, staleVersion } from "../domain/errors";
import { pledgeFieldProblems } from "../domain/pledgeFields";
import { decidePayment, decideStatusChange } from "../domain/pledgeRules";
import { overdueFrom } from "../domain/overdue";
import { evenSchedule } from "../domain/schedule";
import { DEFAULT_VAT_RATE } from "../domain/vat";
import { changePledge, recordCreation } from "./events";
import { repeatedStatusChange } from "./repeatedChange";
import { writeSchedule } from "./schedules";
import type { Write } from "./tx";

export interface Actor {
  userId: number | null;
  now: Date;
}

/** Called inside the write once the pledge's campaign is known; throws to refuse. */
export type AccessCheck = (campaignId: number) => void;

export interface CreatePledgeInput {
  campaignId: number;
  sponsorId: number;
  amountCents: number;
  type: PledgeType;
  status: CreatableStatus;
  pledgedAt?: string;
  conditional?: boolean;
  description?: string;
  raisedBySponsorId?: number;
  raisedByName?: string;
  note?: string;
  idempotencyKey?: string;
  /** Donation (the default) or sponsoring; sponsoring's VAT rate defaults to 19. */
  contribution?: Contribution;
  vatRatePercent?: number;
  waivesReimbursement?: boolean;
  /** Keeps a pledge date more than 90 days after the deadline (the UI asks first). */
  acceptUnusualDate?: boolean;
}

/**
 * The stored contribution and rate: a donation has no rate, sponsoring its own or the default.
 * The caller has checked the pair (assertFields).
 */
export function contributionOf(
  contribution: Contribution | undefined,
  vatRatePercent: number | null | undefined,
): { contribution: Contribution; vatRatePercent: number | null } {
  if ((contribution ?? "donation") === "donation") return { contribution: "donation", vatRatePercent: null };
  return { contribution: "sponsoring", vatRatePercent: vatRatePercent ?? DEFAULT_VAT_RATE };
}

export function createPledge(w: Write, actor: Actor, input: CreatePledgeInput): Pledge {
  const pledgedAt = businessDate(input.pledgedAt, actor.now, "pledgedAt");
  assertFields(input);
  const given = contributionOf(input.contribution, input.vatRatePercent);
  // A donation leaves both out of the fingerprint, so keys stored before issue 17 still replay.
  const fingerprint = fingerprintOf({
    ...input,
    pledgedAt,
    conditional: input.conditional ?? false,
    contribution: given.contribution === "donation" ? undefined : given.contribution,
    vatRatePercent: given.vatRatePercent ?? undefined,
    waivesReimbursement: input.waivesReimbursement ? true : undefined,
  });
  const { statements } = w;
  if (input.idempotencyKey) {
    const earlier = statements.byIdempotencyKey.get({
      campaignId: input.campaignId,
      idempotencyKey: input.idempotencyKey,
    });
    if (earlier) {
      if (earlier.idempotencyHash !== fingerprint)
        throw conflict("this idempotencyKey was already used with other input");
      return earlier;
    }
  }
  const sponsor = sponsorOf(w, input.campaignId, input.sponsorId);
  if (!sponsor) throw notFound("sponsor");
  const campaign = statements.campaign.get({ campaignId: input.campaignId });
  if (!campaign) throw notFound("campaign");
  checkPledgeDate(campaign, pledgedAt, input.pledgedAt, input.acceptUnusualDate, "pledgedAt");
  if (input.raisedBySponsorId !== undefined && !sponsorOf(w, input.campaignId, input.raisedBySponsorId)) {
    throw notFound("raising sponsor");
  }
  const paid = input.status === "paid";
  const plan = evenSchedule(input.amountCents, campaign.matchStart, campaign.matchYears);
  const [reference] = statements.references.take(input.campaignId, 1);
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
    reference,
    overdueFrom: overdueFrom(plan, paid ? input.amountCents : 0),
    contribution: given.contribution,
    vatRatePercent: given.vatRatePercent,
    waivesReimbursement: input.waivesReimbursement ? 1 : 0,
  });
  if (!pledge) throw new Error("the pledge was not inserted");
  writeSchedule(w, pledge.id, plan);
  // Created as paid: the full amount arrives on the pledge date.
  const payment = paid ? insertPayment(w, pledge, input.amountCents, pledgedAt, actor) : null;
  recordCreation(w, pledge, {
    kind: "created",
    at: pledgedAt,
    userId: actor.userId,
    now: actor.now,
    paymentId: payment?.id,
  });
  return pledge;
}

export interface SetStatusInput {
  pledgeId: number;
  status: PledgeStatus;
  expectedVersion: number;
  at?: string;
  reason?: string;
  acceptUnusualDate?: boolean;
}

export function setPledgeStatus(w: Write, actor: Actor, input: SetStatusInput, check: AccessCheck): Pledge {
  const repeat = repeatedStatusChange(w, actor, input, check);
  if (repeat) return repeat;
  const { pledge } = loadForChange(w, input.pledgeId, input.expectedVersion, check);
  const at = businessDateFor(pledge, input.at, actor.now);
  checkPledgeDate(campaignDates(w, pledge.campaignId), at, input.at, input.acceptUnusualDate, "at");
  // Dated after every other change, the move starts from the pledge as it is now.
  if (at >= pledge.lastEventAt) orConflict(decideStatusChange(pledge.status, input.status));
  return changePledge(
    w,
    pledge,
    { status: input.status },
    {
      kind: "status",
      at,
      userId: actor.userId,
      now: actor.now,
      reason: input.reason ?? null,
    },
  );
}

export interface RecordPaymentInput {
  pledgeId: number;
  amountCents: number;
  paidAt: string;
  expectedVersion: number;
}

export function recordPayment(w: Write, actor: Actor, input: RecordPaymentInput, check: AccessCheck): Pledge {
  return bookPayment(w, actor, input, check).pledge;
}

/** As recordPayment, answering with the payment row too (a bank credit keeps its id). */
export function bookPayment(
  w: Write,
  actor: Actor,
  input: RecordPaymentInput,
  check: AccessCheck,
): { pledge: Pledge; paymentId: number } {
  const { pledge } = loadForChange(w, input.pledgeId, input.expectedVersion, check);
  const at = businessDateFor(pledge, input.paidAt, actor.now, "paidAt");
  orBadField(decidePaymentDate(at, pledge.pledgedAt, campaignDates(w, pledge.campaignId)), "paidAt");
  if (at >= pledge.lastEventAt) orConflict(decidePayment(pledge, input.amountCents));
  const payment = insertPayment(w, pledge, input.amountCents, at, actor);
  const changed = changePledge(
    w,
    pledge,
    { paymentCents: input.amountCents },
    {
      kind: "payment",
      at,
      userId: actor.userId,
      now: actor.now,
      paymentId: payment.id,
    },
  );
  return { pledge: changed, paymentId: payment.id };
}

/** When an application is rejected, conditional pledges not yet paid lapse (withdrawn) on the day it was. */
export function lapseConditionalPledges(w: Write, campaignId: number, actor: Actor, at: string): number {
  const open = w.tx
    .select()
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.conditional, true)))
    .all()
    .filter((p) => p.status === "intent" || p.status === "confirmed");
  for (const pledge of open) {
    changePledge(
      w,
      pledge,
      { status: "withdrawn" },
      {
        kind: "status",
        at: at < pledge.pledgedAt ? pledge.pledgedAt : at,
        userId: actor.userId,
        now: actor.now,
        reason: "application rejected",
      },
    );
  }
  return open.length;
}

export function loadForChange(
  w: Write,
  pledgeId: number,
  expectedVersion: number,
  check: AccessCheck,
): { pledge: Pledge; sponsor: Sponsor } {
  const pledge = w.tx.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) throw notFound("pledge");
  check(pledge.campaignId);
  if (pledge.version !== expectedVersion) throw staleVersion("the pledge", pledge.version, expectedVersion);
  const sponsor = sponsorOf(w, pledge.campaignId, pledge.sponsorId);
  if (!sponsor) throw notFound("sponsor");
  return { pledge, sponsor };
}

/** The dates that bound what a campaign's pledges and payments may carry. */
export function campaignDates(w: Write, campaignId: number): CampaignDates {
  const campaign = w.statements.campaign.get({ campaignId });
  if (!campaign) throw notFound("campaign");
  return campaign;
}

/**
 * A pledge's date or a status change's date within the campaign's range (domain/dateRules.ts).
 * A date the caller left out is today: what happened, not a typing error, so only a given date
 * can be unusual; refused, the message says how to keep it.
 */
export function checkPledgeDate(
  campaign: CampaignDates,
  date: string,
  given: string | undefined,
  acceptUnusualDate: boolean | undefined,
  field: string,
): void {
  const decision = decidePledgeDate(date, campaign, acceptUnusualDate || given === undefined);
  if (!decision.ok && isUnusualPledgeDate(date, campaign))
    throw badField(field, `${decision.reason}; send acceptUnusualDate: true to keep it`);
  orBadField(decision, field);
}

/** A given business date (or today), never in the future. */
function businessDate(given: string | undefined, now: Date, field: string): string {
  return orBadField(decideNotInFuture(given ?? berlinDay(now), berlinDay(now)), field);
}

/**
 * A change's business date: never in the future, never before the pledge's own date. Any
 * order of entry is fine otherwise: the replay (events.ts) checks the path it makes.
 */
export function businessDateFor(pledge: Pledge, given: string | undefined, now: Date, field = "at"): string {
  const at = businessDate(given, now, field);
  if (at < pledge.pledgedAt) throw badField(field, `may not be before the pledge's date ${pledge.pledgedAt}`);
  return at;
}

/** The field rules (domain/pledgeFields.ts), as a bad field. */
export function assertFields(values: Parameters<typeof pledgeFieldProblems>[0]): void {
  const [problem] = pledgeFieldProblems(values);
  if (problem) throw badField(problem.field, problem.message);
}

export function sponsorOf(w: Write, campaignId: number, sponsorId: number): Sponsor | undefined {
  // A sponsor merged into another takes no new pledges: it is NOT_FOUND like any unknown one.
  return w.statements.sponsorOf.get({ sponsorId, campaignId });
}

export function insertPayment(
  w: Write,
  pledge: Pledge,
  amountCents: number,
  paidAt: string,
  actor: Actor,
  reversesPaymentId: number | null = null,
) {
  const payment = w.statements.insertPayment.get({
    campaignId: pledge.campaignId,
    pledgeId: pledge.id,
    amountCents,
    paidAt,
    reversesPaymentId,
    createdAt: actor.now.getTime(),
    createdBy: actor.userId,
  });
  if (!payment) throw new Error("the payment was not inserted");
  return payment;
}

export function figuresOf(p: Pledge) {
  return { status: p.status, amountCents: p.amountCents, type: p.type, receivedCents: p.receivedCents };
}

/**
 * Same key with the same input is a replay. Defaults are filled in first (an omitted
 * `conditional` equals `false`); the key and the confirmation of an unusual date are left out.
 */
export function fingerprintOf(input: CreatePledgeInput): string {
  const { idempotencyKey: _key, acceptUnusualDate: _confirmed, ...rest } = input;
  const sorted = Object.fromEntries(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash("sha256").update(JSON.stringify(sorted)).digest("base64url");
}

/**
 * fingerprintOf for an imported pledge's fields, without the generic sorting (an import
 * computes 100,000 of them): the keys are written in the order fingerprintOf sorts them to,
 * and JSON.stringify leaves out the undefined ones as it does.
 */
export function importFingerprint(f: {
  amountCents: number;
  campaignId: number;
  description: string | undefined;
  note: string | undefined;
  pledgedAt: string;
  sponsorId: number;
  status: CreatableStatus;
  type: PledgeType;
}): string {
  const { amountCents, campaignId, description, note, pledgedAt, sponsorId, status, type } = f;
  const ordered = {
    amountCents,
    campaignId,
    conditional: false,
    description,
    note,
    pledgedAt,
    sponsorId,
    status,
    type,
  };
  return createHash("sha256").update(JSON.stringify(ordered)).digest("base64url");
}
