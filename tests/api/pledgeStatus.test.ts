// CONTRACT.md "Rules of change": status moves, payments, versions and the history.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, rowCounts, setup, type Setup } from "./helpers";
import type { PledgeStatus } from "../../server/domain/codes";

/** A pledge of €100 (10,000 cents) brought into `status` through the API. */
async function pledgeIn(s: Setup, status: PledgeStatus) {
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id);
  if (status !== "withdrawn") return addPledge(o, s.campaign.id, sponsor.id, 10_000, { status });
  const p = await addPledge(o, s.campaign.id, sponsor.id, 10_000, { status: "intent" });
  return o.pledge.setStatus({ pledgeId: p.id, status: "withdrawn", expectedVersion: p.version, reason: "no budget" });
}

const reasonFor = (to: PledgeStatus) => (to === "withdrawn" ? "no budget this year" : undefined);

describe("pledge.setStatus", () => {
  it.each([
    ["intent", "confirmed"],
    ["intent", "withdrawn"],
    ["confirmed", "withdrawn"],
    ["withdrawn", "intent"], // reinstated
  ] as const)("moves %s → %s and raises the version", async (from, to) => {
    const s = await setup();
    const p = await pledgeIn(s, from);
    const moved = await s.as.organiser.pledge.setStatus({
      pledgeId: p.id,
      status: to,
      expectedVersion: p.version,
      reason: reasonFor(to),
    });
    expect(moved).toMatchObject({ id: p.id, status: to, version: p.version + 1 });
  });

  it.each([
    ["intent", "intent"],
    ["intent", "paid"],
    ["confirmed", "intent"],
    ["confirmed", "confirmed"],
    ["confirmed", "paid"], // paid comes only from payments
    ["paid", "intent"],
    ["paid", "confirmed"],
    ["paid", "withdrawn"], // withdrawn only before paid
    ["paid", "paid"],
    ["withdrawn", "confirmed"],
    ["withdrawn", "paid"],
    ["withdrawn", "withdrawn"],
  ] as const)("refuses %s → %s as CONFLICT and changes nothing", async (from, to) => {
    const s = await setup();
    const p = await pledgeIn(s, from);
    const before = rowCounts(s.db);
    await expectCode(
      s.as.organiser.pledge.setStatus({
        pledgeId: p.id,
        status: to,
        expectedVersion: p.version,
        reason: reasonFor(to),
      }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
    const [listed] = (await s.as.organiser.pledge.list({ campaignId: s.campaign.id })).items;
    expect(listed).toMatchObject({ status: from, version: p.version });
  });

  it("a stale expectedVersion is a CONFLICT and loses no update", async () => {
    const s = await setup();
    const p = await pledgeIn(s, "intent");
    const o = s.as.organiser;
    await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: 1 });
    const before = rowCounts(s.db);
    // a second organiser tab still holds version 1
    await expectCode(
      o.pledge.setStatus({ pledgeId: p.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
    expect((await o.pledge.list({ campaignId: s.campaign.id })).items[0]).toMatchObject({
      status: "confirmed",
      version: 2,
    });
  });
});

describe("pledge.setStatus sent twice (a double click)", () => {
  it("answers the repeat of the same change with the changed pledge, not a CONFLICT, and writes once", async () => {
    const s = await setup();
    const p = await pledgeIn(s, "intent");
    const o = s.as.organiser;
    const first = await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version });
    const before = rowCounts(s.db);
    s.clock.set("2016-05-20T10:00:02Z");
    const second = await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version });
    expect(second).toEqual(first);
    expect(rowCounts(s.db)).toEqual(before);
    const history = await o.pledge.history({ pledgeId: p.id });
    expect(JSON.stringify(history).match(/"kind":"status"/g)).toHaveLength(1);
  });

  it.each([
    ["by another user", (s: Setup) => s.as.admin, "2016-05-20T10:00:02Z"],
    ["after the short window", (s: Setup) => s.as.organiser, "2016-05-20T10:00:11Z"],
  ] as const)("still refuses the same request %s as stale", async (_case, caller, at) => {
    const s = await setup();
    const p = await pledgeIn(s, "intent");
    await s.as.organiser.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version });
    s.clock.set(at);
    await expectCode(
      caller(s).pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version }),
      "CONFLICT",
    );
  });

  it("refuses the repeat once something else changed the pledge", async () => {
    const s = await setup();
    const p = await pledgeIn(s, "intent");
    const o = s.as.organiser;
    await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version });
    await o.pledge.recordPayment({ pledgeId: p.id, amountCents: 1, paidAt: "2016-05-20", expectedVersion: 2 });
    await expectCode(
      o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: p.version }),
      "CONFLICT",
    );
  });
});

describe("pledge.recordPayment", () => {
  it.each(["intent", "withdrawn", "paid"] as const)("refuses a payment on a %s pledge as CONFLICT", async (status) => {
    const s = await setup();
    const p = await pledgeIn(s, status);
    const before = rowCounts(s.db);
    await expectCode(
      s.as.organiser.pledge.recordPayment({
        pledgeId: p.id,
        amountCents: 1,
        paidAt: "2016-05-20",
        expectedVersion: p.version,
      }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("records partial payments, refuses overpayment, and turns paid when payments reach the amount", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const p = await pledgeIn(s, "confirmed");
    const first = await o.pledge.recordPayment({
      pledgeId: p.id,
      amountCents: 4_000,
      paidAt: "2016-05-20",
      expectedVersion: 1,
    });
    expect(first).toMatchObject({ status: "confirmed", receivedCents: 4_000, version: 2 });
    // 10,000 − 4,000 = 6,000 outstanding: 6,001 is one cent too many
    const before = rowCounts(s.db);
    await expectCode(
      o.pledge.recordPayment({ pledgeId: p.id, amountCents: 6_001, paidAt: "2016-05-20", expectedVersion: 2 }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
    // a stale version is a CONFLICT too, even for a payment that would fit
    await expectCode(
      o.pledge.recordPayment({ pledgeId: p.id, amountCents: 1, paidAt: "2016-05-20", expectedVersion: 1 }),
      "CONFLICT",
    );
    const paid = await o.pledge.recordPayment({
      pledgeId: p.id,
      amountCents: 6_000,
      paidAt: "2016-05-20",
      expectedVersion: 2,
    });
    expect(paid).toMatchObject({ status: "paid", receivedCents: 10_000, version: 3 });
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      paidCents: 10_000,
      confirmedCents: 0,
      receivedCents: 10_000,
    });
  });
});

describe("pledge.create as paid and pledge.history", () => {
  it("created as paid records a payment of the full amount on pledgedAt", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const p = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 500_000, {
      status: "paid",
      pledgedAt: "2016-05-02",
    });
    expect(p).toMatchObject({ status: "paid", receivedCents: 500_000, pledgedAt: "2016-05-02", version: 1 });
    const [created] = await s.as.organiser.pledge.history({ pledgeId: p.id });
    expect(created).toMatchObject({
      kind: "created",
      at: "2016-05-02",
      statusAfter: "paid",
      receivedAfterCents: 500_000,
      paymentCents: 500_000,
    });
    // the payment arrived on the pledge date: by the end of 2 May it is received
    expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-02" })).toMatchObject({
      receivedCents: 500_000,
      paidCents: 500_000,
    });
    expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-01" })).toMatchObject({
      receivedCents: 0,
      pledgeCount: 0,
    });
  });

  it("lists every event oldest first, with who, when, and the figures before and after", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 10_000, { status: "intent", pledgedAt: "2016-05-01" });
    await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: 1, at: "2016-05-03" });
    await o.pledge.recordPayment({ pledgeId: p.id, amountCents: 2_500, paidAt: "2016-05-10", expectedVersion: 2 });
    await o.pledge.setStatus({ pledgeId: p.id, status: "withdrawn", expectedVersion: 3, reason: "company sold" });
    const history = await s.as.committee.pledge.history({ pledgeId: p.id });
    expect(
      history.map((e) => [
        e.kind,
        e.at,
        e.statusBefore,
        e.statusAfter,
        e.receivedBeforeCents,
        e.receivedAfterCents,
        e.paymentCents,
        e.reason,
      ]),
    ).toEqual([
      ["created", "2016-05-01", null, "intent", 0, 0, null, null],
      ["status", "2016-05-03", "intent", "confirmed", 0, 0, null, null],
      ["payment", "2016-05-10", "confirmed", "confirmed", 0, 2_500, 2_500, null],
      ["status", "2016-05-20", "confirmed", "withdrawn", 2_500, 2_500, null, "company sold"], // today by default
    ]);
    expect(history.every((e) => e.userId === s.users.organiser.id && e.userName === "organiser")).toBe(true);
    expect(history.map((e) => e.createdAt)).toEqual(Array(4).fill("2016-05-20T10:00:00.000Z"));
    expect(history[0]).toMatchObject({ amountBeforeCents: null, amountAfterCents: 10_000, typeAfter: "cash" });
  });
});
