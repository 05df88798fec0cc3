// Public live streams are capped per client address (issue 15, finding 6: 5,000 barometer
// streams from one address, no sign-in needed, held every write back for seconds). One more
// than LIVE_STREAMS_PER_ADDRESS is answered 429; other addresses, and the same one once a
// stream closes, get theirs. Behind a proxy (TRUST_PROXY=on) the address is X-Forwarded-For's.
import { type ClientRequest, get } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";
import { streamUrl } from "./sseClient";

let server: Server | undefined;
const open: ClientRequest[] = [];
afterEach(async () => {
  for (const req of open.splice(0)) req.destroy();
  await server?.close();
  server = undefined;
});

async function fixture(options: { trustProxy?: boolean } = {}) {
  const s = await setup();
  await s.as.admin.campaign.update({
    campaignId: s.campaign.id,
    expectedVersion: s.campaign.version,
    publicPage: true,
  });
  server = await serve(s.db, s.clock.now, { liveStreamsPerAddress: 3, ...options });
  const url = streamUrl(server.base, "publicCampaign.onSummary", { campaignId: s.campaign.id });
  /** Opens the barometer's stream from `localAddress`; resolves with the answer's status and body so far. */
  const stream = (localAddress = "127.0.0.1", headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; req: ClientRequest }>((resolve, reject) => {
      const req = get(url, { localAddress, headers: { accept: "text/event-stream", ...headers } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        const done = () => resolve({ status: res.statusCode!, body, req });
        res.on("data", (chunk: string) => {
          body += chunk;
          if (res.statusCode === 200 && body.includes("\nid: ")) done(); // the first figures are in
        });
        res.on("end", done);
        res.on("error", reject as (e: Error) => void);
      });
      req.on("error", reject);
      open.push(req);
    });
  return { stream };
}

const closed = (req: ClientRequest) =>
  new Promise<void>((resolve) => {
    req.once("close", () => setImmediate(resolve));
    req.destroy();
  });

describe("public live streams per address", () => {
  it("answers the stream one past the cap with 429, and lets one in again once a stream closes", async () => {
    const { stream } = await fixture();
    const first = await stream();
    for (let i = 0; i < 2; i++) expect((await stream()).status).toBe(200);
    const refused = await stream();
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await stream("127.0.0.2")).status).toBe(200); // another address has its own share
    await closed(first.req);
    // The server learns of the hang-up a moment later: ask again until it has.
    let again = await stream();
    for (let i = 0; again.status === 429 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 20));
      again = await stream();
    }
    expect(again.status).toBe(200);
  });

  it("behind a proxy counts the client address from X-Forwarded-For", async () => {
    const { stream } = await fixture({ trustProxy: true });
    const from = (client: string) => stream("127.0.0.1", { "x-forwarded-for": client });
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.7")).status).toBe(200);
    expect((await from("203.0.113.7")).status).toBe(429);
    expect((await from("198.51.100.2")).status).toBe(200);
  });
});

describe("LIVE_STREAMS_PER_ADDRESS", () => {
  it("is 50 unless set, and refuses what is not a whole number from 1, naming itself", () => {
    expect(readConfig({}).liveStreamsPerAddress).toBe(50);
    expect(readConfig({ LIVE_STREAMS_PER_ADDRESS: "200" }).liveStreamsPerAddress).toBe(200);
    for (const bad of ["0", "-1", "2.5", "many", "1e3"])
      expect(() => readConfig({ LIVE_STREAMS_PER_ADDRESS: bad }), bad).toThrow(/LIVE_STREAMS_PER_ADDRESS/);
  });
});
