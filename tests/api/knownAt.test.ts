// Reproducing what the committee saw: `knownAt` reads the figures as they had been recorded by
// then, so a report of 19 May, 18:00 still reads the same after a confirmation for that week is
// entered on 23 May; `campaign.corrections` lists what changed that day's figures since.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, fullSummary, setup } from "./helpers";

const SHOWN = "2016-05-19T18:00:00Z";

/** On 19 May two pledges stand; on 23 May a confirmation dated 18 May and a payment dated 19 May are entered. */
async function correctedWeek() {
  const s = await setup({ now: "2016-05-19T09:00:00Z", campaign: { inKindSharePercent: 50 } });
  const o = s.as.organiser;
  const acme = await addSponsor(o, s.campaign.id, { name: "Acme GmbH", sector: "IT" });
  const city = await addSponsor(o, s.campaign.id, { name: "Stadt Aachen", kind: "public_body", sector: "Verwaltung" });
  const intent = await addPledge(o, s.campaign.id, acme.id, 4_000_000, { status: "intent", pledgedAt: "2016-05-10" });
  const confirmed = await addPledge(o, s.campaign.id, city.id, 10_000_000, { pledgedAt: "2016-05-12" });
  s.clock.set("2016-05-23T08:30:00Z");
  const late = await o.pledge.setStatus({
    pledgeId: intent.id,
    expectedVersion: intent.version,
    status: "confirmed",
    at: "2016-05-18",
  });
  await o.pledge.recordPayment({
    pledgeId: confirmed.id,
    expectedVersion: confirmed.version,
    amountCents: 2_500_000,
    paidAt: "2016-05-19",
  });
  return { s, acme, city, late };
}

describe("figures as known at a time", () => {
  it("a past day reads as it was shown then, and with later corrections without knownAt", async () => {
    const { s } = await correctedWeek();
    const campaignId = s.campaign.id;
    const shown = await fullSummary(s.as.committee, { campaignId, asOf: "2016-05-19", knownAt: SHOWN });
    expect(shown).toMatchObject({
      countedCents: 10_000_000,
      intentCents: 4_000_000,
      receivedCents: 0,
      sponsorCount: 1,
    });
    const now = await fullSummary(s.as.committee, { campaignId, asOf: "2016-05-19" });
    expect(now).toMatchObject({ countedCents: 14_000_000, intentCents: 0, receivedCents: 2_500_000, sponsorCount: 2 });
  });

  it("takes knownAt as an ISO 8601 instant, defaults asOf to its day, and refuses anything else naming the field", async () => {
    const { s } = await correctedWeek();
    const campaignId = s.campaign.id;
    const summary = await s.as.committee.campaign.summary({ campaignId, knownAt: SHOWN });
    expect(summary).toMatchObject({ asOf: "2016-05-19", countedCents: 10_000_000 });
    const error = await expectCode(
      s.as.committee.campaign.summary({ campaignId, knownAt: "19.05.2016" }),
      "BAD_REQUEST",
    );
    expect(JSON.stringify(error.cause ?? error.message)).toContain("knownAt");
  });

  it("keeps the timeline, cash flow and counts by kind as they were known", async () => {
    const { s } = await correctedWeek();
    const shown = await s.as.committee.campaign.summary({ campaignId: s.campaign.id, knownAt: SHOWN });
    if (shown.scope !== "full") throw new Error("full summary expected");
    expect(shown.timeline.at(-1)).toEqual({ date: "2016-05-12", countedCents: 10_000_000 });
    expect(shown.cashFlow.reduce((sum, y) => sum + y.ownReceivedCents, 0)).toBe(0);
    expect(shown.byKind.map((k) => [k.kind, k.countedCents])).toEqual([["public_body", 10_000_000]]);
  });

  it("breakdowns follow back-dated changes for a past day, and knownAt leaves out what came later", async () => {
    const { s } = await correctedWeek();
    const campaignId = s.campaign.id;
    const past = await s.as.committee.campaign.breakdowns({ campaignId, asOf: "2016-05-18" });
    expect(past.bySector.map((g) => [g.value, g.countedCents])).toEqual([
      ["Verwaltung", 10_000_000],
      ["IT", 4_000_000],
    ]);
    const before = await s.as.committee.campaign.breakdowns({ campaignId, asOf: "2016-05-17" });
    expect(before.bySector.map((g) => g.value)).toEqual(["Verwaltung"]);
    const shown = await s.as.committee.campaign.breakdowns({ campaignId, asOf: "2016-05-19", knownAt: SHOWN });
    expect(shown.bySector.map((g) => g.value)).toEqual(["Verwaltung"]);
  });

  it("the pipeline follows the chosen day: waits counted to it, and as known at a time", async () => {
    const { s } = await correctedWeek();
    const campaignId = s.campaign.id;
    const day17 = await s.as.committee.campaign.pipeline({ campaignId, asOf: "2016-05-17" });
    expect(day17).toMatchObject({ asOf: "2016-05-17", intentCents: 4_000_000 });
    expect(day17.sponsors.map((x) => [x.name, x.waitingDays])).toEqual([["Acme GmbH", 7]]);
    // Confirmed on 18 May (entered on the 23rd): no intent left on the 19th…
    expect((await s.as.committee.campaign.pipeline({ campaignId, asOf: "2016-05-19" })).intentCents).toBe(0);
    // …but as shown on the 19th at 18:00 it was still waiting, for 9 days.
    const shown = await s.as.committee.campaign.pipeline({ campaignId, asOf: "2016-05-19", knownAt: SHOWN });
    expect(shown.sponsors.map((x) => [x.name, x.waitingDays])).toEqual([["Acme GmbH", 9]]);
  });

  it("pledge.list as of a day shows the pledges as they stood, filtered and paged by those values", async () => {
    const { s } = await correctedWeek();
    const list = (input: Record<string, unknown>) =>
      s.as.committee.pledge.list({ campaignId: s.campaign.id, ...input }).then((r) => ({
        rows: r.items.map((p) => [p.sponsorName, p.status, p.receivedCents]),
        next: r.nextCursor,
      }));
    expect((await list({ asOf: "2016-05-11" })).rows).toEqual([["Acme GmbH", "intent", 0]]);
    expect((await list({ asOf: "2016-05-17", status: "confirmed" })).rows).toEqual([["Stadt Aachen", "confirmed", 0]]);
    expect((await list({ asOf: "2016-05-19" })).rows).toEqual([
      ["Stadt Aachen", "confirmed", 2_500_000],
      ["Acme GmbH", "confirmed", 0],
    ]);
    expect((await list({ asOf: "2016-05-19", knownAt: SHOWN })).rows).toEqual([
      ["Stadt Aachen", "confirmed", 0],
      ["Acme GmbH", "intent", 0],
    ]);
    // Paged by amount: the larger first, then the cursor leads to the other.
    const first = await list({ asOf: "2016-05-19", sort: "amount_desc", limit: 1 });
    expect(first.rows).toEqual([["Stadt Aachen", "confirmed", 2_500_000]]);
    const second = await list({ asOf: "2016-05-19", sort: "amount_desc", limit: 1, cursor: first.next });
    expect(second).toEqual({ rows: [["Acme GmbH", "confirmed", 0]], next: null });
  });

  it("lists the later corrections to a day, newest first, without internal notes", async () => {
    const { s, late } = await correctedWeek();
    const corrections = await s.as.committee.campaign.corrections({
      campaignId: s.campaign.id,
      asOf: "2016-05-19",
      knownAt: SHOWN,
    });
    expect(corrections.total).toBe(2);
    expect(corrections.items.map((c) => [c.kind, c.at, c.sponsorName])).toEqual([
      ["payment", "2016-05-19", "Stadt Aachen"],
      ["status", "2016-05-18", "Acme GmbH"],
    ]);
    expect(corrections.items[1]).toMatchObject({ pledgeId: late.id, statusBefore: "intent", statusAfter: "confirmed" });
    expect(corrections.items[1].recordedAt).toBe("2016-05-23T08:30:00.000Z");
    expect(Object.keys(corrections.items[0]).sort()).not.toContain("reason");
    // A day before both corrections' dates has none.
    const earlier = await s.as.committee.campaign.corrections({
      campaignId: s.campaign.id,
      asOf: "2016-05-17",
      knownAt: SHOWN,
    });
    expect(earlier.total).toBe(0);
  });

  it("a sponsor's kind corrected later does not change the counts by kind as known before", async () => {
    const { s, city } = await correctedWeek();
    s.clock.set("2016-05-24T09:00:00Z");
    await s.as.organiser.sponsor.update({
      sponsorId: city.id,
      expectedVersion: city.version,
      kind: "public_company",
    });
    const shown = await s.as.committee.campaign.summary({ campaignId: s.campaign.id, knownAt: SHOWN });
    if (shown.scope !== "full") throw new Error("full summary expected");
    expect(shown.byKind.map((k) => k.kind)).toEqual(["public_body"]);
    const now = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-19" });
    expect(now.byKind.map((k) => k.kind).sort()).toEqual(["company", "public_company"]);
  });

  it("is for the campaign's staff only: another campaign's organiser does not learn it exists", async () => {
    const { s } = await correctedWeek();
    await expectCode(
      s.as.otherOrganiser.campaign.corrections({ campaignId: s.campaign.id, knownAt: SHOWN }),
      "NOT_FOUND",
    );
    await expectCode(
      s.as.anonymous.campaign.corrections({ campaignId: s.campaign.id, knownAt: SHOWN }),
      "UNAUTHORIZED",
    );
  });
});
