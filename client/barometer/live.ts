// The live figures over server-sent events, read with the browser's EventSource rather
// than the tRPC client: the page stays a few kilobytes. The stream is tRPC's SSE format:
// each figure a plain `message` event (its id a digest, which EventSource sends back as
// Last-Event-ID when it reconnects), `serialized-error` with the error shape, `return` at
// the end (a server shutting down).
import type { Figures } from "./view";

export interface LiveHandlers {
  onFigures: (figures: Figures) => void;
  /** NOT_FOUND: the campaign's public page is off (or there is no such campaign). */
  onNotPublic: () => void;
  /** The connection dropped; a new attempt is on its way. */
  onOffline: () => void;
  /** Connected (again): the figures shown are current, even when none follow at once. */
  onOnline: () => void;
}

/** After the server ended the stream or said no: look again now and then (a page switched back on). */
const RETRY_MS = 30_000;

export function followFigures(campaignId: number, handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let lastEventId = "";

  const open = () => {
    const params = new URLSearchParams({ input: JSON.stringify({ campaignId }) });
    // A fresh EventSource cannot send Last-Event-ID itself; tRPC reads it from the query too.
    if (lastEventId) params.set("lastEventId", lastEventId);
    source = new EventSource(`/trpc/publicCampaign.onSummary?${params}`);
    source.addEventListener("open", handlers.onOnline);
    source.addEventListener("message", (event) => {
      if (event.lastEventId) lastEventId = event.lastEventId;
      handlers.onFigures(JSON.parse(event.data) as Figures);
    });
    source.addEventListener("serialized-error", (event) => {
      const code = (JSON.parse((event as MessageEvent<string>).data) as { data?: { code?: string } } | null)?.data
        ?.code;
      if (code === "NOT_FOUND") {
        lastEventId = "";
        handlers.onNotPublic();
      } else handlers.onOffline();
      restartLater();
    });
    source.addEventListener("return", () => {
      handlers.onOffline();
      restartLater();
    });
    source.addEventListener("error", () => {
      // CONNECTING: the browser retries by itself; CLOSED (an HTTP error): we do.
      handlers.onOffline();
      if (source?.readyState === EventSource.CLOSED) restartLater();
    });
  };

  const restartLater = () => {
    source?.close();
    clearTimeout(retry);
    retry = setTimeout(open, RETRY_MS);
  };

  open();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
