// campaign.summary with asOf: figures as they stood at the end of that day, from business
// dates (pledgedAt, the `at` of status changes, paidAt), not from when they were typed in.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, fullSummary, setup, TARGET } from "./helpers";

describe("campaign.summary asOf", () => {
  it("a pledge confirmed on day 1 and withdrawn on day 5 counts on days 1–4 and not from day 5", async () => {
    const s = await setup(); // today: 2016-05-20
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 1_000_000, { pledgedAt: "2016-05-01" });
    await o.pledge.setStatus({
      pledgeId: p.id,
      status: "withdrawn",
      expectedVersion: 1,
      at: "2016-05-05",
      reason: "budget cut",
    });
    const on = (asOf: string) => o.campaign.summary({ campaignId: s.campaign.id, asOf });
    expect(await on("2016-04-30")).toMatchObject({
      pledgeCount: 0,
      countedCents: 0,
      confirmedCents: 0,
      sponsorCount: 0,
    });
    for (const day of ["2016-05-01", "2016-05-02", "2016-05-03", "2016-05-04"]) {
      expect(await on(day), day).toMatchObject({
        asOf: day,
        pledgeCount: 1,
        confirmedCents: 1_000_000,
        countedCents: 1_000_000,
        withdrawnCents: 0,
        sponsorCount: 1,
      });
    }
    for (const day of ["2016-05-05", "2016-05-06", "2016-05-20"]) {
      expect(await on(day), day).toMatchObject({
        pledgeCount: 1,
        confirmedCents: 0,
        countedCents: 0,
        withdrawnCents: 1_000_000,
        sponsorCount: 0,
      });
    }
  });

  it("an intent confirmed later counts from the day it was confirmed", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 300_000, { status: "intent", pledgedAt: "2016-05-02" });
    await o.pledge.setStatus({ pledgeId: p.id, status: "confirmed", expectedVersion: 1, at: "2016-05-09" });
    expect(await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-08" })).toMatchObject({
      intentCents: 300_000,
      countedCents: 0,
    });
    expect(await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-05-09" })).toMatchObject({
      intentCents: 0,
      countedCents: 300_000,
    });
  });

  it("a pledge entered today with a pledgedAt a month ago counts in last month's figures", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 750_000, { pledgedAt: "2016-04-20" });
    expect(p.createdAt).toBe("2016-05-20T10:00:00.000Z"); // entered today
    expect(await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-04-19" })).toMatchObject({
      countedCents: 0,
      pledgeCount: 0,
    });
    expect(await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-04-20" })).toMatchObject({
      countedCents: 750_000,
      pledgeCount: 1,
    });
    expect(await o.campaign.summary({ campaignId: s.campaign.id, asOf: "2016-04-30" })).toMatchObject({
      countedCents: 750_000,
    });
  });

  it("has a timeline of cumulative counted funds, one point a day with changes, up to asOf", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const [a, b] = [await addSponsor(o, s.campaign.id), await addSponsor(o, s.campaign.id)];
    const first = await addPledge(o, s.campaign.id, a.id, 100_000, { pledgedAt: "2016-05-01" });
    await addPledge(o, s.campaign.id, b.id, 20_000, { pledgedAt: "2016-05-01" });
    await addPledge(o, s.campaign.id, b.id, 999_999, { pledgedAt: "2016-05-02", status: "intent" }); // not binding: no point
    const late = await addPledge(o, s.campaign.id, a.id, 50_000, { pledgedAt: "2016-05-03" });
    await o.pledge.setStatus({
      pledgeId: late.id,
      status: "withdrawn",
      expectedVersion: 1,
      at: "2016-05-07",
      reason: "duplicate",
    });
    const summary = await fullSummary(o, { campaignId: s.campaign.id });
    expect(summary.timeline).toEqual([
      { date: "2016-05-01", countedCents: 120_000 }, // 100,000 + 20,000
      { date: "2016-05-03", countedCents: 170_000 }, // + 50,000
      { date: "2016-05-07", countedCents: 120_000 }, // − 50,000 withdrawn
    ]);
    // paying in full moves binding money from confirmed to paid: counted funds stay, no new point
    await o.pledge.recordPayment({
      pledgeId: first.id,
      amountCents: 100_000,
      paidAt: "2016-05-09",
      expectedVersion: 1,
    });
    expect((await fullSummary(o, { campaignId: s.campaign.id })).timeline).toEqual(summary.timeline);
    const past = await fullSummary(o, { campaignId: s.campaign.id, asOf: "2016-05-05" });
    expect(past.timeline).toEqual(summary.timeline.slice(0, 2));
  });

  it("after the deadline is eligible only if the target was met on the deadline day", async () => {
    const s = await setup({ now: "2016-06-10T10:00:00Z" });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, TARGET - 1, { pledgedAt: "2016-05-30" });
    await addPledge(o, s.campaign.id, sponsor.id, 1, { pledgedAt: "2016-06-02" }); // one cent, a day late
    const deadline = async (asOf?: string) => {
      const summary = await o.campaign.summary({ campaignId: s.campaign.id, asOf });
      return [summary.eligible, summary.rules.find((r) => r.id === "deadline")?.gap, summary.stateMatchCents];
    };
    expect(await deadline("2016-06-01")).toEqual([false, null, 0]); // short of the target, deadline still open
    expect(await deadline("2016-06-02")).toEqual([false, 1, 0]); // target met, but one day late
    expect(await deadline()).toEqual([false, 9, 0]); // today, 10 June: 9 days past the deadline
  });

  it("a target met by the deadline day keeps the campaign eligible afterwards", async () => {
    const s = await setup({ now: "2016-06-10T10:00:00Z" });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, TARGET, { pledgedAt: "2016-06-01" });
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      asOf: "2016-06-10",
      eligible: true,
      stateMatchCents: TARGET,
    });
  });

  it("defaults asOf and pledgedAt to today in Berlin, not in UTC", async () => {
    const s = await setup({ now: "2016-05-31T22:30:00Z" }); // already 1 June in Berlin
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const p = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100);
    expect(p.pledgedAt).toBe("2016-06-01");
    expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      asOf: "2016-06-01",
      countedCents: 100,
    });
  });
});
