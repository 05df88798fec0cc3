// Idempotent pledge creation and campaign.update (application status, versions, rules).
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, rowCounts, setup } from "./helpers";

describe("pledge.create with an idempotencyKey", () => {
  it("a replay with the same input returns the same pledge and creates nothing", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const input = { idempotencyKey: "bank-export-2016-05-20-line-7", note: "first transfer" };
    const first = await addPledge(o, s.campaign.id, sponsor.id, 500_000, input);
    const before = rowCounts(s.db);
    const replay = await addPledge(o, s.campaign.id, sponsor.id, 500_000, input);
    expect(replay).toEqual(first);
    expect(rowCounts(s.db)).toEqual(before);
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      pledgeCount: 1,
      countedCents: 500_000,
    });
  });

  it("a replay that spells out a default (conditional: false, today's date) is still the same input", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const first = await o.pledge.create({
      campaignId: s.campaign.id,
      sponsorId: sponsor.id,
      amountCents: 700_000,
      type: "cash",
      status: "confirmed",
      idempotencyKey: "k-defaults",
    });
    const replay = await o.pledge.create({
      campaignId: s.campaign.id,
      sponsorId: sponsor.id,
      amountCents: 700_000,
      type: "cash",
      status: "confirmed",
      conditional: false,
      pledgedAt: first.pledgedAt,
      idempotencyKey: "k-defaults",
    });
    expect(replay.id).toBe(first.id);
  });

  it("the same key with other input is a CONFLICT and creates nothing", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 500_000, { idempotencyKey: "k1" });
    const before = rowCounts(s.db);
    await expectCode(addPledge(o, s.campaign.id, sponsor.id, 500_001, { idempotencyKey: "k1" }), "CONFLICT");
    await expectCode(
      addPledge(o, s.campaign.id, sponsor.id, 500_000, { idempotencyKey: "k1", status: "intent" }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("keys are unique per campaign: another campaign may use the same key", async () => {
    const s = await setup();
    const a = await addSponsor(s.as.organiser, s.campaign.id);
    const b = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id);
    const inA = await addPledge(s.as.organiser, s.campaign.id, a.id, 100, { idempotencyKey: "row-1" });
    const inB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, b.id, 100, { idempotencyKey: "row-1" });
    expect(inB.id).not.toBe(inA.id);
    expect(inB.campaignId).toBe(s.otherCampaign.id);
  });
});

describe("campaign.update", () => {
  it("rejecting the application lapses conditional pledges not yet paid, with the reason", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const conditionalIntent = await addPledge(o, s.campaign.id, sponsor.id, 1_000, {
      status: "intent",
      conditional: true,
    });
    const conditionalConfirmed = await addPledge(o, s.campaign.id, sponsor.id, 2_000, { conditional: true });
    const partlyPaid = await addPledge(o, s.campaign.id, sponsor.id, 4_000, { conditional: true });
    await o.pledge.recordPayment({
      pledgeId: partlyPaid.id,
      amountCents: 1_000,
      paidAt: "2016-05-20",
      expectedVersion: 1,
    });
    const conditionalPaid = await addPledge(o, s.campaign.id, sponsor.id, 8_000, { status: "paid", conditional: true });
    const unconditional = await addPledge(o, s.campaign.id, sponsor.id, 16_000);

    const submitted = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: 1,
      applicationStatus: "submitted",
    });
    expect(submitted).toMatchObject({ applicationStatus: "submitted", version: 2 });
    s.clock.set("2016-07-08T09:00:00Z");
    const rejected = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: 2,
      applicationStatus: "rejected",
    });
    expect(rejected).toMatchObject({ applicationStatus: "rejected", version: 3 });

    const statusOf = new Map((await o.pledge.list({ campaignId: s.campaign.id })).items.map((p) => [p.id, p.status]));
    expect(
      [conditionalIntent, conditionalConfirmed, partlyPaid, conditionalPaid, unconditional].map((p) =>
        statusOf.get(p.id),
      ),
    ).toEqual(["withdrawn", "withdrawn", "withdrawn", "paid", "confirmed"]);
    const lastEvent = (await o.pledge.history({ pledgeId: conditionalConfirmed.id })).at(-1);
    expect(lastEvent).toMatchObject({
      kind: "status",
      statusBefore: "confirmed",
      statusAfter: "withdrawn",
      reason: "application rejected",
      at: "2016-07-08",
    });
    // counted: paid 8,000 + unconditional 16,000; withdrawn 1,000 + 2,000 + 4,000
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      countedCents: 24_000,
      withdrawnCents: 7_000,
      intentCents: 0,
    });
  });

  it("approval lapses nothing", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_000, { conditional: true });
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, applicationStatus: "submitted" });
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 2, applicationStatus: "approved" });
    expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      confirmedCents: 1_000,
      withdrawnCents: 0,
    });
  });

  it.each([
    ["collecting", "rejected"],
    ["collecting", "approved"],
  ] as const)("refuses the application moving %s → %s as CONFLICT", async (_from, to) => {
    const s = await setup();
    await expectCode(
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, applicationStatus: to }),
      "CONFLICT",
    );
    expect((await s.as.admin.campaign.list())[0]).toMatchObject({ applicationStatus: "collecting", version: 1 });
  });

  it("refuses leaving a final application status as CONFLICT", async () => {
    const s = await setup();
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, applicationStatus: "submitted" });
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 2, applicationStatus: "rejected" });
    await expectCode(
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 3, applicationStatus: "approved" }),
      "CONFLICT",
    );
  });

  it("a stale version is a CONFLICT and changes nothing", async () => {
    const s = await setup();
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, name: "Aachen Area" });
    await expectCode(
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, targetCents: 1 }),
      "CONFLICT",
    );
    expect((await s.as.admin.campaign.list())[0]).toMatchObject({
      name: "Aachen Area",
      targetCents: 150_000_000,
      version: 2,
    });
  });

  it("changing the rules changes what the summary lists and requires", async () => {
    const s = await setup({ campaign: { targetCents: 100 } });
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100);
    expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({ eligible: true });
    const updated = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: 1,
      rules: { minSponsors: 2, maxPublicSharePercent: 12.5 },
    });
    expect(updated.rules).toEqual({ minSponsors: 2, maxPublicSharePercent: 12.5 });
    const summary = await s.as.organiser.campaign.summary({ campaignId: s.campaign.id });
    expect(summary.rules.map((r) => [r.id, r.met])).toEqual([
      ["target", true],
      ["deadline", true],
      ["min_sponsors", false],
      ["max_public_share", true],
    ]);
    expect(summary.eligible).toBe(false);
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 2, rules: { minSponsors: null } });
    expect((await s.as.organiser.campaign.summary({ campaignId: s.campaign.id })).eligible).toBe(true);
  });
});
