// Which sponsors count on which day. A sponsor counts while it has at least one binding
// pledge; its per-day binding deltas (sponsor_daily_binding) give the days it starts and stops
// counting. After each change of those deltas the sponsor's start and stop days are worked out
// again and only the difference goes to the per-day counts, so the campaign's sponsor count on
// any day is a sum over a few rows, never over its sponsors.
import type { Sponsor } from "../../db/schema";
import { lateFlag } from "./knownAtLog";
import type { Write } from "./tx";

/** `recordedAt`: when the change was recorded, for the log of what was known when (null: not logged). */
export function refreshPresence(w: Write, campaignId: number, sponsor: Sponsor, recordedAt: number | null): void {
  const { statements } = w;
  const own = { campaignId, sponsorId: sponsor.id };
  const next = transitions(statements.sponsorBindingDays.all(own));
  const previous = statements.presence.all(own);

  const difference = new Map<string, number>();
  for (const p of previous) difference.set(p.day, (difference.get(p.day) ?? 0) - p.delta);
  for (const [day, delta] of next) difference.set(day, (difference.get(day) ?? 0) + delta);
  const changed = [...difference].filter(([, delta]) => delta !== 0);
  if (changed.length === 0) return;

  statements.clearPresence.run(own);
  for (const [day, delta] of next) statements.insertPresence.run({ ...own, day, delta });
  for (const [day, delta] of changed) {
    const row = { campaignId, day, sponsorKind: sponsor.kind, country: sponsor.country, delta };
    statements.addSponsorCount.run(row);
    if (recordedAt !== null) statements.logSponsorCount.run({ ...row, recordedAt, late: lateFlag(day, recordedAt) });
  }
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
