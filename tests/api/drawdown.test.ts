// The state's share drawn down (issue 17, point 5): the grant on approval, calls and money
// received, and campaign.drawdown's ceiling
//   callable = max(0, min(⌊ratio × net own funds received⌋, grant − ⌈grant × retention %⌉) − called).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { pledges, statePayments } from "../../db/schema";
import { addPledge, addSponsor, expectCode, expectFieldError, type Setup, setup } from "./helpers";

const GRANT = 150_000_000; // €1.5M

/** Submitted, then approved with the grant (and a retention when given). */
async function approve(s: Setup, grantCents = GRANT, retentionPercent?: number) {
  const id = s.campaign.id;
  await s.as.admin.campaign.update({ campaignId: id, expectedVersion: 1, applicationStatus: "submitted" });
  return s.as.admin.campaign.update({
    campaignId: id,
    expectedVersion: 2,
    applicationStatus: "approved",
    grantCents,
    ...(retentionPercent !== undefined && { retentionPercent }),
  });
}

/** A confirmed pledge of `amountCents` with `paidCents` paid on `paidAt`. */
async function paidPledge(s: Setup, amountCents: number, paidCents: number, paidAt: string) {
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id);
  const pledge = await addPledge(o, s.campaign.id, sponsor.id, amountCents, { pledgedAt: "2016-05-01" });
  return o.pledge.recordPayment({ pledgeId: pledge.id, amountCents: paidCents, paidAt, expectedVersion: 1 });
}

describe("campaign.update: the grant and its retention", () => {
  it("records the grant on approval, with the default retention of 10 %", async () => {
    const s = await setup();
    const campaign = await approve(s);
    expect(campaign).toMatchObject({ applicationStatus: "approved", grantCents: GRANT, retentionPercent: 10 });
  });

  it("refuses a grant while the application is not approved, naming grantCents", async () => {
    const s = await setup();
    await expectFieldError(
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, grantCents: GRANT }),
      "grantCents",
    );
  });

  it("refuses a negative grant and a retention above 100 %", async () => {
    const s = await setup();
    const update = (fields: object) =>
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, ...fields });
    await expectFieldError(update({ grantCents: -1 }), "grantCents");
    await expectFieldError(update({ grantCents: 1.5 }), "grantCents");
    await expectFieldError(update({ retentionPercent: 101 }), "retentionPercent");
  });

  it("an organiser may not set the grant", async () => {
    const s = await setup();
    await expectCode(
      s.as.organiser.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, grantCents: GRANT }),
      "FORBIDDEN",
    );
  });
});

describe("campaign.drawdown", () => {
  it("is all zero but own funds before approval: nothing can be called without a grant", async () => {
    const s = await setup();
    await paidPledge(s, 1_000_000, 1_000_000, "2016-05-10");
    expect(await s.as.committee.campaign.drawdown({ campaignId: s.campaign.id })).toEqual({
      ownReceivedCents: 1_000_000,
      grantCents: 0,
      retentionCents: 0,
      calledCents: 0,
      receivedCents: 0,
      callableCents: 0,
    });
  });

  it("matches own funds received 1:1 up to the grant less its retention", async () => {
    const s = await setup();
    await approve(s);
    await paidPledge(s, 50_000_000, 40_000_000, "2016-05-10");
    expect(await s.as.committee.campaign.drawdown({ campaignId: s.campaign.id })).toEqual({
      ownReceivedCents: 40_000_000,
      grantCents: GRANT,
      retentionCents: 15_000_000,
      calledCents: 0,
      receivedCents: 0,
      callableCents: 40_000_000,
    });
  });

  it("counts a reversed payment out again, and reads payments by their bank date (asOf)", async () => {
    const s = await setup();
    await approve(s);
    await paidPledge(s, 1_000_000, 300_000, "2016-05-10");
    const second = await paidPledge(s, 1_000_000, 200_000, "2016-05-15");
    const at = (asOf?: string) => s.as.organiser.campaign.drawdown({ campaignId: s.campaign.id, asOf });
    expect((await at("2016-05-09")).ownReceivedCents).toBe(0);
    expect((await at("2016-05-12")).ownReceivedCents).toBe(300_000);
    expect((await at()).ownReceivedCents).toBe(500_000);
    await s.as.organiser.pledge.undo({ pledgeId: second.id, expectedVersion: second.version });
    expect(await at()).toMatchObject({ ownReceivedCents: 300_000, callableCents: 300_000 });
  });

  it("counts sponsoring net of VAT and in-kind pledges not at all", async () => {
    const s = await setup();
    await approve(s);
    const sponsoring = await paidPledge(s, 1_190_000, 1_190_000, "2016-05-10");
    s.db
      .update(pledges)
      .set({ contribution: "sponsoring", vatRatePercent: 19 })
      .where(eq(pledges.id, sponsoring.id))
      .run();
    await paidPledge(s, 500_000, 500_000, "2016-05-10");
    const inKind = await addPledge(
      s.as.organiser,
      s.campaign.id,
      (await addSponsor(s.as.organiser, s.campaign.id)).id,
      700_000,
      {
        type: "in_kind",
        description: "Räume",
      },
    );
    expect(inKind.type).toBe("in_kind");
    // 1,190,000 gross at 19 %: VAT 190,000, net 1,000,000; plus the donation's 500,000.
    expect((await s.as.organiser.campaign.drawdown({ campaignId: s.campaign.id })).ownReceivedCents).toBe(1_500_000);
  });

  it("is NOT_FOUND to another campaign's organiser and refuses an impossible asOf", async () => {
    const s = await setup();
    await expectCode(s.as.otherOrganiser.campaign.drawdown({ campaignId: s.campaign.id }), "NOT_FOUND");
    await expectFieldError(s.as.organiser.campaign.drawdown({ campaignId: s.campaign.id, asOf: "2016-02-30" }), "asOf");
  });
});

describe("statePayment.callFunds and statePayment.record", () => {
  it("records calls and money received, and the drawdown counts them by their dates", async () => {
    const s = await setup();
    await approve(s);
    await paidPledge(s, 10_000_000, 10_000_000, "2016-05-10");
    const o = s.as.organiser;
    const call = await o.statePayment.callFunds({
      campaignId: s.campaign.id,
      amountCents: 6_000_000,
      calledAt: "2016-05-11",
    });
    expect(call).toMatchObject({ kind: "call", amountCents: 6_000_000, on: "2016-05-11", note: null });
    await o.statePayment.record({
      campaignId: s.campaign.id,
      amountCents: 6_000_000,
      receivedAt: "2016-05-18",
      note: "Bescheid 1",
    });
    const at = (asOf?: string) => o.campaign.drawdown({ campaignId: s.campaign.id, asOf });
    expect(await at("2016-05-17")).toMatchObject({
      calledCents: 6_000_000,
      receivedCents: 0,
      callableCents: 4_000_000,
    });
    expect(await at()).toMatchObject({ calledCents: 6_000_000, receivedCents: 6_000_000, callableCents: 4_000_000 });
    const rows = s.db.select().from(statePayments).all();
    expect(rows.map((r) => [r.kind, r.createdBy])).toEqual([
      ["call", s.users.organiser.id],
      ["receipt", s.users.organiser.id],
    ]);
  });

  it("refuses a call above what is callable on its day, naming amountCents and the ceiling", async () => {
    const s = await setup();
    await approve(s);
    await paidPledge(s, 10_000_000, 1_000_000, "2016-05-10");
    const call = (amountCents: number, calledAt = "2016-05-12") =>
      s.as.organiser.statePayment.callFunds({ campaignId: s.campaign.id, amountCents, calledAt });
    const errors = await expectFieldError(call(1_000_001), "amountCents");
    expect(errors.amountCents[0]).toContain("1000000 cents");
    // Before the money came in, nothing could be called on that day.
    await expectFieldError(call(1, "2016-05-09"), "amountCents");
    await call(1_000_000);
    await expectFieldError(call(1), "amountCents");
  });

  it("refuses a back-dated call that would push a later call over its day's ceiling", async () => {
    const s = await setup();
    await approve(s);
    await paidPledge(s, 10_000_000, 1_000_000, "2016-05-10");
    await s.as.organiser.statePayment.callFunds({
      campaignId: s.campaign.id,
      amountCents: 800_000,
      calledAt: "2016-05-15",
    });
    // On 12 May 1,000,000 is callable, but the call of 15 May leaves only 200,000 in all.
    await expectFieldError(
      s.as.organiser.statePayment.callFunds({
        campaignId: s.campaign.id,
        amountCents: 300_000,
        calledAt: "2016-05-12",
      }),
      "amountCents",
    );
    await s.as.organiser.statePayment.callFunds({
      campaignId: s.campaign.id,
      amountCents: 200_000,
      calledAt: "2016-05-12",
    });
  });

  it("refuses a call before the grant is recorded (CONFLICT) and writes nothing", async () => {
    const s = await setup();
    await paidPledge(s, 1_000_000, 1_000_000, "2016-05-10");
    await expectCode(
      s.as.organiser.statePayment.callFunds({ campaignId: s.campaign.id, amountCents: 100, calledAt: "2016-05-12" }),
      "CONFLICT",
    );
    expect(s.db.select().from(statePayments).all()).toEqual([]);
  });

  it("refuses amounts that are not positive whole cents and dates in the future, naming the field", async () => {
    const s = await setup();
    await approve(s);
    const o = s.as.organiser;
    const id = s.campaign.id;
    await expectFieldError(
      o.statePayment.callFunds({ campaignId: id, amountCents: 0, calledAt: "2016-05-12" }),
      "amountCents",
    );
    await expectFieldError(
      o.statePayment.callFunds({ campaignId: id, amountCents: 1.5, calledAt: "2016-05-12" }),
      "amountCents",
    );
    await expectFieldError(
      o.statePayment.callFunds({ campaignId: id, amountCents: 100, calledAt: "2016-05-21" }),
      "calledAt",
    );
    await expectFieldError(
      o.statePayment.callFunds({ campaignId: id, amountCents: 100, calledAt: "12.05.2016" }),
      "calledAt",
    );
    await expectFieldError(
      o.statePayment.record({ campaignId: id, amountCents: -5, receivedAt: "2016-05-12" }),
      "amountCents",
    );
    await expectFieldError(
      o.statePayment.record({ campaignId: id, amountCents: 100, receivedAt: "2016-05-21" }),
      "receivedAt",
    );
  });

  it("is for organisers and admins: the committee is FORBIDDEN", async () => {
    const s = await setup();
    await approve(s);
    await expectCode(
      s.as.committee.statePayment.record({ campaignId: s.campaign.id, amountCents: 100, receivedAt: "2016-05-12" }),
      "FORBIDDEN",
    );
    await s.as.admin.statePayment.record({ campaignId: s.campaign.id, amountCents: 100, receivedAt: "2016-05-12" });
  });
});
