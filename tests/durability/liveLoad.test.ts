// Live streams under load (issue 15): many public streams from several addresses and a
// dozen staff streams follow concurrent writes; half the staff lose access in between.
// Every stream still open ends up with exactly the final figures (none lost, none stale),
// the revoked ones end with UNAUTHORIZED holding the figures from before, and once the
// streams close the server keeps no shared view. LIVE_STREAMS (default 120) makes the long
// chaos run (npm run chaos: 3000).
import { afterAll, describe, expect, it } from "vitest";
import { addPledge, addSponsor, addUser, servicesFor, setup, useCheapPasswords } from "../api/helpers";
import { serve, type Server } from "../api/httpHelpers";
import { envInt } from "./apiSession";
import { openStreams, type Streams } from "./manyStreams";

const PUBLIC_STREAMS = envInt("LIVE_STREAMS", 120);
const STAFF = 12;
const WRITES_PER_BATCH = 8;

let server: Server | undefined;
const open: Streams[] = [];
afterAll(async () => {
  for (const streams of open) streams.close();
  await server?.close();
});

describe("live streams under load", () => {
  it("every open stream gets the final figures, revoked ones end, nothing is kept after", async () => {
    const s = await setup();
    const campaignId = s.campaign.id;
    await s.as.admin.campaign.update({ campaignId, expectedVersion: s.campaign.version, publicPage: true });
    const staff = [];
    for (let i = 0; i < STAFF; i++) staff.push(await addUser(s.db, `viewer${i}@example.org`, "committee", campaignId));
    useCheapPasswords(s.db);
    server = await serve(s.db, s.clock.now);
    const http = server;
    const input = encodeURIComponent(JSON.stringify({ campaignId }));

    const publicStreams = await openStreams(
      `${http.base}/trpc/publicCampaign.onSummary?input=${input}`,
      PUBLIC_STREAMS,
    );
    open.push(publicStreams);
    const staffStreams: Streams[] = [];
    for (const user of staff) {
      const cookie = await http.login(user.email);
      const streams = await openStreams(`${http.base}/trpc/campaign.onSummary?input=${input}`, 1, {
        headers: { cookie },
      });
      staffStreams.push(streams);
      open.push(streams);
    }
    const sponsors = await Promise.all([0, 1, 2].map(() => addSponsor(s.as.organiser, campaignId)));
    let amount = 100_000;
    const batch = () =>
      Promise.all(
        Array.from({ length: WRITES_PER_BATCH }, (_, i) =>
          addPledge(s.as.organiser, campaignId, sponsors[i % 3].id, amount++, { pledgedAt: "2016-05-02" }),
        ),
      );
    const publicNow = async () => JSON.stringify(await s.as.anonymous.publicCampaign.get({ campaignId }));
    const staffNow = async () => JSON.stringify(await s.as.committee.campaign.summary({ campaignId }));
    const allShow = (streams: Streams[], figures: string) =>
      Promise.all(streams.map((st) => st.until((all) => all.every((x) => x.ended !== null || x.last === figures))));

    await batch();
    await allShow(staffStreams, await staffNow());
    const revoked = staffStreams.slice(0, STAFF / 2);
    const before = await staffNow();
    for (const user of staff.slice(0, STAFF / 2))
      await s.as.admin.user.setDisabled({ userId: user.id, disabled: true });
    await Promise.all(revoked.map((st) => st.until((all) => all.every((x) => x.ended !== null))));

    await batch();
    const finalPublic = await publicNow();
    const finalStaff = await staffNow();
    await allShow([publicStreams], withoutSupporters(finalPublic));
    await allShow(staffStreams.slice(STAFF / 2), finalStaff);

    for (const state of publicStreams.states) {
      expect(state.ended).toBeNull();
      expect(state.figures).toBeLessThanOrEqual(1 + 2 * WRITES_PER_BATCH); // never the same figures twice
    }
    for (const streams of staffStreams.slice(STAFF / 2)) expect(streams.states[0].ended).toBeNull();
    for (const streams of revoked) {
      expect(streams.states[0].ended).toBe("UNAUTHORIZED");
      expect(streams.states[0].last).toBe(before);
    }

    for (const streams of open.splice(0)) streams.close();
    const { views } = servicesFor(s.db);
    await expect.poll(() => views.size).toBe(0);
  });
});

/** The barometer streams publicCampaign.get's figures without the supporters. */
function withoutSupporters(page: string): string {
  const { campaign, summary } = JSON.parse(page) as { campaign: unknown; summary: unknown };
  return JSON.stringify({ campaign, summary });
}
