// Which sponsors count on which day. A sponsor counts while it has at least one binding
// pledge; its per-day binding deltas (sponsor_daily_binding) give the days it starts and stops
// counting. After each change of those deltas the sponsor's start and stop days are worked out
// again and only the difference goes to the per-day counts, so the campaign's sponsor count on
// any day is a sum over a few rows, never over its sponsors.
import { and, asc, eq, sql } from "drizzle-orm";
import { dailySponsorCounts, sponsorDailyBinding, sponsorPresence, type Sponsor } from "../../db/schema";
import type { Tx } from "./tx";

export function refreshPresence(tx: Tx, campaignId: number, sponsor: Sponsor): void {
  const own = and(eq(sponsorPresence.campaignId, campaignId), eq(sponsorPresence.sponsorId, sponsor.id));
  const rows = tx.select({ day: sponsorDailyBinding.day, bindingCount: sponsorDailyBinding.bindingCount }).from(sponsorDailyBinding)
    .where(and(eq(sponsorDailyBinding.campaignId, campaignId), eq(sponsorDailyBinding.sponsorId, sponsor.id)))
    .orderBy(asc(sponsorDailyBinding.day)).all();
  const next = transitions(rows);
  const previous = tx.select({ day: sponsorPresence.day, delta: sponsorPresence.delta }).from(sponsorPresence).where(own).all();

  const difference = new Map<string, number>();
  for (const p of previous) difference.set(p.day, (difference.get(p.day) ?? 0) - p.delta);
  for (const [day, delta] of next) difference.set(day, (difference.get(day) ?? 0) + delta);
  const changed = [...difference].filter(([, delta]) => delta !== 0);
  if (changed.length === 0) return;

  tx.delete(sponsorPresence).where(own).run();
  if (next.size > 0) tx.insert(sponsorPresence).values([...next].map(([day, delta]) => ({ campaignId, sponsorId: sponsor.id, day, delta }))).run();
  for (const [day, delta] of changed) addSponsorCount(tx, campaignId, day, sponsor, delta);
}

/** The days a running count leaves zero (+1) or comes back to it (−1). */
export function transitions(rows: readonly { day: string; bindingCount: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  let running = 0;
  for (const row of rows) {
    const before = running > 0;
    running += row.bindingCount;
    if (before !== running > 0) out.set(row.day, running > 0 ? 1 : -1);
  }
  return out;
}

function addSponsorCount(tx: Tx, campaignId: number, day: string, sponsor: Sponsor, delta: number): void {
  tx.insert(dailySponsorCounts)
    .values({ campaignId, day, sponsorKind: sponsor.kind, country: sponsor.country, delta })
    .onConflictDoUpdate({
      target: [dailySponsorCounts.campaignId, dailySponsorCounts.day, dailySponsorCounts.sponsorKind, dailySponsorCounts.country],
      set: { delta: sql`${dailySponsorCounts.delta} + ${delta}` },
    })
    .run();
}
