// A past day is judged by the terms it had: a target raised later, a rule switched on later or
// an application status reached later does not reach back; the application status carries the
// day it was reached, and a rejection lapses conditional pledges on that day.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectFieldError, fullSummary, setup } from "./helpers";

async function campaignWithPledges() {
  const s = await setup(); // today 20 May 2016, target €1.5M
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 80_000_000, { pledgedAt: "2016-05-02" });
  const conditional = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 10_000_000, {
    conditional: true,
    status: "intent",
    pledgedAt: "2016-05-03",
  });
  return { s, conditional };
}

describe("terms as they were on a day", () => {
  it("a target changed later holds from its day: earlier days keep the old one", async () => {
    const { s } = await campaignWithPledges();
    s.clock.set("2016-05-25T10:00:00Z");
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      targetCents: 70_000_000,
    });
    const before = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-20" });
    expect(before).toMatchObject({ targetCents: 150_000_000, eligible: false });
    const after = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-25" });
    expect(after).toMatchObject({ targetCents: 70_000_000, eligible: true });
    // As shown on 24 May in the evening, 25 May would still have been judged by the old target.
    const shown = await fullSummary(s.as.committee, {
      campaignId: s.campaign.id,
      asOf: "2016-05-25",
      knownAt: "2016-05-24T18:00:00Z",
    });
    expect(shown.targetCents).toBe(150_000_000);
  });

  it("the application status carries its day, and a past day shows the status it had", async () => {
    const { s } = await campaignWithPledges();
    const campaign = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      applicationStatus: "submitted",
      applicationStatusAt: "2016-05-18",
    });
    expect(campaign).toMatchObject({ applicationStatus: "submitted" });
    const onDay = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-18" });
    expect(onDay).toMatchObject({ applicationStatus: "submitted", applicationStatusAt: "2016-05-18" });
    const dayBefore = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-17" });
    expect(dayBefore).toMatchObject({ applicationStatus: "collecting", applicationStatusAt: null });
  });

  it("refuses a status date in the future or without a new status, naming the field", async () => {
    const { s } = await campaignWithPledges();
    const base = { campaignId: s.campaign.id, expectedVersion: s.campaign.version };
    await expectFieldError(
      s.as.admin.campaign.update({ ...base, applicationStatus: "submitted", applicationStatusAt: "2016-05-21" }),
      "applicationStatusAt",
    );
    await expectFieldError(
      s.as.admin.campaign.update({ ...base, applicationStatusAt: "2016-05-10" }),
      "applicationStatusAt",
    );
  });

  it("a rejection dated back lapses the conditional pledges on that day", async () => {
    const { s, conditional } = await campaignWithPledges();
    const submitted = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      applicationStatus: "submitted",
      applicationStatusAt: "2016-05-10",
    });
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: submitted.version,
      applicationStatus: "rejected",
      applicationStatusAt: "2016-05-15",
    });
    const history = await s.as.organiser.pledge.history({ pledgeId: conditional.id });
    expect(history.at(-1)).toMatchObject({ kind: "status", at: "2016-05-15", statusAfter: "withdrawn" });
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-14" });
    expect(summary.intentCents).toBe(10_000_000);
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-15" })).intentCents).toBe(0);
  });
});
