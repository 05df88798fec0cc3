// The write of a planned import (import.ts), row by row with plain prepared statements
// (importStatements.ts): the sponsor (if new), the pledge in its final state, its
// installments, the payment of a paid row, and the events a hand-entered pledge would have
// (created; a withdrawn row also its withdrawal on the same day). What the rows add to the
// per-day figures, the logs behind `knownAt`, the sponsors' binding days and the cash flow's
// plan is summed over all rows and written once (events.ts writeContributions): the sums
// are those of one write per row; so are the list's totals per sponsor and overdue day.
import type { CreatableStatus } from "../domain/codes";
import { notFound } from "../domain/errors";
import { addContributions, emptyContributions, nonZero, type PledgeState, type Step } from "../domain/pledgeTimeline";
import { overdueFrom } from "../domain/overdue";
import { evenSchedule, evenSplit, type PlannedInstallment } from "../domain/schedule";
import { writeContributions } from "./events";
import type { ImportPlan, PlannedRow } from "./import";
import { importFingerprint, type Actor } from "./pledges";
import { sponsorBuckets } from "./sponsorBuckets";
import type { Write } from "./tx";

type DayStep = Pick<Step, "day" | "before" | "after">;

interface RowContext {
  w: Write;
  actor: Actor;
  campaignId: number;
  now: number;
  /** The due dates of every pledge's installments: one a year of the match period. */
  dueDates: string[];
}

export function writePlannedRows(w: Write, actor: Actor, campaignId: number, plan: ImportPlan): void {
  if (plan.rows.length === 0) return;
  const campaign = w.statements.campaign.get({ campaignId });
  if (!campaign) throw notFound("campaign");
  const now = actor.now.getTime();
  const sponsorIds = new Map<string, number>();
  for (const [nameKey, row] of plan.newSponsors) {
    const created = w.statements.imports.sponsor.run(campaignId, row.name, nameKey, row.kind, row.country, now);
    sponsorIds.set(nameKey, Number(created.lastInsertRowid));
  }
  const dueDates = evenSchedule(0, campaign.matchStart, campaign.matchYears).map((s) => s.dueOn);
  const references = w.statements.references.take(campaignId, plan.rows.length);
  const context: RowContext = { w, actor, campaignId, now, dueDates };
  const buckets = sponsorBuckets(w);
  const contributions = emptyContributions();
  // The list's totals per sponsor and overdue day are added once for all rows (migration 0018).
  const sql = w.statements.imports;
  const before = sql.lastPledgeId.get() as number;
  sql.holdTotals.run();
  plan.rows.forEach((planned, i) => {
    const sponsorId = typeof planned.sponsor === "number" ? planned.sponsor : sponsorIds.get(planned.sponsor);
    if (sponsorId === undefined) throw new Error(`no sponsor planned for ${planned.sponsor}`);
    addContributions(contributions, { steps: writeRow(context, sponsorId, planned, references[i]) }, buckets.of);
  });
  sql.releaseTotals.run();
  sql.addSponsorTotals.run(before);
  sql.addOverdueTotals.run(before);
  writeContributions(w, campaignId, nonZero(contributions), buckets, now);
  w.feed.touch(campaignId);
}

/** One row's rows; returns its steps as a replay would see them (for the figures). */
function writeRow(
  { w, actor, campaignId, now, dueDates }: RowContext,
  sponsorId: number,
  { row, key }: PlannedRow,
  reference: string,
) {
  const sql = w.statements.imports;
  const inKind = row.type === "in_kind";
  // A withdrawn row is created as an intent and withdrawn on the same day; paid is created paid.
  const withdrawn = row.status === "withdrawn";
  const created: CreatableStatus = row.status === "withdrawn" ? "intent" : row.status;
  const receivedCents = created === "paid" ? row.amountCents : 0;
  // An in-kind row's note is its description (the row checks made sure there is one).
  const description = inKind ? row.note : null;
  const note = inKind ? null : row.note;
  const fingerprint = importFingerprint({
    amountCents: row.amountCents,
    campaignId,
    description: description ?? undefined,
    note: note ?? undefined,
    pledgedAt: row.date,
    sponsorId,
    status: created,
    type: row.type,
  });
  const plan: PlannedInstallment[] = evenSplit(row.amountCents, dueDates.length).map((amountCents, i) => ({
    number: i + 1,
    dueOn: dueDates[i],
    amountCents,
  }));
  const pledgeId = Number(
    sql.pledge.run(
      campaignId,
      sponsorId,
      row.amountCents,
      receivedCents,
      row.type,
      row.status,
      row.date,
      row.date,
      description,
      note,
      key,
      fingerprint,
      withdrawn ? 2 : 1,
      now,
      actor.userId,
      reference,
      overdueFrom(plan, receivedCents),
    ).lastInsertRowid,
  );
  for (const s of plan) sql.installment.run(pledgeId, s.number, s.dueOn, s.amountCents);
  const paymentId =
    receivedCents > 0
      ? Number(sql.payment.run(campaignId, pledgeId, row.amountCents, row.date, now, actor.userId).lastInsertRowid)
      : null;
  const event = [campaignId, pledgeId] as const;
  const { amountCents, type, date } = row;
  sql.event.run(
    ...event,
    "created",
    date,
    actor.userId,
    now,
    null,
    created,
    null,
    amountCents,
    null,
    type,
    0,
    receivedCents,
    paymentId,
    null,
  );
  // An import brings donations: its file has no contribution column.
  const first: PledgeState = {
    status: created,
    amountCents,
    type,
    receivedCents,
    sponsorId,
    plan,
    vatRatePercent: 0,
    receivedVatCents: 0,
  };
  const steps: DayStep[] = [{ day: date, before: null, after: first }];
  if (!withdrawn) return steps;
  sql.event.run(
    ...event,
    "status",
    date,
    actor.userId,
    now,
    "intent",
    "withdrawn",
    amountCents,
    amountCents,
    type,
    type,
    0,
    0,
    null,
    "imported as withdrawn",
  );
  steps.push({ day: date, before: first, after: { ...first, status: "withdrawn" } });
  return steps;
}
