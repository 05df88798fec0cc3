// CONTRACT.md "Who sees what": session → kind of account → input → visibility → role → state.
import { describe, expect, it } from "vitest";
import {
  addPledge,
  addSponsor,
  expectCode,
  expectFieldError,
  rowCounts,
  setup,
  TARGET,
  type Caller,
  type Setup,
} from "./helpers";

/** A sponsor and a confirmed pledge in each campaign, by its own organiser. */
async function withPledges(s: Setup) {
  const sponsorA = await addSponsor(s.as.organiser, s.campaign.id);
  const pledgeA = await addPledge(s.as.organiser, s.campaign.id, sponsorA.id, 1_000_000);
  const sponsorB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id);
  const pledgeB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorB.id, 2_000_000);
  return { sponsorA, pledgeA, sponsorB, pledgeB };
}

/** Every procedure that writes, called with valid input for campaign A. */
function writes(c: Caller, s: Setup, ids: Awaited<ReturnType<typeof withPledges>>) {
  return {
    "campaign.create": () => c.campaign.create({ name: "X", targetCents: 1, matchCapCents: 1, deadline: "2016-07-01" }),
    "campaign.update": () => c.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, name: "Y" }),
    "user.create": () =>
      c.user.create({ email: "x@example.org", name: "X", password: "long enough pw", role: "admin" }),
    "sponsor.create": () =>
      c.sponsor.create({ campaignId: s.campaign.id, name: "Neu GmbH", kind: "company", country: "DE" }),
    "pledge.create": () =>
      c.pledge.create({
        campaignId: s.campaign.id,
        sponsorId: ids.sponsorA.id,
        amountCents: 100,
        type: "cash",
        status: "intent",
      }),
    "pledge.setStatus": () =>
      c.pledge.setStatus({ pledgeId: ids.pledgeA.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
    "pledge.recordPayment": () =>
      c.pledge.recordPayment({ pledgeId: ids.pledgeA.id, amountCents: 100, paidAt: "2016-05-20", expectedVersion: 1 }),
  };
}

describe("without a session", () => {
  it("every write is UNAUTHORIZED and writes nothing, even with bad input", async () => {
    const s = await setup();
    const ids = await withPledges(s);
    const before = rowCounts(s.db);
    for (const [name, call] of Object.entries(writes(s.as.anonymous, s, ids))) {
      await expectCode(call(), "UNAUTHORIZED", name);
    }
    await expectCode(s.as.anonymous.pledge.create({} as never), "UNAUTHORIZED");
    await expectCode(s.as.anonymous.auth.logout(), "UNAUTHORIZED");
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("every read is UNAUTHORIZED", async () => {
    const s = await setup();
    const { pledgeA } = await withPledges(s);
    const c = s.as.anonymous;
    const id = s.campaign.id;
    for (const call of [
      c.campaign.list(),
      c.campaign.summary({ campaignId: id }),
      c.sponsor.list({ campaignId: id }),
      c.pledge.list({ campaignId: id }),
      c.pledge.history({ pledgeId: pledgeA.id }),
    ]) {
      await expectCode(call, "UNAUTHORIZED");
    }
  });
});

describe("a committee member", () => {
  it("writing is FORBIDDEN and changes nothing", async () => {
    const s = await setup();
    const ids = await withPledges(s);
    const before = rowCounts(s.db);
    const calls = writes(s.as.committee, s, ids);
    for (const name of [
      "sponsor.create",
      "pledge.create",
      "pledge.setStatus",
      "pledge.recordPayment",
      "campaign.create",
      "campaign.update",
      "user.create",
    ] as const) {
      await expectCode(calls[name](), "FORBIDDEN", name);
    }
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("reads the summary, sponsors, pledges and history of the campaign", async () => {
    const s = await setup();
    const { sponsorA, pledgeA } = await withPledges(s);
    const c = s.as.committee;
    expect((await c.campaign.list()).map((x) => [x.id, x.role])).toEqual([[s.campaign.id, "committee"]]);
    expect(await c.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      countedCents: 1_000_000,
      targetCents: TARGET,
    });
    expect((await c.sponsor.list({ campaignId: s.campaign.id })).items.map((x) => x.id)).toEqual([sponsorA.id]);
    expect((await c.pledge.list({ campaignId: s.campaign.id })).items.map((x) => x.id)).toEqual([pledgeA.id]);
    expect(await c.pledge.history({ pledgeId: pledgeA.id })).toHaveLength(1);
  });

  it("is checked for its role after input and visibility, before the pledge's state", async () => {
    const s = await setup();
    const { pledgeA, pledgeB } = await withPledges(s);
    const c = s.as.committee;
    // bad input first: BAD_REQUEST, even though the committee may not write at all
    await expectFieldError(
      c.pledge.create({ campaignId: s.campaign.id, sponsorId: 1, amountCents: 0, type: "cash", status: "intent" }),
      "amountCents",
    );
    // a pledge of another campaign: NOT_FOUND, not FORBIDDEN
    await expectCode(
      c.pledge.setStatus({ pledgeId: pledgeB.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
      "NOT_FOUND",
    );
    // a stale version on its own campaign: FORBIDDEN, not CONFLICT
    await expectCode(
      c.pledge.setStatus({ pledgeId: pledgeA.id, status: "withdrawn", expectedVersion: 7, reason: "x" }),
      "FORBIDDEN",
    );
  });
});

describe("an organiser of campaign A", () => {
  it("gets NOT_FOUND for campaign B, exactly as for a campaign that does not exist", async () => {
    const s = await setup();
    const { sponsorB } = await withPledges(s);
    const c = s.as.organiser;
    for (const campaignId of [s.otherCampaign.id, 999]) {
      await expectCode(c.campaign.summary({ campaignId }), "NOT_FOUND");
      await expectCode(c.sponsor.list({ campaignId }), "NOT_FOUND");
      await expectCode(c.pledge.list({ campaignId }), "NOT_FOUND");
      await expectCode(c.sponsor.create({ campaignId, name: "Neu GmbH", kind: "company", country: "DE" }), "NOT_FOUND");
      await expectCode(addPledge(c, campaignId, sponsorB.id, 100), "NOT_FOUND");
    }
    expect((await c.campaign.list()).map((x) => x.id)).toEqual([s.campaign.id]);
  });

  it("gets NOT_FOUND for B's pledges and B's sponsors, and changes nothing", async () => {
    const s = await setup();
    const { pledgeB, sponsorB } = await withPledges(s);
    const c = s.as.organiser;
    const before = rowCounts(s.db);
    for (const pledgeId of [pledgeB.id, 999]) {
      await expectCode(c.pledge.history({ pledgeId }), "NOT_FOUND");
      await expectCode(
        c.pledge.setStatus({ pledgeId, status: "withdrawn", expectedVersion: 1, reason: "x" }),
        "NOT_FOUND",
      );
      await expectCode(
        c.pledge.recordPayment({ pledgeId, amountCents: 1, paidAt: "2016-05-20", expectedVersion: 1 }),
        "NOT_FOUND",
      );
    }
    // B's sponsor used in A
    await expectCode(addPledge(c, s.campaign.id, sponsorB.id, 100), "NOT_FOUND");
    // a stale version on B's pledge still says NOT_FOUND: state is checked last
    await expectCode(
      c.pledge.setStatus({ pledgeId: pledgeB.id, status: "withdrawn", expectedVersion: 9, reason: "x" }),
      "NOT_FOUND",
    );
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("with bad input for campaign B gets BAD_REQUEST: input is checked before visibility", async () => {
    const s = await setup();
    await expectFieldError(
      s.as.organiser.campaign.summary({ campaignId: s.otherCampaign.id, asOf: "2016-02-30" }),
      "asOf",
    );
  });
});

describe("admin-only procedures", () => {
  it("refuse a non-admin's bad input as FORBIDDEN: the kind of account is checked before input", async () => {
    const s = await setup();
    for (const c of [s.as.organiser, s.as.committee]) {
      await expectCode(c.campaign.create({ name: "", targetCents: -1 } as never), "FORBIDDEN");
      await expectCode(c.campaign.update({ campaignId: "x" } as never), "FORBIDDEN");
      await expectCode(c.user.create({ email: "not an email" } as never), "FORBIDDEN");
    }
  });

  it("give the admin's bad input a BAD_REQUEST naming the field", async () => {
    const s = await setup();
    await expectFieldError(
      s.as.admin.campaign.create({ name: "X", targetCents: 0, matchCapCents: 1, deadline: "2016-07-01" }),
      "targetCents",
    );
    await expectFieldError(
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, deadline: "2016-02-30" }),
      "deadline",
    );
  });

  it("an admin sees and writes every campaign", async () => {
    const s = await setup();
    const { pledgeB } = await withPledges(s);
    expect((await s.as.admin.campaign.list()).map((x) => [x.id, x.role])).toEqual([
      [s.campaign.id, "admin"],
      [s.otherCampaign.id, "admin"],
    ]);
    const withdrawn = await s.as.admin.pledge.setStatus({
      pledgeId: pledgeB.id,
      status: "withdrawn",
      expectedVersion: 1,
      reason: "admin fix",
    });
    expect(withdrawn).toMatchObject({ status: "withdrawn", version: 2 });
  });
});
