// A double click sends the same status change twice with the same expectedVersion: the first
// moves the pledge to version n+1, the second would be refused as stale ("someone else changed
// it") although no one else did. The second is recognised as the same change and answered with
// the pledge as the first left it, nothing written.
import { desc, eq } from "drizzle-orm";
import { pledgeEvents, pledges, type Pledge } from "../../db/schema";
import type { PledgeStatus } from "../domain/codes";
import { berlinDay } from "../domain/dates";
import type { Write } from "./tx";

/** How long after a change the same request still counts as its repeat. */
export const REPEAT_WINDOW_MS = 10_000;

export interface StatusRequest {
  pledgeId: number;
  status: PledgeStatus;
  expectedVersion: number;
  at?: string;
  reason?: string;
}

/**
 * The pledge, if the request repeats the pledge's last change: made from the same version by
 * the same user within REPEAT_WINDOW_MS, to the same status with the same date and reason, and
 * nothing changed since. Otherwise null, and the request is judged as usual.
 */
export function repeatedStatusChange(
  w: Write,
  actor: { userId: number | null; now: Date },
  input: StatusRequest,
  check: (campaignId: number) => void,
): Pledge | null {
  const pledge = w.tx.select().from(pledges).where(eq(pledges.id, input.pledgeId)).get();
  if (!pledge || pledge.version !== input.expectedVersion + 1 || pledge.status !== input.status) return null;
  check(pledge.campaignId);
  const last = w.tx
    .select()
    .from(pledgeEvents)
    .where(eq(pledgeEvents.pledgeId, pledge.id))
    .orderBy(desc(pledgeEvents.id))
    .limit(1)
    .get();
  const same =
    last !== undefined &&
    last.kind === "status" &&
    actor.userId !== null &&
    last.userId === actor.userId &&
    last.statusAfter === input.status &&
    last.at === (input.at ?? berlinDay(actor.now)) &&
    last.reason === (input.reason ?? null) &&
    actor.now.getTime() - last.createdAt <= REPEAT_WINDOW_MS;
  return same ? pledge : null;
}
