// The committee's one-pager through the API: pace, range, needed pace per working day in the
// campaign's holiday region, the change against a week earlier, and the figures behind the
// "what if" switches (conditional pledges lapse; intents convert).
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectFieldError, fullSummary, setup } from "./helpers";

async function campaignOnMay20() {
  // Today 20 May 2016; deadline 1 June; target €1.5M. From 7 May on, one confirmed pledge a day.
  const s = await setup({ campaign: { inKindSharePercent: 50 } });
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id);
  for (let day = 7; day <= 20; day++)
    await addPledge(o, s.campaign.id, sponsor.id, day * 100_000, {
      pledgedAt: `2016-05-${String(day).padStart(2, "0")}`,
    });
  await addPledge(o, s.campaign.id, sponsor.id, 5_000_000, { status: "intent", pledgedAt: "2016-05-10" });
  await addPledge(o, s.campaign.id, sponsor.id, 4_000_000, {
    status: "intent",
    type: "in_kind",
    description: "Räume",
    pledgedAt: "2016-05-11",
  });
  await addPledge(o, s.campaign.id, sponsor.id, 3_000_000, { conditional: true, pledgedAt: "2016-05-12" });
  return s;
}

describe("the forecast in campaign.summary", () => {
  it("gives pace, range, needed pace per working day and the week's change, to the cent", async () => {
    const s = await campaignOnMay20();
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    // Counted: 700,000 + … + 2,000,000 (7–20 May) = 18,900,000, plus the conditional 3,000,000 = 21,900,000.
    expect(summary.countedCents).toBe(21_900_000);
    // 21 May … 1 June in NRW: 23, 24, 25, 27, 30, 31 May, 1 June (26 May is Fronleichnam) = 7 days.
    // Gap 150,000,000 − 21,900,000 = 128,100,000 / 7 = 18,300,000.
    expect(summary.projection).toMatchObject({ workingDaysLeft: 7, requiredPerWorkingDayCents: 18_300_000 });
    // The week: counted 13 May = 700,000 + … + 1,300,000 (7,000,000) + 3,000,000 = 10,000,000 → change 11,900,000.
    expect(summary.projection.weekChangeCents).toBe(11_900_000);
    // Pace: 21,900,000 over 14 days (nothing before 7 May) = 1,564,285. 12 days left.
    expect(summary.projection.pacePerDayCents).toBe(1_564_285);
    // Daily increases 7–20 May: 700k … 2,000k, and 12 May +3,000k on top of 1,200k = 4,200k.
    // Sorted: 700, 800, 900, 1000, 1100, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 4200 (thousands).
    // p25 rank 3.25 → 1,000,000 + 0.25 × 100,000 = 1,025,000; p75 rank 9.75 → 1,700,000 + 75,000 = 1,775,000.
    expect(summary.projection).toMatchObject({
      rangeLowCents: 21_900_000 + 12 * 1_025_000,
      rangeHighCents: 21_900_000 + 12 * 1_775_000,
    });
    // Intents as they would count: 5,000,000 cash + 50 % of 4,000,000 in kind.
    expect(summary.intentCountedCents).toBe(7_000_000);
  });

  it("counts working days in the campaign's own holiday region", async () => {
    const s = await campaignOnMay20();
    const campaign = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      holidayRegion: "DE-BE",
    });
    expect(campaign.holidayRegion).toBe("DE-BE");
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    expect(summary.projection.workingDaysLeft).toBe(8);
  });

  it("refuses an unknown holiday region, naming the field", async () => {
    const s = await campaignOnMay20();
    await expectFieldError(
      s.as.admin.campaign.update({
        campaignId: s.campaign.id,
        expectedVersion: s.campaign.version,
        holidayRegion: "DE-XY",
      }),
      "holidayRegion",
    );
  });

  it("breakdowns give the counted conditional pledges that would lapse", async () => {
    const s = await campaignOnMay20();
    const breakdowns = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id });
    expect(breakdowns.conditionalCountedCents).toBe(3_000_000);
    const before = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id, asOf: "2016-05-11" });
    expect(before.conditionalCountedCents).toBe(0);
  });
});
