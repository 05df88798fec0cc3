// Dates as they happened: a change may be entered days later with the day it happened on, in
// any order. The figures of every day follow the business dates; an entry that would break the
// pledge's path is a CONFLICT naming the event it clashes with and writes nothing; undo takes
// back the last change entered, whatever its date.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, errorOf, expectCode, expectFieldError, fullSummary, rowCounts, setup } from "./helpers";

async function intentOn(pledgedAt: string, amountCents = 2_500_000) {
  const s = await setup(); // today: 20 May 2016
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
  const pledge = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, amountCents, {
    status: "intent",
    pledgedAt,
  });
  const counted = async (asOf: string) =>
    (await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf })).countedCents;
  const received = async (asOf: string) =>
    (await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf })).receivedCents;
  return { s, o: s.as.organiser, pledge, counted, received };
}

describe("back-dated entries", () => {
  it("a confirmation entered after a later note edit counts from the day the letter came back", async () => {
    const { o, pledge, counted } = await intentOn("2016-05-02");
    const edited = await o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, note: "Brief kam" });
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: edited.version,
      status: "confirmed",
      at: "2016-05-12",
    });
    expect(confirmed.status).toBe("confirmed");
    expect(await counted("2016-05-11")).toBe(0);
    expect(await counted("2016-05-12")).toBe(2_500_000);
    const history = await o.pledge.history({ pledgeId: pledge.id });
    expect(history.find((e) => e.kind === "status")).toMatchObject({ at: "2016-05-12", statusAfter: "confirmed" });
  });

  it("a payment carries its bank date even when it is older than the pledge's last change", async () => {
    const { o, pledge, received } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-04",
    });
    const edited = await o.pledge.update({ pledgeId: pledge.id, expectedVersion: confirmed.version, note: "Rechnung" });
    const paid = await o.pledge.recordPayment({
      pledgeId: pledge.id,
      expectedVersion: edited.version,
      amountCents: 1_000_000,
      paidAt: "2016-05-09",
    });
    expect(paid.receivedCents).toBe(1_000_000);
    expect(await received("2016-05-08")).toBe(0);
    expect(await received("2016-05-09")).toBe(1_000_000);
  });

  it("a payment in full entered before the confirmation's date is a CONFLICT naming the confirmation", async () => {
    const { s, o, pledge } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-15",
    });
    const before = rowCounts(s.db);
    const error = await expectCode(
      o.pledge.recordPayment({
        pledgeId: pledge.id,
        expectedVersion: confirmed.version,
        amountCents: 2_500_000,
        paidAt: "2016-05-10",
      }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/payments are recorded on confirmed pledges.*move to confirmed dated 2016-05-15/);
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("a withdrawal dated before a confirmation is a CONFLICT naming the confirmation it would strand", async () => {
    const { s, o, pledge, counted } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-18",
    });
    const before = rowCounts(s.db);
    const error = await errorOf(
      o.pledge.setStatus({
        pledgeId: pledge.id,
        expectedVersion: confirmed.version,
        status: "withdrawn",
        at: "2016-05-10",
        reason: "Absage",
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(
      /withdrawn pledge cannot move to confirmed.*move to confirmed dated 2016-05-18 \(event \d+\)/,
    );
    expect(rowCounts(s.db)).toEqual(before);
    expect(await counted("2016-05-18")).toBe(2_500_000);
  });

  it("a withdrawal back-dated behind a later note edit is taken", async () => {
    const { o, pledge } = await intentOn("2016-05-02");
    const edited = await o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, note: "Telefonat" });
    const withdrawn = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: edited.version,
      status: "withdrawn",
      at: "2016-05-06",
      reason: "Budget gestrichen",
    });
    expect(withdrawn.status).toBe("withdrawn");
  });

  it("a status date before the pledge's own date is refused, naming the field", async () => {
    const { o, pledge } = await intentOn("2016-05-02");
    const fields = await expectFieldError(
      o.pledge.setStatus({
        pledgeId: pledge.id,
        expectedVersion: pledge.version,
        status: "confirmed",
        at: "2016-05-01",
      }),
      "at",
    );
    expect(fields.at.join()).toMatch(/before the pledge's date 2016-05-02/);
  });

  it("undo takes back the change entered last, even when an earlier-entered change is dated later", async () => {
    const { o, pledge, counted } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-18",
    });
    // Entered after the confirmation, dated before it: the amount was raised on 10 May.
    const raised = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: confirmed.version,
      amountCents: 3_000_000,
      at: "2016-05-10",
    });
    expect(raised.amountCents).toBe(3_000_000);
    expect(await counted("2016-05-18")).toBe(3_000_000);
    const undone = await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: raised.version });
    expect(undone).toMatchObject({ amountCents: 2_500_000, status: "confirmed" });
    expect(await counted("2016-05-18")).toBe(2_500_000);
  });

  it("an amount lowered on a back date below a payment dated later is a CONFLICT naming the payment", async () => {
    const { o, pledge } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-03",
    });
    const paid = await o.pledge.recordPayment({
      pledgeId: pledge.id,
      expectedVersion: confirmed.version,
      amountCents: 2_000_000,
      paidAt: "2016-05-15",
    });
    const error = await expectCode(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: paid.version, amountCents: 1_000_000, at: "2016-05-05" }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/payment dated 2016-05-15/);
  });

  it("the pledge date moves later while its payments are dated after the new date, not past them", async () => {
    const { o, pledge } = await intentOn("2016-05-02");
    const confirmed = await o.pledge.setStatus({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      status: "confirmed",
      at: "2016-05-08",
    });
    const paid = await o.pledge.recordPayment({
      pledgeId: pledge.id,
      expectedVersion: confirmed.version,
      amountCents: 500_000,
      paidAt: "2016-05-12",
    });
    const moved = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: paid.version,
      pledgedAt: "2016-05-06",
    });
    expect(moved.pledgedAt).toBe("2016-05-06");
    const error = await expectCode(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: moved.version, pledgedAt: "2016-05-10" }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/status dated 2016-05-08/);
  });
});
