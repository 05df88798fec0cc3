// Live streams end when access ends (issue 15, finding 3): a stream re-checks who opened it
// before every event, and a change of access wakes it, so it ends at once with the refusal
// rather than streaming on. Each case opens a real SSE stream over HTTP, takes the access
// away, then makes a write and checks that no further figures arrive.
import { afterEach, describe, expect, it } from "vitest";
import { addPledge, addSponsor, addUser, setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";
import { openSse, type Sse, streamUrl } from "./sseClient";

const START = "2016-05-20T10:00:00.000Z";

let server: Server | undefined;
const streams: Sse[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await server?.close();
  server = undefined;
});

async function fixture() {
  const s = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  const http = server;
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_000_000, { pledgedAt: "2016-05-01" });
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const stream = await openSse(streamUrl(http.base, path, { campaignId: s.campaign.id }), headers);
    streams.push(stream);
    const first = await stream.figure(1);
    expect(first.countedCents ?? first.summary.countedCents).toBe(1_000_000);
    return stream;
  };
  /** The dashboard's stream as the user with this cookie (or Bearer token) sees it. */
  const staffStream = (headers: Record<string, string>) => open("campaign.onSummary", headers);
  /** A write that changes the figures: every stream still open gets them. */
  const write = () => addPledge(s.as.organiser, s.campaign.id, sponsor.id, 250_000, { pledgedAt: "2016-05-02" });
  /** The stream ended with `code` and got no figure after the first. */
  const endedWith = async (stream: Sse, code: string) => {
    expect(await stream.ended()).toBe(code);
    await write();
    expect(stream.figures()).toHaveLength(1);
  };
  return { s, http, sponsor, staffStream, open, write, endedWith };
}

describe("campaign.onSummary ends when access ends", () => {
  it("when the user is disabled", async () => {
    const { s, http, staffStream, endedWith } = await fixture();
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    await s.as.admin.user.setDisabled({ userId: s.users.committee.id, disabled: true });
    await endedWith(stream, "UNAUTHORIZED");
  });

  it("when the user loses its role in the campaign", async () => {
    const { s, http, staffStream, endedWith } = await fixture();
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    await s.as.admin.user.setMembership({ userId: s.users.committee.id, campaignId: s.campaign.id, role: "none" });
    await endedWith(stream, "NOT_FOUND");
  });

  it("when the user is made a funder of the campaign: a funder gets the overall summary, never the stream", async () => {
    const { s, http, staffStream, endedWith } = await fixture();
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    await s.as.admin.user.setMembership({ userId: s.users.committee.id, campaignId: s.campaign.id, role: "funder" });
    await endedWith(stream, "FORBIDDEN");
  });

  it("when an admin stops being one and has no role in the campaign", async () => {
    const { s, http, staffStream, endedWith } = await fixture();
    const second = await addUser(s.db, "second-admin@example.org", "admin");
    useCheapPasswords(s.db);
    const stream = await staffStream({ cookie: await http.login("second-admin@example.org") });
    await s.as.admin.user.setAdmin({ userId: second.id, isAdmin: false });
    await endedWith(stream, "NOT_FOUND");
  });

  it("when an admin resets the user's password (its sessions end)", async () => {
    const { s, http, staffStream, endedWith } = await fixture();
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    await s.as.admin.user.resetPassword({ userId: s.users.committee.id, password: "a new long password" });
    await endedWith(stream, "UNAUTHORIZED");
  });

  it("when the session logs out, while the user's other session streams on", async () => {
    const { http, staffStream, write, endedWith } = await fixture();
    const cookie = await http.login("committee@example.org");
    const leaving = await staffStream({ cookie });
    const staying = await staffStream({ cookie: await http.login("committee@example.org") });
    expect((await http.mutate("auth.logout", {}, { cookie })).status).toBe(200);
    await endedWith(leaving, "UNAUTHORIZED");
    await write();
    expect((await staying.figure(3)).countedCents).toBe(1_500_000);
  });

  it("when the session expires: the next change ends the stream instead of sending it", async () => {
    const { s, http, staffStream, write } = await fixture();
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    s.clock.set("2016-06-20T10:00:00.000Z"); // 31 days on: the 30-day session is over
    await write();
    expect(await stream.ended()).toBe("UNAUTHORIZED");
    expect(stream.figures()).toHaveLength(1);
  });

  it("when the API token it was opened with is revoked", async () => {
    const { s, staffStream, endedWith } = await fixture();
    const token = await s.as.committee.apiToken.create({ name: "wallboard", scope: "read" });
    const stream = await staffStream({ authorization: `Bearer ${token.token}` });
    await s.as.committee.apiToken.revoke({ tokenId: token.id });
    await endedWith(stream, "UNAUTHORIZED");
  });

  it("when the sponsor's links are revoked (its sessions end)", async () => {
    const { s, http, sponsor, staffStream, endedWith } = await fixture();
    const link = await s.as.organiser.sponsor.createAccessLink({ sponsorId: sponsor.id });
    const opened = await http.request(new URL(link.url).pathname);
    expect(opened.status).toBe(303);
    const stream = await staffStream({ cookie: opened.cookies[0] });
    await s.as.organiser.sponsor.revokeAccessLinks({ sponsorId: sponsor.id });
    await endedWith(stream, "UNAUTHORIZED");
  });
});

describe("publicCampaign.onSummary ends when the public page is switched off", () => {
  it("ends with NOT_FOUND and sends nothing more", async () => {
    const { s, open, endedWith } = await fixture();
    const campaign = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      publicPage: true,
    });
    const stream = await open("publicCampaign.onSummary");
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: campaign.version,
      publicPage: false,
    });
    await endedWith(stream, "NOT_FOUND");
  });
});

describe("the staff's live summary and the state's share", () => {
  it("wakes an open dashboard when the state's money is recorded, though no own-funds figure changed", async () => {
    const { s, http, staffStream } = await fixture();
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, applicationStatus: "submitted" });
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: 2,
      applicationStatus: "approved",
      grantCents: 1_000_000,
    });
    const stream = await staffStream({ cookie: await http.login("committee@example.org") });
    const before = stream.figures().length;
    await s.as.organiser.statePayment.record({
      campaignId: s.campaign.id,
      amountCents: 250_000,
      receivedAt: "2016-05-20",
    });
    const next = await stream.figure(before + 1);
    expect(next.stateShare).toEqual({ calledCents: 0, receivedCents: 250_000 });
  });
});
