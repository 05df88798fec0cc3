// The loop behind every live figure (the dashboard's campaign.onSummary, the public
// barometer's publicCampaign.onSummary): check access and read at once, then again after
// every change of the campaign or of the viewer's access, and send only what differs from
// what the client last got. The figures come from SharedViews: computed once per change
// and view, whatever the number of streams showing them.
import { tracked } from "@trpc/server";
import { createHash } from "node:crypto";
import { type ChangeFeed, campaignTopic, type Topic } from "./changeFeed";
import type { SharedViews } from "./sharedViews";

/** A quiet stream still looks once a minute: the day may have turned, a session run out. */
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

/** What a stream shows now, once its access is checked. */
export interface LiveView<T> {
  /** The view's name within the campaign: streams with the same name get the same figures. */
  key: string;
  /** Besides its campaign, what wakes the stream: the access of the user or sponsor it streams to. */
  wakeOn: Topic[];
  /** The figures of the view (run once per change for all streams of the view). */
  read: () => T;
}

/**
 * Yields `tracked(digest, figures)` at once and whenever a change alters them, until the
 * client leaves, the server shuts down, or access ends. `check` runs before every event: it
 * asks again who the stream is for and what it may see, and throws the refusal (UNAUTHORIZED
 * once the session is gone, NOT_FOUND once the role or the public page is) which ends the
 * stream. A client that reconnects with its last id gets figures only if they changed meanwhile.
 */
export async function* liveDigests<T>(
  services: { feed: ChangeFeed; views: SharedViews },
  campaignId: number,
  check: () => LiveView<T>,
  { lastEventId = null, signal }: LiveOptions,
) {
  const { feed, views } = services;
  let lastId = lastEventId;
  let shown: string | null = null;
  try {
    while (!signal?.aborted && !feed.closed) {
      // All synchronous from the check to the read: nothing can change in between, and a
      // change that lands after the mark wakes the wait below.
      const view = check();
      const mark = feed.mark([campaignTopic(campaignId), ...view.wakeOn]);
      const key = `${campaignId}/${view.key}`;
      if (key !== shown) {
        views.join(key);
        if (shown) views.leave(shown);
        shown = key;
      }
      const { id, value } = views.read(key, mark.versions[0], view.read);
      if (id !== lastId) {
        lastId = id;
        yield tracked(id, value);
      }
      await feed.wait(mark, signal, RECHECK_MS);
    }
  } finally {
    if (shown) views.leave(shown);
  }
}
