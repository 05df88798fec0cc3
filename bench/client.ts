// What the benchmarks send: tRPC over real HTTP with a session cookie, and a reader for the
// live summary's server-sent events.
export interface BenchClient {
  query: (path: string, input: unknown) => Promise<unknown>;
  mutate: (path: string, input: unknown) => Promise<unknown>;
  cookie: string;
}

export async function signedIn(base: string, who: { email: string; password: string }): Promise<BenchClient> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(who),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")!.split(";")[0];
  const call = async (path: string, input: unknown, method: "GET" | "POST") => {
    const url =
      method === "GET"
        ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${base}/trpc/${path}`;
    const r = await fetch(url, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: method === "POST" ? JSON.stringify(input) : undefined,
    });
    const body = (await r.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (body.error) throw new Error(`${path}: ${body.error.message}`);
    return body.result!.data;
  };
  return { cookie, query: (p, i) => call(p, i, "GET"), mutate: (p, i) => call(p, i, "POST") };
}

/** Milliseconds per call of `fn`, `count` times in a row. */
export async function timed(count: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/** Subscribes to campaign.onSummary; `next()` resolves with the arrival time of the next summary event. */
export async function liveSummary(base: string, client: BenchClient, campaignId: number) {
  const controller = new AbortController();
  const url = `${base}/trpc/campaign.onSummary?input=${encodeURIComponent(JSON.stringify({ campaignId }))}`;
  const res = await fetch(url, {
    headers: { cookie: client.cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const arrivals: number[] = [];
  const waiting: ((at: number) => void)[] = [];
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          // A summary event carries an id; "connected" and pings do not.
          if (!/^id: /m.test(event)) continue;
          const at = performance.now();
          const wake = waiting.shift();
          if (wake) wake(at);
          else arrivals.push(at);
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    next: () =>
      new Promise<number>((resolve) => (arrivals.length > 0 ? resolve(arrivals.shift()!) : waiting.push(resolve))),
    close: () => controller.abort(),
  };
}
