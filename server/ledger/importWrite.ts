// The write of a planned import (import.ts), row by row with the prepared statements: the
// sponsor (if new), the pledge in its final state, its installments, the payment of a paid
// row, and the events a hand-entered pledge would have (created; a withdrawn row also its
// withdrawal on the same day). What the rows add to the per-day figures, the logs behind
// `knownAt`, the sponsors' binding days and the cash flow's plan is summed over all rows and
// written once (events.ts writeContributions): the sums are those of one write per row.
import type { CreatableStatus } from "../domain/codes";
import { addContributions, emptyContributions, nonZero, type PledgeState, type Step } from "../domain/pledgeTimeline";

type DayStep = Pick<Step, "day" | "before" | "after">;
import { evenSchedule } from "../domain/schedule";
import { notFound } from "../domain/errors";
import { writeContributions } from "./events";
import type { ImportPlan, PlannedRow } from "./import";
import { fingerprintOf, type Actor, type CreatePledgeInput } from "./pledges";
import { sponsorBuckets } from "./sponsorBuckets";
import type { Write } from "./tx";

export function writePlannedRows(w: Write, actor: Actor, campaignId: number, plan: ImportPlan): void {
  if (plan.rows.length === 0) return;
  const { statements } = w;
  const campaign = statements.campaign.get({ campaignId });
  if (!campaign) throw notFound("campaign");
  const now = actor.now.getTime();
  const sponsorIds = new Map<string, number>();
  for (const [nameKey, row] of plan.newSponsors) {
    const created = statements.insertSponsor.get({
      campaignId,
      name: row.name,
      nameKey,
      kind: row.kind,
      country: row.country,
      createdAt: now,
    });
    if (!created) throw new Error("the sponsor was not inserted");
    sponsorIds.set(nameKey, created.id);
  }
  const buckets = sponsorBuckets(w);
  const contributions = emptyContributions();
  for (const planned of plan.rows) {
    const sponsorId = typeof planned.sponsor === "number" ? planned.sponsor : sponsorIds.get(planned.sponsor);
    if (sponsorId === undefined) throw new Error(`no sponsor planned for ${planned.sponsor}`);
    const schedule = evenSchedule(planned.row.amountCents, campaign.matchStart, campaign.matchYears);
    const steps = writeRow(w, actor, campaignId, sponsorId, planned, schedule);
    addContributions(contributions, { steps }, buckets.of);
  }
  writeContributions(w, campaignId, nonZero(contributions), buckets, now);
  w.feed.touch(campaignId);
}

/** One row's rows; returns its steps as a replay would see them (for the figures). */
function writeRow(
  w: Write,
  actor: Actor,
  campaignId: number,
  sponsorId: number,
  { row, key }: PlannedRow,
  schedule: ReturnType<typeof evenSchedule>,
): DayStep[] {
  const { statements } = w;
  const inKind = row.type === "in_kind";
  // A withdrawn row is created as an intent and withdrawn on the same day; paid is created paid.
  const withdrawn = row.status === "withdrawn";
  const created: CreatableStatus = row.status === "withdrawn" ? "intent" : row.status;
  const paid = created === "paid";
  const input: CreatePledgeInput = {
    campaignId,
    sponsorId,
    amountCents: row.amountCents,
    type: row.type,
    status: created,
    pledgedAt: row.date,
    // An in-kind row's note is its description (the row checks made sure there is one).
    description: inKind ? (row.note ?? undefined) : undefined,
    note: inKind ? undefined : (row.note ?? undefined),
    idempotencyKey: key,
  };
  const receivedCents = paid ? row.amountCents : 0;
  const pledge = statements.insertImportedPledge.get({
    campaignId,
    sponsorId,
    amountCents: row.amountCents,
    receivedCents,
    type: row.type,
    status: row.status,
    pledgedAt: row.date,
    description: input.description ?? null,
    note: input.note ?? null,
    idempotencyKey: key,
    idempotencyHash: fingerprintOf({ ...input, conditional: false }),
    version: withdrawn ? 2 : 1,
    createdAt: actor.now.getTime(),
    createdBy: actor.userId,
  });
  if (!pledge) throw new Error("the pledge was not inserted");
  for (const s of schedule)
    statements.insertInstallment.run({
      pledgeId: pledge.id,
      number: s.number,
      dueOn: s.dueOn,
      amountCents: s.amountCents,
    });
  const payment = paid
    ? statements.insertPayment.get({
        campaignId,
        pledgeId: pledge.id,
        amountCents: row.amountCents,
        paidAt: row.date,
        reversesPaymentId: null,
        createdAt: actor.now.getTime(),
        createdBy: actor.userId,
      })
    : null;
  const event = { campaignId, pledgeId: pledge.id, at: row.date, userId: actor.userId, createdAt: actor.now.getTime() };
  const first: PledgeState = {
    status: created,
    amountCents: row.amountCents,
    type: row.type,
    receivedCents,
    sponsorId,
    plan: schedule,
  };
  statements.insertEvent.run({
    ...event,
    kind: "created",
    statusBefore: null,
    statusAfter: created,
    amountBeforeCents: null,
    amountAfterCents: row.amountCents,
    typeBefore: null,
    typeAfter: row.type,
    receivedBeforeCents: 0,
    receivedAfterCents: receivedCents,
    paymentId: payment?.id ?? null,
    reason: null,
    changes: null,
    undoesEventId: null,
  });
  const steps: DayStep[] = [{ day: row.date, before: null, after: first }];
  if (!withdrawn) return steps;
  const last: PledgeState = { ...first, status: "withdrawn" };
  statements.insertEvent.run({
    ...event,
    kind: "status",
    statusBefore: "intent",
    statusAfter: "withdrawn",
    amountBeforeCents: row.amountCents,
    amountAfterCents: row.amountCents,
    typeBefore: row.type,
    typeAfter: row.type,
    receivedBeforeCents: 0,
    receivedAfterCents: 0,
    paymentId: null,
    reason: "imported as withdrawn",
    changes: null,
    undoesEventId: null,
  });
  steps.push({ day: row.date, before: first, after: last });
  return steps;
}
