// The campaign's sane range of dates (issue 14, point 5): a pledge or status date before the
// window start (or, without a window, more than a year before the deadline) is a typing error;
// one more than 90 days after the deadline is kept only when the caller confirms it; a payment
// may run to a year after the match period. A refused call writes nothing.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectFieldError, rowCounts, setup } from "./helpers";

describe("the campaign's sane range of dates", () => {
  it("refuses a pledge dated before the window start, naming pledgedAt, and writes nothing", async () => {
    const s = await setup(); // window 2016-04-20 to 2016-06-01, today 2016-05-20
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const before = rowCounts(s.db);
    const errors = await expectFieldError(
      addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "1900-01-01" }),
      "pledgedAt",
    );
    expect(errors.pledgedAt.join()).toContain("2016-04-20");
    await expectFieldError(
      addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2016-04-19" }),
      "pledgedAt",
    );
    expect(rowCounts(s.db)).toEqual(before);
    const first = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2016-04-20" });
    expect(first.pledgedAt).toBe("2016-04-20");
  });

  it("without a window, a year before the deadline is the earliest date", async () => {
    const s = await setup({ campaign: { windowStart: undefined } });
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const errors = await expectFieldError(
      addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2015-05-31" }),
      "pledgedAt",
    );
    expect(errors.pledgedAt.join()).toContain("2015-06-01");
    await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2015-06-01" });
  });

  it("keeps a date more than 90 days after the deadline only with acceptUnusualDate", async () => {
    const s = await setup({ now: "2017-01-10T10:00:00Z" }); // deadline 2016-06-01; +90 days: 2016-08-30
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2016-08-30" });
    const errors = await expectFieldError(
      addPledge(o, s.campaign.id, sponsor.id, 200_000, { pledgedAt: "2016-08-31" }),
      "pledgedAt",
    );
    expect(errors.pledgedAt.join()).toContain("acceptUnusualDate");
    const late = await addPledge(o, s.campaign.id, sponsor.id, 200_000, {
      pledgedAt: "2016-08-31",
      acceptUnusualDate: true,
      status: "intent",
    });
    expect(late.pledgedAt).toBe("2016-08-31");

    // The same holds for the date of a status change.
    await expectFieldError(
      o.pledge.setStatus({ pledgeId: late.id, status: "confirmed", expectedVersion: late.version, at: "2016-12-01" }),
      "at",
    );
    const confirmed = await o.pledge.setStatus({
      pledgeId: late.id,
      status: "confirmed",
      expectedVersion: late.version,
      at: "2016-12-01",
      acceptUnusualDate: true,
    });
    expect(confirmed.status).toBe("confirmed");
  });

  it("a date left out is today, never unusual: a pledge confirmed years after the deadline keeps today", async () => {
    const s = await setup({ now: "2018-03-05T10:00:00Z" }); // in the match period, long after the deadline
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const intent = await addPledge(o, s.campaign.id, sponsor.id, 100_000, {
      status: "intent",
      pledgedAt: "2016-05-10",
    });
    const confirmed = await o.pledge.setStatus({ pledgeId: intent.id, status: "confirmed", expectedVersion: 1 });
    expect(confirmed.status).toBe("confirmed");
    const logged = await addPledge(o, s.campaign.id, sponsor.id, 50_000);
    expect(logged.pledgedAt).toBe("2018-03-05");
    // The same day typed in is a date to confirm.
    await expectFieldError(addPledge(o, s.campaign.id, sponsor.id, 50_000, { pledgedAt: "2018-03-05" }), "pledgedAt");
  });

  it("a payment may not precede its pledge, and may run to a year after the match period", async () => {
    // Match period from the deadline (2016-06-01), three years: to 2019-05-31; payments to 2020-05-31.
    const s = await setup({ now: "2020-07-01T10:00:00Z" });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 300_000, { pledgedAt: "2016-05-10" });
    const pay = (paidAt: string, version: number) =>
      o.pledge.recordPayment({ pledgeId: pledge.id, amountCents: 100_000, paidAt, expectedVersion: version });
    const early = await expectFieldError(pay("2016-05-09", pledge.version), "paidAt");
    expect(early.paidAt.join()).toContain("2016-05-10");
    const late = await expectFieldError(pay("2020-06-01", pledge.version), "paidAt");
    expect(late.paidAt.join()).toContain("2020-05-31");
    const paid = await pay("2020-05-31", pledge.version);
    expect(paid.receivedCents).toBe(100_000);
  });

  it("a corrected pledge date keeps to the range too", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2016-05-10" });
    await expectFieldError(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, pledgedAt: "2016-01-01" }),
      "pledgedAt",
    );
    const moved = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      pledgedAt: "2016-04-21",
    });
    expect(moved.pledgedAt).toBe("2016-04-21");
  });

  it("an import names each row whose date lies outside the campaign's range, and writes none", async () => {
    const s = await setup();
    const csv = [
      "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
      "Alpha GmbH;Unternehmen;DE;1.000;Geld;Zugesagt;10.05.2016;",
      "Beta GmbH;Unternehmen;DE;2.000;Geld;Zugesagt;01.01.1900;",
    ].join("\n");
    const before = rowCounts(s.db);
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, field: "date", code: "date_out_of_range", value: "1900-01-01" }),
    ]);
    expect(rowCounts(s.db)).toEqual(before);
  });
});
