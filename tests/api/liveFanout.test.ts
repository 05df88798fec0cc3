// Live figures are computed once per change and view, not once per stream (issue 15, finding
// 6: each write recomputed one summary per open stream, so 1,000 barometers held a write's
// answer for 1.2 s). The database counts the summary reads it runs (better-sqlite3's
// `verbose` sees every statement); streams are real SSE over HTTP.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/open";
import * as schema from "../../db/schema";
import { addPledge, addSponsor, callerFor, setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";
import { openSse, type Sse, streamUrl } from "./sseClient";

let server: Server | undefined;
const streams: Sse[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await server?.close();
  server = undefined;
});

/** A copy of the database that counts its summary reads (each reads the campaign's figure totals once). */
function countingCopy(db: Db) {
  const reads = { summaries: 0 };
  const sqlite = new Database(db.$client.serialize(), {
    verbose: (sql) => {
      if (/from "figure_totals"/.test(String(sql))) reads.summaries += 1;
    },
  });
  sqlite.pragma("foreign_keys = ON");
  return { db: drizzle(sqlite, { schema }) as Db, reads };
}

async function fixture() {
  const s = await setup();
  useCheapPasswords(s.db);
  await s.as.admin.campaign.update({
    campaignId: s.campaign.id,
    expectedVersion: s.campaign.version,
    publicPage: true,
  });
  const { db, reads } = countingCopy(s.db);
  server = await serve(db, s.clock.now);
  const http = server;
  const organiser = await callerFor(db, s.users.organiser, s.clock);
  const sponsors = [await addSponsor(organiser, s.campaign.id), await addSponsor(organiser, s.campaign.id)];
  let amount = 100_000;
  /** A write that changes the figures; resolves once every open stream has them. */
  const write = async () => {
    const before = streams.map((st) => st.figures().length);
    amount += 1;
    await addPledge(organiser, s.campaign.id, sponsors[0].id, amount, { pledgedAt: "2016-05-02" });
    await Promise.all(streams.map((st, i) => st.figure(before[i] + 1)));
  };
  /** Summary reads while `action` runs. */
  const readsDuring = async (action: () => Promise<unknown>) => {
    reads.summaries = 0;
    await action();
    return reads.summaries;
  };
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const stream = await openSse(streamUrl(http.base, path, { campaignId: s.campaign.id }), headers);
    streams.push(stream);
    await stream.figure(1);
  };
  const sponsorCookie = async (sponsorId: number) => {
    const link = await organiser.sponsor.createAccessLink({ sponsorId });
    return (await http.request(new URL(link.url).pathname)).cookies[0];
  };
  return { http, sponsors, write, readsDuring, open, sponsorCookie };
}

describe("live figures are computed once per change and view", () => {
  it("ten public streams cost one computation per change, as one stream does", async () => {
    const { write, readsDuring, open } = await fixture();
    await open("publicCampaign.onSummary");
    const one = await readsDuring(write);
    expect(one).toBeGreaterThan(0);
    for (let i = 0; i < 9; i++) await open("publicCampaign.onSummary");
    expect(await readsDuring(write)).toBe(one);
  });

  it("staff streams of several users share one summary; each sponsor has its own", async () => {
    const { http, sponsors, write, readsDuring, open, sponsorCookie } = await fixture();
    await open("campaign.onSummary", { cookie: await http.login("organiser@example.org") });
    const one = await readsDuring(write);
    for (const email of ["committee@example.org", "admin@example.org", "organiser@example.org"])
      await open("campaign.onSummary", { cookie: await http.login(email) });
    expect(await readsDuring(write)).toBe(one);
    const first = await sponsorCookie(sponsors[0].id);
    await open("campaign.onSummary", { cookie: first });
    await open("campaign.onSummary", { cookie: first });
    await open("campaign.onSummary", { cookie: await sponsorCookie(sponsors[1].id) });
    expect(await readsDuring(write)).toBe(3 * one);
  });
});
