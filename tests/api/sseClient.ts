// A live stream over real HTTP, read as the browser's EventSource would: tRPC's SSE format
// (`connected`, figure events with an id, `serialized-error`, `return`). Events are collected
// as they arrive, so a test can wait for the next figure or for the stream's end.
import { expect } from "vitest";

export interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/** How long a test waits for a stream to end before it counts it as still open. */
const END_WAIT_MS = 10_000;

export async function openSse(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  expect(res.status, await peekError(res)).toBe(200);
  const events: SseEvent[] = [];
  const waiting: (() => void)[] = [];
  let closed = false;
  const notify = () => {
    for (const wake of waiting.splice(0)) wake();
  };
  void (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += value;
        const blocks = text.split("\n\n");
        text = blocks.pop()!;
        for (const block of blocks.filter((b) => b.trim())) events.push(parseEvent(block));
        notify();
      }
    } catch {
      // aborted by the test
    }
    closed = true;
    notify();
  })();

  const until = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + END_WAIT_MS;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`no ${what} within ${END_WAIT_MS} ms; got ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  const figures = () => events.filter((e) => e.event === "message");

  return {
    events,
    /** Figure events so far, their data parsed. */
    figures: () => figures().map((e) => JSON.parse(e.data)),
    /** Waits until `count` figure events have arrived; returns the last one's data. */
    async figure(count: number) {
      await until(() => figures().length >= count, `figure #${count}`);
      return JSON.parse(figures()[count - 1].data);
    },
    /** Waits for the server to end the stream; returns the error code it ended with, if any. */
    async ended(): Promise<string | null> {
      await until(() => closed, "end of the stream");
      const error = events.find((e) => e.event === "serialized-error");
      return error ? (JSON.parse(error.data).data.code as string) : null;
    },
    close: () => abort.abort(),
  };
}
export type Sse = Awaited<ReturnType<typeof openSse>>;

/** A tRPC subscription's URL. */
export const streamUrl = (base: string, path: string, input: unknown) =>
  `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

function parseEvent(block: string): SseEvent {
  const event: SseEvent = { event: "message", data: "" };
  for (const line of block.split("\n")) {
    const colon = line.indexOf(":");
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).trimStart();
    if (field === "event") event.event = value;
    else if (field === "id") event.id = value;
    else if (field === "data") event.data = value;
  }
  return event;
}

async function peekError(res: Response): Promise<string> {
  return res.status === 200 ? "" : await res.text();
}
