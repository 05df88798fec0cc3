// Corrections without losing history: edits rebuild the schedule and keep payments, undo
// restores the state before the last change through a new event, stale edits conflict.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { payments } from "../../db/schema";
import { addPledge, addSponsor, expectCode, expectFieldError, fullSummary, setup } from "./helpers";

async function pledgeWithPayment() {
  const s = await setup();
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id);
  const created = await addPledge(o, s.campaign.id, sponsor.id, 1_500_000, { pledgedAt: "2016-05-02" }); // €15,000
  const paid = await o.pledge.recordPayment({
    pledgeId: created.id,
    amountCents: 500_000,
    paidAt: "2016-05-10",
    expectedVersion: created.version,
  });
  return { s, o, sponsor, pledge: paid };
}

describe("the schedule", () => {
  it("splits a pledge evenly over the match years, leftover cents on the first, due on match start + n−1 years", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const p = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_000_000); // €10,000.00 over 3 years
    const got = await s.as.organiser.pledge.get({ pledgeId: p.id });
    const start = s.campaign.matchStart;
    const year = (n: number) => `${Number(start.slice(0, 4)) + n}${start.slice(4)}`;
    expect(got.schedule.map((i) => [i.dueOn, i.amountCents])).toEqual([
      [year(0), 333_334],
      [year(1), 333_333],
      [year(2), 333_333],
    ]);
  });

  it("a partial payment shows as partial on the oldest installment, and the pledge stays confirmed", async () => {
    const { o, pledge } = await pledgeWithPayment();
    const got = await o.pledge.get({ pledgeId: pledge.id });
    expect(got).toMatchObject({ status: "confirmed", receivedCents: 500_000, outstandingCents: 1_000_000 });
    expect(got.schedule.map((i) => i.paidCents)).toEqual([500_000, 0, 0]);
  });
});

describe("pledge.update", () => {
  it("an edited amount yields a schedule that sums to the new amount, with the payments kept", async () => {
    const { o, pledge } = await pledgeWithPayment();
    const updated = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      amountCents: 2_000_001,
      reason: "Zusage erhöht",
    });
    const got = await o.pledge.get({ pledgeId: updated.id });
    expect(got.schedule.reduce((sum, i) => sum + i.amountCents, 0)).toBe(2_000_001);
    expect(got.schedule.map((i) => i.amountCents)).toEqual([666_667, 666_667, 666_667]);
    expect(got).toMatchObject({ amountCents: 2_000_001, receivedCents: 500_000, status: "confirmed" });
    expect(got.payments.map((p) => p.amountCents)).toEqual([500_000]);
  });

  it("refuses an amount below what was paid, and a schedule that does not sum to the amount", async () => {
    const { o, pledge } = await pledgeWithPayment();
    await expectCode(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, amountCents: 499_999 }),
      "CONFLICT",
    );
    await expectFieldError(
      o.pledge.update({
        pledgeId: pledge.id,
        expectedVersion: pledge.version,
        schedule: [{ dueOn: "2016-06-01", amountCents: 1_000_000 }],
      }),
      "schedule",
    );
  });

  it("raising a paid pledge makes it confirmed again; lowering a confirmed one to what was paid makes it paid", async () => {
    const { o, pledge } = await pledgeWithPayment();
    const lowered = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      amountCents: 500_000,
    });
    expect(lowered.status).toBe("paid");
    const raised = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: lowered.version,
      amountCents: 600_000,
    });
    expect(raised.status).toBe("confirmed");
  });

  it("a stale version is a CONFLICT that says someone else changed it, and changes nothing", async () => {
    const { o, pledge } = await pledgeWithPayment();
    await o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, note: "first edit" });
    await expect(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, note: "second edit" }),
    ).rejects.toThrow(/someone else/);
    expect((await o.pledge.get({ pledgeId: pledge.id })).note).toBe("first edit");
  });

  it("correcting the pledge date moves its figures to the corrected day", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 700_000, { pledgedAt: "2016-05-10" });
    await o.pledge.update({ pledgeId: p.id, expectedVersion: p.version, pledgedAt: "2016-05-03" });
    expect((await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-05" })).countedCents).toBe(700_000);
    expect((await fullSummary(o, { campaignId: s.campaign.id })).timeline).toEqual([
      { date: "2016-05-03", countedCents: 700_000 },
    ]);
  });

  it("a paid pledge's date cannot be corrected: its payment keeps its date, so the money could not move with it", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 700_000, { status: "paid", pledgedAt: "2016-05-10" });
    await expectCode(
      o.pledge.update({ pledgeId: p.id, expectedVersion: p.version, pledgedAt: "2016-05-03" }),
      "CONFLICT",
    );
    expect((await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-05" })).countedCents).toBe(0);
    expect((await o.pledge.get({ pledgeId: p.id })).pledgedAt).toBe("2016-05-10");
  });

  it("moving a pledge to another sponsor moves its credit, counted once", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const wrong = await addSponsor(o, s.campaign.id, { kind: "company" });
    const right = await addSponsor(o, s.campaign.id, { kind: "research", country: "NL" });
    const p = await addPledge(o, s.campaign.id, wrong.id, 900_000);
    await o.pledge.update({
      pledgeId: p.id,
      expectedVersion: p.version,
      sponsorId: right.id,
      reason: "falscher Sponsor",
    });
    const summary = await fullSummary(o, { campaignId: s.campaign.id });
    expect(summary).toMatchObject({ countedCents: 900_000, sponsorCount: 1 });
    expect(summary.byKind).toEqual([{ kind: "research", countedCents: 900_000, sponsorCount: 1 }]);
  });
});

describe("pledge.undo", () => {
  it("undoes a payment with a reversal row, never a deletion, and the history shows both", async () => {
    const { s, o, pledge } = await pledgeWithPayment();
    const undone = await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: pledge.version });
    expect(undone).toMatchObject({ status: "confirmed", receivedCents: 0 });
    const rows = s.db.select().from(payments).where(eq(payments.pledgeId, pledge.id)).all();
    expect(rows.map((r) => r.amountCents)).toEqual([500_000, -500_000]);
    expect(rows[1].reversesPaymentId).toBe(rows[0].id);
    const history = await o.pledge.history({ pledgeId: pledge.id });
    expect(history.map((e) => e.kind)).toEqual(["created", "payment", "undo"]);
    expect(history[2].undoesEventId).toBe(history[1].id);
  });

  it("undoes a confirmation back to intent on the same business day, so past figures no longer count it", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const intent = await addPledge(o, s.campaign.id, sponsor.id, 400_000, {
      status: "intent",
      pledgedAt: "2016-05-01",
    });
    const confirmed = await o.pledge.setStatus({
      pledgeId: intent.id,
      status: "confirmed",
      expectedVersion: intent.version,
      at: "2016-05-04",
    });
    const undone = await o.pledge.undo({ pledgeId: intent.id, expectedVersion: confirmed.version });
    expect(undone.status).toBe("intent");
    expect((await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-05" })).countedCents).toBe(0);
    // undoing the undo confirms it again
    const redone = await o.pledge.undo({ pledgeId: intent.id, expectedVersion: undone.version });
    expect(redone.status).toBe("confirmed");
    expect((await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-05" })).countedCents).toBe(400_000);
  });

  it("undoes an edit: amount, note and schedule come back", async () => {
    const { o, pledge } = await pledgeWithPayment();
    const before = await o.pledge.get({ pledgeId: pledge.id });
    const edited = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      amountCents: 3_000_000,
      note: "Tippfehler",
    });
    await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: edited.version });
    const after = await o.pledge.get({ pledgeId: pledge.id });
    expect(after).toMatchObject({ amountCents: before.amountCents, note: before.note, receivedCents: 500_000 });
    expect(after.schedule).toEqual(before.schedule);
  });

  it("undoing the creation withdraws the pledge: it no longer counts", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 250_000, { status: "paid" });
    const undone = await o.pledge.undo({ pledgeId: p.id, expectedVersion: p.version });
    expect(undone).toMatchObject({ status: "withdrawn", receivedCents: 0 });
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({ countedCents: 0, sponsorCount: 0 });
  });
});

describe("pledge.update clearing fields", () => {
  it("null clears a field: an in-kind pledge keeps needing a description, a cash one may drop it", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 100_000, { type: "in_kind", description: "Räume" });
    await expectFieldError(
      o.pledge.update({ pledgeId: p.id, expectedVersion: p.version, description: null }),
      "description",
    );
    const cash = await o.pledge.update({ pledgeId: p.id, expectedVersion: p.version, type: "cash", description: null });
    expect(cash).toMatchObject({ type: "cash", description: null });
  });

  it("an intent's installments are never overdue", async () => {
    const s = await setup({ now: "2017-07-01T10:00:00Z" });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 300_000, { status: "intent", pledgedAt: "2016-05-02" });
    expect((await o.pledge.get({ pledgeId: p.id })).schedule.some((i) => i.overdue)).toBe(false);
  });
});
