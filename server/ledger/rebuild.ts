// Rebuilds a campaign's per-day figures from its events alone. Corrections that change the
// past as a whole (a sponsor's kind or country fixed, two sponsors merged) rebuild; it is
// also the proof that the figures are nothing but the sum of the events.
import { asc, eq } from "drizzle-orm";
import {
  dailyFigures,
  dailySponsorCounts,
  pledgeEvents,
  pledges,
  sponsorDailyBinding,
  sponsorPresence,
  sponsors,
  type Sponsor,
} from "../../db/schema";
import { applyToFigures, moveFigures, type PledgeFigures } from "./events";
import type { Write } from "./tx";

type Changes = Record<string, [unknown, unknown]>;

export function rebuildFigures(w: Write, campaignId: number): void {
  const { tx } = w;
  tx.delete(dailyFigures).where(eq(dailyFigures.campaignId, campaignId)).run();
  tx.delete(sponsorDailyBinding).where(eq(sponsorDailyBinding.campaignId, campaignId)).run();
  tx.delete(sponsorPresence).where(eq(sponsorPresence.campaignId, campaignId)).run();
  tx.delete(dailySponsorCounts).where(eq(dailySponsorCounts.campaignId, campaignId)).run();
  const byId = new Map(
    tx
      .select()
      .from(sponsors)
      .where(eq(sponsors.campaignId, campaignId))
      .all()
      .map((s) => [s.id, s]),
  );
  // A merged sponsor's pledges belong to the sponsor it was merged into, on every day.
  const effective = (id: number): Sponsor => {
    let sponsor = byId.get(id);
    while (sponsor && sponsor.mergedIntoId !== null) sponsor = byId.get(sponsor.mergedIntoId);
    if (!sponsor) throw new Error(`pledge of an unknown sponsor ${id}`);
    return sponsor;
  };
  const events = tx
    .select()
    .from(pledgeEvents)
    .where(eq(pledgeEvents.campaignId, campaignId))
    .orderBy(asc(pledgeEvents.id))
    .all();
  const sponsorOf = initialSponsors(tx, campaignId, events);
  const state = new Map<number, PledgeFigures>();
  for (const e of events) {
    const changes: Changes = e.changes ? JSON.parse(e.changes) : {};
    const before = effective(sponsorOf.get(e.pledgeId) ?? 0);
    if (changes.sponsorId) sponsorOf.set(e.pledgeId, changes.sponsorId[1] as number);
    const after = effective(sponsorOf.get(e.pledgeId) ?? 0);
    const current = state.get(e.pledgeId);
    if (changes.pledgedAt && current)
      moveFigures(w, campaignId, changes.pledgedAt[0] as string, changes.pledgedAt[1] as string, current, before);
    const figures = {
      status: e.statusAfter,
      amountCents: e.amountAfterCents,
      type: e.typeAfter,
      receivedCents: e.receivedAfterCents,
    };
    applyToFigures(w, campaignId, e.at, current ?? null, figures, before, after);
    state.set(e.pledgeId, figures);
  }
}

/** Each pledge's sponsor when it was created: before its first move, or its sponsor now. */
function initialSponsors(
  tx: Write["tx"],
  campaignId: number,
  events: { pledgeId: number; changes: string | null }[],
): Map<number, number> {
  const out = new Map(
    tx
      .select({ id: pledges.id, sponsorId: pledges.sponsorId })
      .from(pledges)
      .where(eq(pledges.campaignId, campaignId))
      .all()
      .map((p) => [p.id, p.sponsorId]),
  );
  const seen = new Set<number>();
  for (const e of events) {
    if (seen.has(e.pledgeId) || !e.changes) continue;
    const moved = (JSON.parse(e.changes) as Changes).sponsorId;
    if (moved) {
      out.set(e.pledgeId, moved[0] as number);
      seen.add(e.pledgeId);
    }
  }
  return out;
}
