// Many live streams over real HTTP, for the fan-out benchmark (bench/fanout.ts) and the
// chaos load test (liveLoad.test.ts). Public streams are capped per client address
// (LIVE_STREAMS_PER_ADDRESS), so they are opened from several loopback addresses
// (127.0.0.2, 127.0.0.3, …: Linux routes all of 127/8 to the loopback interface), each
// through its own http.Agent bound with `localAddress`. Events are parsed as they arrive;
// each stream keeps only its count of figures, the last one and how it ended.
import { Agent, type ClientRequest, get } from "node:http";

export interface StreamState {
  figures: number;
  /** The `data:` of the last figure event. */
  last: string | null;
  /** How the server ended the stream: an error code, "return", "closed", or null while open. */
  ended: string | null;
}

/** The figures of a stream as `publicCampaign.onSummary` / `campaign.onSummary` send them. */
export async function openStreams(
  url: string,
  count: number,
  { perAddress = 50, headers = {} }: { perAddress?: number; headers?: Record<string, string> } = {},
) {
  const states: StreamState[] = [];
  const requests: ClientRequest[] = [];
  const agents: Agent[] = [];
  const watchers = new Set<() => void>();
  const notify = () => {
    for (const watch of [...watchers]) watch();
  };

  const openOne = (agent: Agent) =>
    new Promise<void>((resolve, reject) => {
      const state: StreamState = { figures: 0, last: null, ended: null };
      states.push(state);
      const req = get(url, { agent, headers: { accept: "text/event-stream", ...headers } }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding("utf8");
        let text = "";
        res.on("data", (chunk: string) => {
          text += chunk;
          const blocks = text.split("\n\n");
          text = blocks.pop() ?? "";
          for (const block of blocks) read(state, block);
          if (state.figures > 0) resolve();
          notify();
        });
        res.on("end", () => {
          state.ended ??= "closed";
          resolve();
          notify();
        });
      });
      req.on("error", (error) => {
        state.ended ??= "closed";
        reject(error);
        notify();
      });
      requests.push(req);
    });

  // A few hundred connections at a time: the server accepts them in turn.
  for (let opened = 0; opened < count; ) {
    const wave: Promise<void>[] = [];
    for (; opened < count && wave.length < 200; opened++) {
      const address = Math.floor(opened / perAddress);
      if (!agents[address])
        agents[address] = new Agent({ localAddress: loopback(address), keepAlive: false, maxSockets: Infinity });
      wave.push(openOne(agents[address]));
    }
    await Promise.all(wave);
  }

  /** Resolves, with the time of the last arrival, once `done(states)` holds. */
  const until = (done: (all: StreamState[]) => boolean) =>
    new Promise<number>((resolve) => {
      const watch = () => {
        if (!done(states)) return;
        watchers.delete(watch);
        resolve(performance.now());
      };
      watchers.add(watch);
      watch();
    });

  return {
    states,
    /** Resolves with the time at which every stream that is still open has had `n` figures. */
    allHave: (n: number) => until((all) => all.every((s) => s.figures >= n || s.ended !== null)),
    until,
    close() {
      for (const req of requests) req.destroy();
      for (const agent of agents) agent.destroy();
    },
  };
}
export type Streams = Awaited<ReturnType<typeof openStreams>>;

/** 127.0.0.2 for the first group of streams, then 127.0.0.3, … */
function loopback(group: number): string {
  const n = group + 1;
  return `127.0.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}

function read(state: StreamState, block: string): void {
  let event = "message";
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data = line.slice(5).trim();
  }
  if (event === "message") {
    state.figures += 1;
    state.last = data;
  } else if (event === "serialized-error") {
    state.ended = (JSON.parse(data) as { data: { code: string } }).data.code;
  } else if (event === "return") {
    state.ended = "return";
  }
}
