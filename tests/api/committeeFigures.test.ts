// The committee's figures through the API, on hand-made pledges (today: 20 May 2016, deadline
// 1 June, match start 1 June, three match years): the summary's projection and cash flow, the
// pipeline of intents and conditional pledges, and the breakdowns of counted own funds.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, callerForSponsor, expectCode, fullSummary, setup } from "./helpers";

describe("campaign.summary projection and cash flow", () => {
  async function campaignWithPace() {
    // Target and cap €10,000 so the numbers stay small.
    const s = await setup({ campaign: { targetCents: 1_000_000, matchCapCents: 1_000_000 } });
    const o = s.as.organiser;
    const c = s.campaign.id;
    const sponsor = await addSponsor(o, c);
    const first = await addPledge(o, c, sponsor.id, 100_000, { pledgedAt: "2016-05-01" });
    await addPledge(o, c, sponsor.id, 140_000, { pledgedAt: "2016-05-10" });
    await addPledge(o, c, sponsor.id, 140_000, { pledgedAt: "2016-05-18" });
    await addPledge(o, c, sponsor.id, 900_000, { pledgedAt: "2016-05-19", status: "intent" }); // counts nowhere
    await o.pledge.recordPayment({
      pledgeId: first.id,
      amountCents: 50_000,
      paidAt: "2016-05-15",
      expectedVersion: first.version,
    });
    return s;
  }

  it("projects from the pace of the last 14 days", async () => {
    const s = await campaignWithPace();
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    // counted 380,000; counted at the end of 6 May 100,000 → pace 280,000 / 14 = 20,000.
    // 12 days left: required ⌈620,000 / 12⌉ = 51,667; projected 380,000 + 240,000 = 620,000;
    // the line needs 31 days → no reach date.
    // 7 working days in NRW (26 May is Fronleichnam): ⌈620,000 / 7⌉ = 88,572. The daily increases
    // of 7–20 May are 0 but two days of 140,000: both quartiles 0, so the range is today's 380,000.
    // A week earlier (13 May) 240,000 counted.
    expect(summary.projection).toEqual({
      pacePerDayCents: 20_000,
      requiredPerDayCents: 51_667,
      projectedCents: 620_000,
      projectedReachDate: null,
      workingDaysLeft: 7,
      requiredPerWorkingDayCents: 88_572,
      rangeLowCents: 380_000,
      rangeHighCents: 380_000,
      weekChangeCents: 140_000,
    });
    // asOf 12 May: 12 days of history (1…12 May) → 240,000 / 12 = 20,000; 20 days left:
    // required ⌈760,000 / 20⌉ = 38,000; projected 240,000 + 400,000 = 640,000.
    const past = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-12" });
    // 12 working days after 12 May (16 May Whit Monday, 26 May Fronleichnam): ⌈760,000 / 12⌉ = 63,334.
    // A week earlier (5 May) 100,000 counted.
    expect(past.projection).toEqual({
      pacePerDayCents: 20_000,
      requiredPerDayCents: 38_000,
      projectedCents: 640_000,
      projectedReachDate: null,
      workingDaysLeft: 12,
      requiredPerWorkingDayCents: 63_334,
      rangeLowCents: 240_000,
      rangeHighCents: 240_000,
      weekChangeCents: 140_000,
    });
    // asOf 6 May: 6 days of history → too thin.
    expect(
      (await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-06" })).projection.pacePerDayCents,
    ).toBeNull();
  });

  it("gives the reach date the pace line crosses the target", async () => {
    const s = await campaignWithPace();
    await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, targetCents: 560_000 });
    // gap 180,000 at 20,000 a day → 9 days → 29 May.
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id })).projection.projectedReachDate).toBe(
      "2016-05-29",
    );
  });

  it("splits the potential match over the period's calendar years by days, beside installments and payments", async () => {
    const s = await campaignWithPace();
    const summary = await fullSummary(s.as.organiser, { campaignId: s.campaign.id });
    // The period 1 June 2016 – 31 May 2019 has 214 | 365 | 365 | 151 days in 2016–2019 (1,095).
    // potential = min(380,000, cap 1,000,000): 74,264.84 | 126,666.67 | 126,666.67 | 52,401.83; the
    // three leftover cents go to the largest remainders (2016, 2019, 2017) → 74,265 | 126,667 | 126,666 | 52,402.
    // scheduled: 100,000 → 33,334 | 33,333 | 33,333; each 140,000 → 46,668 | 46,666 | 46,666; none due in 2019.
    // Up to each year's end own funds carry the state share (2019: 380,000 ≥ 380,000).
    expect(summary.cashFlow).toEqual([
      { year: 2016, ownScheduledCents: 126_670, ownReceivedCents: 50_000, stateCents: 74_265, short: false },
      { year: 2017, ownScheduledCents: 126_665, ownReceivedCents: 0, stateCents: 126_667, short: false },
      { year: 2018, ownScheduledCents: 126_665, ownReceivedCents: 0, stateCents: 126_666, short: false },
      { year: 2019, ownScheduledCents: 0, ownReceivedCents: 0, stateCents: 52_402, short: false },
    ]);
    // asOf 12 May: the 18 May pledge and the 15 May payment not yet there; potential 240,000 →
    // 46,904.1 | 80,000 | 80,000 | 33,095.9 → 46,904 | 80,000 | 80,000 | 33,096.
    const past = await fullSummary(s.as.organiser, { campaignId: s.campaign.id, asOf: "2016-05-12" });
    expect(past.cashFlow.map((y) => [y.year, y.ownScheduledCents, y.ownReceivedCents, y.stateCents])).toEqual([
      [2016, 80_002, 0, 46_904],
      [2017, 79_999, 0, 80_000],
      [2018, 79_999, 0, 80_000],
      [2019, 0, 0, 33_096],
    ]);
  });

  it("moves a re-scheduled installment to its new year from the day of the change", async () => {
    const s = await campaignWithPace();
    const o = s.as.organiser;
    const [pledge] = (await o.pledge.list({ campaignId: s.campaign.id })).items.filter(
      (p) => p.amountCents === 100_000,
    );
    await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      at: "2016-05-19",
      schedule: [
        { dueOn: "2016-06-01", amountCents: 60_000 },
        { dueOn: "2019-06-01", amountCents: 40_000 },
      ],
    });
    const after = await fullSummary(o, { campaignId: s.campaign.id });
    // 2016: 60,000 + 2 × 46,668 = 153,336; 2017/2018: 2 × 46,666 = 93,332; 2019: 40,000.
    // Up to 2017: 246,668 ≥ 200,932; up to 2018: 340,000 ≥ 327,598; up to 2019: 380,000 ≥ 380,000.
    expect(after.cashFlow.map((y) => [y.year, y.ownScheduledCents, y.stateCents, y.short])).toEqual([
      [2016, 153_336, 74_265, false],
      [2017, 93_332, 126_667, false],
      [2018, 93_332, 126_666, false],
      [2019, 40_000, 52_402, false],
    ]);
    const before = await fullSummary(o, { campaignId: s.campaign.id, asOf: "2016-05-18" });
    expect(before.cashFlow.map((y) => y.ownScheduledCents)).toEqual([126_670, 126_665, 126_665, 0]);
  });
});

describe("campaign.pipeline", () => {
  async function pipelineCampaign() {
    // Today 20 May 2016; the window opened in autumn, so intents may be months old.
    const s = await setup({ campaign: { windowStart: "2015-10-01" } });
    const o = s.as.organiser;
    const c = s.campaign.id;
    const early = await addSponsor(o, c, { name: "Früh GmbH" });
    const spring = await addSponsor(o, c, { name: "Frühling AG" });
    const recent = await addSponsor(o, c, { name: "Neu KG", country: "NL" });
    const bound = await addSponsor(o, c, { name: "Gebunden GmbH" });
    await addPledge(o, c, recent.id, 100_000, { status: "intent", pledgedAt: "2016-05-18" }); // 2 days: week
    await addPledge(o, c, recent.id, 50_000, { status: "intent", pledgedAt: "2016-04-25" }); // 25 days: month
    const conditionalIntent = await addPledge(o, c, spring.id, 70_000, {
      status: "intent",
      pledgedAt: "2016-03-01",
      conditional: true,
    }); // 80 days: quarter
    await addPledge(o, c, early.id, 10_000, { status: "intent", pledgedAt: "2015-12-01" }); // 171 days: older
    const conditionalBinding = await addPledge(o, c, bound.id, 200_000, { conditional: true, pledgedAt: "2016-05-02" });
    await addPledge(o, c, bound.id, 999_000, { pledgedAt: "2016-05-02" }); // confirmed, unconditional: not in the pipeline
    const withdrawn = await addPledge(o, c, bound.id, 30_000, {
      status: "intent",
      conditional: true,
      pledgedAt: "2016-05-03",
    });
    await o.pledge.setStatus({ pledgeId: withdrawn.id, status: "withdrawn", expectedVersion: 1, reason: "no" });
    return { s, early, spring, recent, bound, conditionalIntent, conditionalBinding };
  }

  it("lists intents by sponsor, oldest first, with waiting days and age bands", async () => {
    const { s, early, spring, recent } = await pipelineCampaign();
    const pipeline = await s.as.committee.campaign.pipeline({ campaignId: s.campaign.id });
    expect(pipeline).toMatchObject({ asOf: "2016-05-20", intentCents: 230_000, pledgeCount: 4, sponsorCount: 3 });
    // waiting days: 1 Dec 2015 → 20 May 2016 = 31 + 31 + 29 + 31 + 30 + 19 = 171; 1 Mar → 20 May = 31 + 30 + 19 = 80; 25 Apr → 20 May = 25.
    expect(
      pipeline.sponsors.map((p) => [
        p.sponsorId,
        p.intentCents,
        p.pledgeCount,
        p.oldestPledgedAt,
        p.waitingDays,
        p.conditional,
      ]),
    ).toEqual([
      [early.id, 10_000, 1, "2015-12-01", 171, false],
      [spring.id, 70_000, 1, "2016-03-01", 80, true],
      [recent.id, 150_000, 2, "2016-04-25", 25, false],
    ]);
    expect(pipeline.sponsors[2]).toMatchObject({ name: "Neu KG", kind: "company", country: "NL" });
    // bands by days since the intent was logged: ≤ 7 week, ≤ 30 month, ≤ 90 quarter, older.
    expect(pipeline.ages).toEqual([
      { band: "week", cents: 100_000, pledgeCount: 1 },
      { band: "month", cents: 50_000, pledgeCount: 1 },
      { band: "quarter", cents: 70_000, pledgeCount: 1 },
      { band: "older", cents: 10_000, pledgeCount: 1 },
    ]);
    expect(
      (await s.as.committee.campaign.pipeline({ campaignId: s.campaign.id, limit: 1 })).sponsors.map(
        (p) => p.sponsorId,
      ),
    ).toEqual([early.id]);
  });

  it("lists open conditional pledges with the binding part; withdrawn ones and confirmed unconditional ones are not in it", async () => {
    const { s, conditionalIntent, conditionalBinding } = await pipelineCampaign();
    const { conditional } = await s.as.organiser.campaign.pipeline({ campaignId: s.campaign.id });
    expect(conditional).toMatchObject({ cents: 270_000, bindingCents: 200_000, pledgeCount: 2 });
    expect(conditional.pledges.map((p) => [p.pledgeId, p.amountCents, p.status])).toEqual([
      [conditionalBinding.id, 200_000, "confirmed"],
      [conditionalIntent.id, 70_000, "intent"],
    ]);
  });

  it("drops an intent once it is confirmed", async () => {
    const { s, early } = await pipelineCampaign();
    const [pledge] = (await s.as.organiser.pledge.list({ campaignId: s.campaign.id, sponsorId: early.id })).items;
    await s.as.organiser.pledge.setStatus({
      pledgeId: pledge.id,
      status: "confirmed",
      expectedVersion: pledge.version,
    });
    const pipeline = await s.as.committee.campaign.pipeline({ campaignId: s.campaign.id });
    expect(pipeline.sponsors.map((p) => p.sponsorId)).not.toContain(early.id);
    expect(pipeline.ages.find((a) => a.band === "older")).toEqual({ band: "older", cents: 0, pledgeCount: 0 });
  });

  it("is for the staff of the campaign: a sponsor is FORBIDDEN, another campaign NOT_FOUND", async () => {
    const { s, recent } = await pipelineCampaign();
    const sponsor = await callerForSponsor(s.db, recent, s.clock);
    await expectCode(sponsor.campaign.pipeline({ campaignId: s.campaign.id }), "FORBIDDEN");
    await expectCode(s.as.otherOrganiser.campaign.pipeline({ campaignId: s.campaign.id }), "NOT_FOUND");
    await expectCode(s.as.committee.campaign.pipeline({ campaignId: s.otherCampaign.id }), "NOT_FOUND");
    await expectCode(s.as.anonymous.campaign.pipeline({ campaignId: s.campaign.id }), "UNAUTHORIZED");
  });
});

describe("campaign.breakdowns", () => {
  async function breakdownCampaign() {
    // In kind counts at 50%.
    const s = await setup({ campaign: { inKindSharePercent: 50 } });
    const o = s.as.organiser;
    const c = s.campaign.id;
    const it = await addSponsor(o, c, { name: "Informatik GmbH", sector: "IT", membershipType: "Sponsor" });
    const city = await addSponsor(o, c, { name: "StädteRegion Aachen", kind: "public_body", sector: "Verwaltung" });
    const works = await addSponsor(o, c, {
      name: "Stadtwerke Aachen",
      kind: "public_company",
      sector: "Energie",
      membershipType: "Sponsor",
    });
    const lab = await addSponsor(o, c, {
      name: "Forschungslabor",
      kind: "research",
      sector: " IT ",
      membershipType: "Nutzer",
      country: "NL",
    });
    const late = await addSponsor(o, c, { name: "Zurück GmbH" });
    await addPledge(o, c, it.id, 300_000, { pledgedAt: "2016-05-05" });
    await addPledge(o, c, city.id, 100_000);
    await addPledge(o, c, works.id, 200_000, { raisedBySponsorId: city.id });
    await addPledge(o, c, works.id, 80_000, {
      type: "in_kind",
      description: "Rechenzentrum",
      raisedBySponsorId: city.id,
    }); // counted 40,000
    await addPledge(o, c, lab.id, 50_000, { raisedByName: "Frau Müller" });
    await addPledge(o, c, lab.id, 25_000, { raisedByName: " frau müller ", status: "paid" });
    await addPledge(o, c, late.id, 999_999, { status: "intent", raisedByName: "Frau Müller" }); // not binding: nowhere
    const withdrawn = await addPledge(o, c, late.id, 60_000, { pledgedAt: "2016-05-02", raisedBySponsorId: it.id });
    await o.pledge.setStatus({
      pledgeId: withdrawn.id,
      status: "withdrawn",
      expectedVersion: 1,
      at: "2016-05-10",
      reason: "budget cut",
    });
    return { s, it, city, works, lab, late };
  }

  it("groups counted own funds by sector and by membership type, largest first", async () => {
    const { s } = await breakdownCampaign();
    const b = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id });
    expect(b.asOf).toBe("2016-05-20");
    // IT: 300,000 + lab 75,000 (its " IT " trimmed); Energie: 200,000 + 80,000 × 50% = 240,000; Verwaltung 100,000.
    expect(b.bySector).toEqual([
      { value: "IT", countedCents: 375_000, sponsorCount: 2 },
      { value: "Energie", countedCents: 240_000, sponsorCount: 1 },
      { value: "Verwaltung", countedCents: 100_000, sponsorCount: 1 },
    ]);
    // Sponsor: 300,000 + 240,000; no membership type: the StädteRegion's 100,000; Nutzer: 75,000.
    // "Sponsor" as typed is stored as the known code `sponsor` (domain/membership.ts).
    expect(b.byMembership).toEqual([
      { value: "sponsor", countedCents: 540_000, sponsorCount: 2 },
      { value: null, countedCents: 100_000, sponsorCount: 1 },
      { value: "Nutzer", countedCents: 75_000, sponsorCount: 1 },
    ]);
  });

  it("keeps one row per membership type however it was typed", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const c = s.campaign.id;
    const typed = ["Premium  Partner", "premium partner ", "Fördermitglied", "sponsor", " SPONSORING member"];
    for (const [i, membershipType] of typed.entries()) {
      const sponsor = await addSponsor(o, c, { name: `Firma ${i}`, membershipType });
      await addPledge(o, c, sponsor.id, 100_000);
    }
    const edited = await addSponsor(o, c, { name: "Firma Nachtrag" });
    await o.sponsor.update({
      sponsorId: edited.id,
      expectedVersion: edited.version,
      membershipType: "PREMIUM PARTNER",
    });
    await addPledge(o, c, edited.id, 100_000);
    const b = await s.as.committee.campaign.breakdowns({ campaignId: c });
    // Two rows of equal amounts: in any order.
    expect(b.byMembership).toHaveLength(2);
    expect(b.byMembership).toEqual(
      expect.arrayContaining([
        { value: "sponsor", countedCents: 300_000, sponsorCount: 3 },
        { value: "Premium Partner", countedCents: 300_000, sponsorCount: 3 },
      ]),
    );
    expect(await s.as.committee.sponsor.membershipTypes({ campaignId: c })).toEqual(["Premium Partner", "sponsor"]);
  });

  it("counts public_body and public_company together as public money", async () => {
    const { s } = await breakdownCampaign();
    const b = await s.as.organiser.campaign.breakdowns({ campaignId: s.campaign.id });
    // public: 100,000 + 240,000; private: 300,000 + 75,000.
    expect(b.publicPrivate).toEqual([
      { origin: "public", countedCents: 340_000, sponsorCount: 2 },
      { origin: "private", countedCents: 375_000, sponsorCount: 2 },
    ]);
    // Agrees with the summary: the same counted own funds, in kind at the campaign's share.
    const summary = await fullSummary(s.as.organiser, { campaignId: s.campaign.id });
    expect(summary.countedCents).toBe(715_000);
    expect(summary.publicCountedCents).toBe(340_000);
  });

  it("ranks the top sponsors by counted own funds, in kind at the campaign's share", async () => {
    const { s, it: itSponsor, city, works, lab } = await breakdownCampaign();
    const b = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id });
    expect(b.topSponsors.map((t) => [t.sponsorId, t.countedCents, t.pledgeCount])).toEqual([
      [itSponsor.id, 300_000, 1],
      [works.id, 240_000, 2],
      [city.id, 100_000, 1],
      [lab.id, 75_000, 2],
    ]);
    expect(b.topSponsors[1]).toMatchObject({ name: "Stadtwerke Aachen", kind: "public_company", country: "DE" });
  });

  it("credits whoever raised the money: a raising sponsor, or a name up to case and spacing", async () => {
    const { s, city } = await breakdownCampaign();
    const b = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id });
    expect(b.raisedBy).toEqual([
      // 200,000 + 80,000 × 50%
      {
        raisedBySponsorId: city.id,
        name: "StädteRegion Aachen",
        countedCents: 240_000,
        pledgeCount: 2,
        sponsorCount: 1,
      },
      // 50,000 + 25,000; the intent of 999,999 raised by the same name does not count
      { raisedBySponsorId: null, name: "Frau Müller", countedCents: 75_000, pledgeCount: 2, sponsorCount: 1 },
    ]);
  });

  it("takes each pledge as it stood at the end of asOf: one withdrawn later still counts on the days before", async () => {
    const { s, it: itSponsor, late } = await breakdownCampaign();
    const on = (asOf: string) => s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id, asOf });
    const before = await on("2016-05-09");
    expect(before.asOf).toBe("2016-05-09");
    expect(before.topSponsors.map((t) => [t.sponsorId, t.countedCents])).toEqual([
      [itSponsor.id, 300_000],
      [late.id, 60_000],
    ]);
    expect(before.raisedBy).toEqual([
      {
        raisedBySponsorId: itSponsor.id,
        name: "Informatik GmbH",
        countedCents: 60_000,
        pledgeCount: 1,
        sponsorCount: 1,
      },
    ]);
    expect(before.publicPrivate).toEqual([
      { origin: "public", countedCents: 0, sponsorCount: 0 },
      { origin: "private", countedCents: 360_000, sponsorCount: 2 },
    ]);
    const onTheDay = await on("2016-05-10");
    expect(onTheDay.topSponsors.map((t) => t.sponsorId)).toEqual([itSponsor.id]);
    expect(onTheDay.raisedBy).toEqual([]);
    expect((await on("2016-05-01")).topSponsors).toEqual([]);
  });

  it("is for the staff of the campaign: a sponsor is FORBIDDEN, another campaign NOT_FOUND", async () => {
    const { s, works } = await breakdownCampaign();
    const sponsor = await callerForSponsor(s.db, works, s.clock);
    await expectCode(sponsor.campaign.breakdowns({ campaignId: s.campaign.id }), "FORBIDDEN");
    await expectCode(s.as.otherOrganiser.campaign.breakdowns({ campaignId: s.campaign.id }), "NOT_FOUND");
  });
});

describe("campaign.onSummary", () => {
  it("sends the staff the full summary and a sponsor the overall figures, then a new one after a change", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 1_000_000, { pledgedAt: "2016-05-01" });
    const first = async (caller: typeof o) => {
      const iterable = await caller.campaign.onSummary({ campaignId: s.campaign.id });
      const iterator = iterable[Symbol.asyncIterator]();
      return {
        iterator,
        event: (await iterator.next()).value as unknown as [string, { scope: string; countedCents: number }],
      };
    };
    const staff = await first(s.as.committee);
    expect(staff.event[1]).toMatchObject({ scope: "full", countedCents: 1_000_000 });
    const own = await first(await callerForSponsor(s.db, sponsor, s.clock));
    expect(own.event[1]).toMatchObject({ scope: "overall", countedCents: 1_000_000 });
    expect(own.event[1]).not.toHaveProperty("byKind");
    await own.iterator.return?.();
    // A change wakes the staff's subscription with the new figures and a new event id.
    const next = staff.iterator.next();
    await addPledge(o, s.campaign.id, sponsor.id, 500_000, { pledgedAt: "2016-05-02" });
    const changed = (await next).value as unknown as [string, { countedCents: number }];
    expect(changed[1].countedCents).toBe(1_500_000);
    expect(changed[0]).not.toBe(staff.event[0]);
    await staff.iterator.return?.();
  });
});
