// The loop behind every live figure (the dashboard's campaign.onSummary, the public
// barometer's publicCampaign.onSummary): read at once, then again after every change, and
// send only what differs from what the client last got.
import { tracked } from "@trpc/server";
import { createHash } from "node:crypto";
import type { ChangeFeed } from "./changeFeed";

/** A quiet stream still looks once a minute: the day may have turned. */
export const RECHECK_MS = 60_000;

/** A short, stable digest of a value's JSON: the event id a reconnecting client sends back. */
export function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}

export interface LiveOptions {
  /** The id of the last event the client got (EventSource sends it when it reconnects). */
  lastEventId?: string | null;
  signal?: AbortSignal;
}

/**
 * Yields `tracked(digest, read())` at once and whenever a change alters it, until the client
 * leaves or the server shuts down. `read` runs on every round, so it re-checks access: when
 * it throws (say NOT_FOUND, a public page switched off), the stream ends with that error.
 * A client that reconnects with its last id gets a value only if it changed meanwhile.
 */
export async function* liveDigests<T>(
  changes: ChangeFeed,
  campaignId: number,
  read: () => T,
  { lastEventId = null, signal }: LiveOptions,
) {
  let lastId = lastEventId;
  while (!signal?.aborted && !changes.closed) {
    // Read the version before the figures: a change that lands while reading wakes the wait.
    const seen = changes.versionOf(campaignId);
    const value = read();
    const eventId = digestOf(value);
    if (eventId !== lastId) {
      lastId = eventId;
      yield tracked(eventId, value);
    }
    await changes.wait(campaignId, seen, signal, RECHECK_MS);
  }
}
