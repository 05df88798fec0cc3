// The funder (issue 17, point 7): the ministry or its agency, read-only, granted per campaign by
// an admin. It may call campaign.list, portfolio.summary, the overall campaign.summary and
// campaign.drawdown (and its own account); everything else is FORBIDDEN. It sees no contact
// data and no single sponsor's amount. The matrix (authorizationMatrix.test.ts) has every cell;
// this file checks what the allowed answers hold, field by field.
import { describe, expect, it } from "vitest";
import {
  addPledge,
  addSponsor,
  addUser,
  callerFor,
  callerForSponsor,
  expectCode,
  setup,
  TARGET,
  useCheapPasswords,
} from "./helpers";
import { serve } from "./httpHelpers";

async function withFunder() {
  const s = await setup();
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Printen Lambertz KG",
    contactName: "Erika Muster",
    contactEmail: "erika@printen.example",
  });
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_500_000);
  await s.as.admin.campaign.update({
    campaignId: s.campaign.id,
    expectedVersion: 1,
    sender: { name: "Aachen digitalisiert e. V.", address: "Markt 1, Aachen", contactName: "Olga Organisation" },
    bankAccount: { holder: "Aachen digitalisiert e. V.", iban: "DE89 3704 0044 0532 0130 00" },
  });
  const funderUser = await addUser(s.db, "ministerium@example.org", "funder", s.campaign.id);
  const funder = await callerFor(s.db, funderUser, s.clock);
  return { ...s, sponsor, funderUser, funder };
}

describe("a funder", () => {
  it("lists its campaigns without bank account, sender or reminder settings", async () => {
    const s = await withFunder();
    const [own, ...others] = await s.funder.campaign.list();
    expect(others).toEqual([]);
    expect(own).toMatchObject({ id: s.campaign.id, role: "funder", bankAccount: null, sender: null });
    expect(own.reminders).toEqual({ intentAfterDays: null, installmentBeforeDays: null, overdueAfterDays: null });
    expect(JSON.stringify(own)).not.toContain("Olga");
    // The same fields as everyone else's view, so one screen reads one type.
    const [organisers] = await s.as.organiser.campaign.list();
    expect(Object.keys(own).sort()).toEqual(Object.keys(organisers).sort());
  });

  it("gets the overall summary only, the fields a sponsor gets: no breakdowns by status, kind, country or day", async () => {
    const s = await withFunder();
    const summary = await s.funder.campaign.summary({ campaignId: s.campaign.id });
    const sponsors = await (await callerForSponsor(s.db, s.sponsor, s.clock)).campaign.summary({
      campaignId: s.campaign.id,
    });
    expect(summary.scope).toBe("overall");
    expect(Object.keys(summary).sort()).toEqual(Object.keys(sponsors).sort());
    for (const breakdown of ["byKind", "byCountry", "timeline", "cashFlow", "confirmedCents", "publicCountedCents"])
      expect(summary).not.toHaveProperty(breakdown);
  });

  it("reads the drawdown of its campaign, and nothing of another", async () => {
    const s = await withFunder();
    expect(await s.funder.campaign.drawdown({ campaignId: s.campaign.id })).toMatchObject({ callableCents: 0 });
    await expectCode(s.funder.campaign.drawdown({ campaignId: s.otherCampaign.id }), "NOT_FOUND");
    await expectCode(s.funder.campaign.summary({ campaignId: s.otherCampaign.id }), "NOT_FOUND");
  });

  it("is FORBIDDEN everything else, its own campaign's data and live stream included", async () => {
    const s = await withFunder();
    const id = s.campaign.id;
    const calls: [string, Promise<unknown>][] = [
      ["pledge.list", s.funder.pledge.list({ campaignId: id })],
      ["sponsor.list", s.funder.sponsor.list({ campaignId: id })],
      ["campaign.breakdowns", s.funder.campaign.breakdowns({ campaignId: id })],
      ["campaign.pipeline", s.funder.campaign.pipeline({ campaignId: id })],
      ["apiToken.create", s.funder.apiToken.create({ name: "script", scope: "read" })],
      [
        "statePayment.record",
        s.funder.statePayment.record({ campaignId: id, amountCents: 1, receivedAt: "2016-05-20" }),
      ],
      ["campaign.onSummary", s.funder.campaign.onSummary({ campaignId: id })],
    ];
    for (const [name, call] of calls) await expectCode(call, "FORBIDDEN", name);
  });

  it("gets no export of its campaign over HTTP (403)", async () => {
    const s = await withFunder();
    useCheapPasswords(s.db);
    const http = await serve(s.db, s.clock.now);
    try {
      const cookie = await http.login("ministerium@example.org");
      for (const file of ["pledges.csv", "sponsors.csv", "financing-plan.csv"]) {
        const res = await http.request(`/api/campaigns/${s.campaign.id}/${file}`, { headers: { cookie } });
        expect(res.status, file).toBe(403);
      }
    } finally {
      await http.close();
    }
  });
});

describe("user.setMembership with the role funder", () => {
  it("makes a user funder of a second campaign, and keeps staff and funder roles in separate accounts", async () => {
    const s = await withFunder();
    const updated = await s.as.admin.user.setMembership({
      userId: s.funderUser.id,
      campaignId: s.otherCampaign.id,
      role: "funder",
    });
    expect(updated.memberships.map((m) => m.role)).toEqual(["funder", "funder"]);
    await expectCode(
      s.as.admin.user.setMembership({ userId: s.users.organiser.id, campaignId: s.otherCampaign.id, role: "funder" }),
      "CONFLICT",
    );
    await expectCode(
      s.as.admin.user.setMembership({ userId: s.funderUser.id, campaignId: s.otherCampaign.id, role: "organiser" }),
      "CONFLICT",
    );
    // On the campaign it already has, a role may change (nothing else to mix with).
    await s.as.admin.user.setMembership({ userId: s.users.committee.id, campaignId: s.campaign.id, role: "funder" });
  });
});

describe("portfolio.summary", () => {
  it("gives an admin every campaign, a funder only its own, with the state's grant, calls and receipts", async () => {
    const s = await withFunder();
    const id = s.campaign.id;
    await s.as.admin.campaign.update({ campaignId: id, expectedVersion: 2, applicationStatus: "submitted" });
    await s.as.admin.campaign.update({
      campaignId: id,
      expectedVersion: 3,
      applicationStatus: "approved",
      grantCents: 100_000_000,
    });
    const pledge = (await s.as.organiser.pledge.list({ campaignId: id })).items[0];
    await s.as.organiser.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents: 1_000_000,
      paidAt: "2016-05-20",
      expectedVersion: pledge.version,
    });
    await s.as.organiser.statePayment.callFunds({ campaignId: id, amountCents: 600_000, calledAt: "2016-05-20" });
    await s.as.organiser.statePayment.record({ campaignId: id, amountCents: 500_000, receivedAt: "2016-05-20" });
    const aachen = {
      campaignId: id,
      name: "Aachen digitalisiert",
      targetCents: TARGET,
      countedCents: 1_500_000,
      eligible: false,
      stateCommittedCents: 100_000_000,
      stateCalledCents: 600_000,
      stateReceivedCents: 500_000,
    };
    expect(await s.funder.portfolio.summary({})).toEqual([aachen]);
    expect(await s.as.admin.portfolio.summary({})).toEqual([
      aachen,
      {
        campaignId: s.otherCampaign.id,
        name: "Bonn digital",
        targetCents: 50_000_000,
        countedCents: 0,
        eligible: false,
        stateCommittedCents: 0,
        stateCalledCents: 0,
        stateReceivedCents: 0,
      },
    ]);
    await expectCode(s.as.organiser.portfolio.summary({}), "FORBIDDEN");
    await expectCode(s.as.committee.portfolio.summary({}), "FORBIDDEN");
  });
});
