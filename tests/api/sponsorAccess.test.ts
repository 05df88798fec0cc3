// What a sponsor session sees (CONTRACT.md "Who sees what"): its own pledges, the campaign's
// overall figures, its portal (payments, schedule, leverage, pledges it raised), its
// listing consent; and the public page that consent feeds.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, sponsors } from "../../db/schema";
import { addPledge, addSponsor, callerForSponsor, expectCode, setup, type Setup, type SetupOptions } from "./helpers";

/**
 * Campaign A reaches its €1.5M target: the StädteRegion (sponsor A) pledges €15,000 (€5,000
 * paid) plus a €10,000.01 intent, and raised €20,000 from a public company; a second
 * company pledges €1,465,000; an association has only an intent. Campaign B has its own.
 */
async function portalFixture(options: SetupOptions = {}) {
  const s = await setup(options);
  const o = s.as.organiser;
  const A = s.campaign.id;
  const sponsorA = await addSponsor(o, A, { name: "StädteRegion Aachen", kind: "public_body" });
  const other = await addSponsor(o, A, {
    name: "Zweite GmbH",
    contactName: "Erika Geheim",
    contactEmail: "erika@zweite.example",
  });
  const raisedFor = await addSponsor(o, A, { name: "Stadtwerke Beispiel", kind: "public_company" });
  const intentOnly = await addSponsor(o, A, { name: "Absicht eV", kind: "association" });
  const main = await addPledge(o, A, sponsorA.id, 1_500_000, { pledgedAt: "2016-05-10" });
  const paid = await o.pledge.recordPayment({
    pledgeId: main.id,
    amountCents: 500_000,
    paidAt: "2016-05-15",
    expectedVersion: main.version,
  });
  const odd = await addPledge(o, A, sponsorA.id, 1_000_001, { status: "intent", pledgedAt: "2016-05-11" });
  const otherPledge = await addPledge(o, A, other.id, 146_500_000, {
    pledgedAt: "2016-05-12",
    note: "Vorstand zögert noch",
  });
  const raised = await addPledge(o, A, raisedFor.id, 2_000_000, {
    pledgedAt: "2016-05-13",
    raisedBySponsorId: sponsorA.id,
  });
  const intent = await addPledge(o, A, intentOnly.id, 5_000_000, { status: "intent", pledgedAt: "2016-05-14" });
  const sponsorInB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner AG" });
  const pledgeInB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorInB.id, 3_000_000);
  const asA = await callerForSponsor(s.db, sponsorA, s.clock);
  return {
    s,
    A,
    sponsorA,
    other,
    raisedFor,
    intentOnly,
    main: paid,
    odd,
    otherPledge,
    raised,
    intent,
    sponsorInB,
    pledgeInB,
    asA,
  };
}

describe("pledge.list for a sponsor", () => {
  it("returns only its own pledges, whatever sponsorId says", async () => {
    const f = await portalFixture();
    const ids = async (input: Parameters<typeof f.asA.pledge.list>[0]) =>
      (await f.asA.pledge.list(input)).items.map((p) => p.id);
    const own = [f.odd.id, f.main.id];
    expect(await ids({ campaignId: f.A })).toEqual(own);
    expect(await ids({ campaignId: f.A, sponsorId: f.other.id })).toEqual(own);
    expect(await ids({ campaignId: f.A, sponsorId: f.raisedFor.id })).toEqual(own);
    expect(await ids({ campaignId: f.A, sponsorId: f.other.id, status: "confirmed" })).toEqual([f.main.id]);
    // the organiser sees all five
    expect((await f.s.as.organiser.pledge.list({ campaignId: f.A })).items).toHaveLength(5);
  });

  it("is NOT_FOUND for campaign B", async () => {
    const f = await portalFixture();
    await expectCode(f.asA.pledge.list({ campaignId: f.s.otherCampaign.id }), "NOT_FOUND");
  });
});

describe("what stays with the organisers", () => {
  it("a sponsor's own pledges come without the organisers' internal note", async () => {
    const f = await portalFixture();
    const sponsorO = f.other;
    const asOther = await callerForSponsor(f.s.db, sponsorO, f.s.clock);
    const [own] = (await asOther.pledge.list({ campaignId: f.A })).items;
    expect(own.note).toBeNull();
    expect((await asOther.sponsorPortal.me()).pledges[0].note).toBeNull();
    expect((await f.s.as.organiser.pledge.list({ campaignId: f.A, sponsorId: sponsorO.id })).items[0].note).toBe(
      "Vorstand zögert noch",
    );
  });

  it("the committee reads the sponsor list without the contact persons' data", async () => {
    const f = await portalFixture();
    const find = async (caller: typeof f.s.as.organiser) =>
      (await caller.sponsor.list({ campaignId: f.A, search: "Zweite" })).items[0];
    expect(await find(f.s.as.organiser)).toMatchObject({
      contactName: "Erika Geheim",
      contactEmail: "erika@zweite.example",
    });
    expect(await find(f.s.as.committee)).toMatchObject({ name: "Zweite GmbH", contactName: null, contactEmail: null });
  });

  it("a sponsor learns whether the public-money rule holds, not the share that would reveal a public sponsor's amount", async () => {
    const f = await portalFixture({ campaign: { rules: { maxPublicSharePercent: 50 } } });
    const rule = (await f.asA.campaign.summary({ campaignId: f.A })).rules.find((r) => r.id === "max_public_share")!;
    expect(rule).toMatchObject({ met: true, value: null, gap: null, required: 50 });
    const staffRule = (await f.s.as.organiser.campaign.summary({ campaignId: f.A })).rules.find(
      (r) => r.id === "max_public_share",
    )!;
    expect(staffRule.value).toBeGreaterThan(0);
  });
});

describe("pledge.history for a sponsor", () => {
  it("shows its own pledge's events, oldest first, without naming the staff member", async () => {
    const f = await portalFixture();
    const events = await f.asA.pledge.history({ pledgeId: f.main.id });
    expect(events.map((e) => [e.kind, e.at, e.paymentCents])).toEqual([
      ["created", "2016-05-10", null],
      ["payment", "2016-05-15", 500_000],
    ]);
    expect(events.every((e) => e.userId === null && e.userName === null)).toBe(true);
    // staff see who typed it
    expect((await f.s.as.organiser.pledge.history({ pledgeId: f.main.id }))[0].userName).toBe("organiser");
  });

  it("is NOT_FOUND for another sponsor's pledge, the pledge it raised included, as for one that does not exist", async () => {
    const f = await portalFixture();
    for (const pledgeId of [f.otherPledge.id, f.raised.id, f.pledgeInB.id, 9999]) {
      await expectCode(f.asA.pledge.history({ pledgeId }), "NOT_FOUND", `pledge ${pledgeId}`);
    }
  });
});

describe("campaign.summary and campaign.list for a sponsor", () => {
  it("gives the overall figures (scope overall) and no breakdowns", async () => {
    const f = await portalFixture();
    const summary = await f.asA.campaign.summary({ campaignId: f.A });
    expect(summary).toMatchObject({
      scope: "overall",
      campaignId: f.A,
      targetCents: 150_000_000,
      countedCents: 150_000_000,
      sponsorCount: 3,
      potentialMatchCents: 150_000_000,
      stateMatchCents: 150_000_000,
      eligible: true,
    });
    for (const field of [
      "byKind",
      "byCountry",
      "intentCents",
      "confirmedCents",
      "paidCents",
      "withdrawnCents",
      "receivedCents",
      "publicCountedCents",
      "pledgeCount",
    ]) {
      expect(summary, field).not.toHaveProperty(field);
    }
    // the staff summary of the same day has them
    expect(await f.s.as.committee.campaign.summary({ campaignId: f.A })).toMatchObject({
      scope: "full",
      intentCents: 6_000_001,
      byKind: expect.any(Array),
    });
  });

  it("has no daily timeline, whose steps would show other sponsors' pledges (CONTRACT: of other sponsors it sees nothing)", async () => {
    const f = await portalFixture();
    // Zweite GmbH's €1,465,000 is the only pledge of 12 May: the staff timeline's step that day is exactly it
    const staff = await f.s.as.organiser.campaign.summary({ campaignId: f.A });
    expect(staff.scope === "full" && staff.timeline.map((p) => p.countedCents)).toEqual([
      1_500_000, 148_000_000, 150_000_000,
    ]);
    expect(await f.asA.campaign.summary({ campaignId: f.A })).not.toHaveProperty("timeline");
    expect((await f.asA.sponsorPortal.me()).summary).not.toHaveProperty("timeline");
  });

  it("is NOT_FOUND for campaign B, and campaign.list shows only the sponsor's own campaign", async () => {
    const f = await portalFixture();
    await expectCode(f.asA.campaign.summary({ campaignId: f.s.otherCampaign.id }), "NOT_FOUND");
    await expectCode(f.asA.campaign.summary({ campaignId: 9999 }), "NOT_FOUND");
    expect((await f.asA.campaign.list()).map((c) => [c.id, c.role])).toEqual([[f.A, "sponsor"]]);
  });
});

describe("sponsorPortal.me", () => {
  it("shows its own pledges with their payments and an even schedule over the match period", async () => {
    const f = await portalFixture();
    const me = await f.asA.sponsorPortal.me();
    expect(me.sponsor).toMatchObject({ id: f.sponsorA.id, name: "StädteRegion Aachen" });
    expect(me.pledges.map((p) => p.id)).toEqual([f.main.id, f.odd.id]);
    const [main, odd] = me.pledges;
    expect(main).toMatchObject({
      status: "confirmed",
      amountCents: 1_500_000,
      receivedCents: 500_000,
      counts: true,
      countedCents: 1_500_000,
    });
    expect(main.payments).toEqual([{ id: expect.any(Number), amountCents: 500_000, paidAt: "2016-05-15" }]);
    // €15,000 over 3 years from the match start (the deadline, 1 June 2016): 3 × €5,000; the €5,000 paid fills the first
    expect(main.schedule).toEqual([
      { number: 1, dueOn: "2016-06-01", amountCents: 500_000, paidCents: 500_000, overdue: false },
      { number: 2, dueOn: "2017-06-01", amountCents: 500_000, paidCents: 0, overdue: false },
      { number: 3, dueOn: "2018-06-01", amountCents: 500_000, paidCents: 0, overdue: false },
    ]);
    // €10,000.01 ÷ 3 = €3,333.33 each, the leftover cent on the first; an intent does not count yet
    expect(odd).toMatchObject({ status: "intent", counts: false, countedCents: 0, payments: [] });
    expect(odd.schedule.map((i) => [i.dueOn, i.amountCents])).toEqual([
      ["2016-06-01", 333_335],
      ["2017-06-01", 333_333],
      ["2018-06-01", 333_333],
    ]);
  });

  it("shows its leverage: €15,000 of €1.5M counted is a 1% share and unlocks €15,000", async () => {
    const f = await portalFixture();
    const { leverage, summary } = await f.asA.sponsorPortal.me();
    expect(leverage).toEqual({
      countedCents: 1_500_000,
      shareBasisPoints: 100,
      unlockedCents: 1_500_000,
      capReached: false,
      eligible: true,
    });
    expect(summary).toMatchObject({ scope: "overall", countedCents: 150_000_000 });
    expect(summary).not.toHaveProperty("byKind");
  });

  it("with the cap reached unlocks its share of the capped match: 1% of €750,000", async () => {
    const f = await portalFixture({ campaign: { matchCapCents: 75_000_000 } });
    const { leverage } = await f.asA.sponsorPortal.me();
    // ⌊1,500,000 × 75,000,000 ÷ 150,000,000⌋ = 750,000
    expect(leverage).toEqual({
      countedCents: 1_500_000,
      shareBasisPoints: 100,
      unlockedCents: 750_000,
      capReached: true,
      eligible: true,
    });
  });

  it("for a sponsor with only an intent unlocks nothing", async () => {
    const f = await portalFixture();
    const me = await (await callerForSponsor(f.s.db, f.intentOnly, f.s.clock)).sponsorPortal.me();
    expect(me.leverage).toEqual({
      countedCents: 0,
      shareBasisPoints: 0,
      unlockedCents: 0,
      capReached: false,
      eligible: true,
    });
    expect(me.pledges.map((p) => [p.id, p.counts])).toEqual([[f.intent.id, false]]);
    expect(me.raised).toEqual({ count: 0, listed: [], hiddenCount: 0, hiddenTotalCents: null });
  });

  it("counts the one pledge it raised from a hidden sponsor, and nothing else of other sponsors", async () => {
    const f = await portalFixture();
    const me = await f.asA.sponsorPortal.me();
    // Stadtwerke Beispiel is listed "hidden" (the default): one hidden pledge gives no total.
    expect(me.raised).toEqual({ count: 1, listed: [], hiddenCount: 1, hiddenTotalCents: null });
    const text = JSON.stringify(me);
    for (const secret of [
      "Zweite GmbH",
      "Erika Geheim",
      "erika@zweite.example",
      "Vorstand zögert",
      "Absicht eV",
      "Bonner AG",
      "Stadtwerke Beispiel",
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // nor their amounts (€1,465,000, the €50,000 intent, the hidden €20,000 raised)
    expect(text).not.toMatch(/\b(146500000|5000000|2000000)\b/);
    const pledgeIds = me.pledges.map((p) => p.id);
    expect(pledgeIds).not.toContain(f.otherPledge.id);
    expect(pledgeIds).not.toContain(f.intent.id);
  });
});

describe("sponsorPortal.setListing", () => {
  it("changes only the sponsor's own listing and writes an audit row", async () => {
    const f = await portalFixture();
    const before = f.s.db.select().from(sponsors).where(eq(sponsors.id, f.sponsorA.id)).get()!;
    const updated = await f.asA.sponsorPortal.setListing({ listing: "name_and_amount" });
    expect(updated).toMatchObject({ id: f.sponsorA.id, listing: "name_and_amount", version: before.version + 1 });
    const listings = f.s.db.select({ id: sponsors.id, listing: sponsors.listing }).from(sponsors).all();
    expect(listings.filter((x) => x.listing !== "hidden")).toEqual([{ id: f.sponsorA.id, listing: "name_and_amount" }]);
    expect(f.s.db.select().from(auditLog).where(eq(auditLog.action, "listing_changed")).all()).toEqual([
      {
        id: expect.any(Number),
        createdAt: f.s.clock.now().getTime(),
        action: "listing_changed",
        userId: null,
        sponsorId: f.sponsorA.id,
        campaignId: f.A,
        subjectUserId: null,
        ip: null,
        detail: JSON.stringify({ before: "hidden", after: "name_and_amount" }),
      },
    ]);
  });
});

describe("publicCampaign.get", () => {
  /** Campaign A with one sponsor per case of consent and status. */
  async function publicFixture(s: Setup) {
    const o = s.as.organiser;
    const A = s.campaign.id;
    const named = await addSponsor(o, A, { name: "Nur Name AG", listing: "name" });
    await addPledge(o, A, named.id, 1_000_000);
    const withAmount = await addSponsor(o, A, {
      name: "Mit Betrag GmbH",
      listing: "name_and_amount",
      contactEmail: "kontakt@betrag.example",
    });
    await addPledge(o, A, withAmount.id, 1_000_000);
    await addPledge(o, A, withAmount.id, 500_000, { status: "paid" });
    await addPledge(o, A, withAmount.id, 700_000, { status: "intent" }); // not binding: not in its amount
    const hidden = await addSponsor(o, A, { name: "Verborgen KG" });
    await addPledge(o, A, hidden.id, 9_000_000);
    const intentOnly = await addSponsor(o, A, { name: "Nur Absicht eV", listing: "name_and_amount" });
    await addPledge(o, A, intentOnly.id, 800_000, { status: "intent" });
    const withdrawn = await addSponsor(o, A, { name: "Zurückgezogen GmbH", listing: "name" });
    const gone = await addPledge(o, A, withdrawn.id, 600_000);
    await o.pledge.setStatus({
      pledgeId: gone.id,
      status: "withdrawn",
      expectedVersion: gone.version,
      reason: "Budget gestrichen",
    });
    const inB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, {
      name: "Bonner AG",
      listing: "name_and_amount",
    });
    await addPledge(s.as.otherOrganiser, s.otherCampaign.id, inB.id, 3_000_000);
    return { hidden };
  }

  it("is NOT_FOUND while the campaign's public page is off", async () => {
    const s = await setup();
    await publicFixture(s);
    await expectCode(s.as.anonymous.publicCampaign.get({ campaignId: s.campaign.id }), "NOT_FOUND");
  });

  it("lists only consenting supporters with binding pledges, with an amount only for name_and_amount", async () => {
    const s = await setup();
    await publicFixture(s);
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      publicPage: true,
    });
    const page = await s.as.anonymous.publicCampaign.get({ campaignId: s.campaign.id });
    expect(page.supporters).toEqual([
      { name: "Mit Betrag GmbH", amountCents: 1_500_000 },
      { name: "Nur Name AG", amountCents: null },
    ]);
    expect(page.summary).toMatchObject({ scope: "overall", countedCents: 11_500_000, sponsorCount: 3 });
    expect(page.summary).not.toHaveProperty("byKind");
    const text = JSON.stringify(page);
    for (const secret of [
      "Verborgen KG",
      "Nur Absicht",
      "Zurückgezogen",
      "Bonner AG",
      "kontakt@betrag.example",
      "Budget gestrichen",
    ]) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it("shows no daily timeline, from which a hidden sponsor's amount could be read off by its date", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const listed = await addSponsor(o, s.campaign.id, { name: "Offen GmbH", listing: "name_and_amount" });
    await addPledge(o, s.campaign.id, listed.id, 1_000_000, { pledgedAt: "2016-05-02" });
    // two hidden sponsors on different days: the page may reveal their sum (€130,000), never each one
    for (const [name, amount, day] of [
      ["Verborgen KG", 9_000_000, "2016-05-09"],
      ["Still AG", 4_000_000, "2016-05-12"],
    ] as const) {
      const hidden = await addSponsor(o, s.campaign.id, { name });
      await addPledge(o, s.campaign.id, hidden.id, amount, { pledgedAt: day });
    }
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      publicPage: true,
    });
    const page = await s.as.anonymous.publicCampaign.get({ campaignId: s.campaign.id });
    expect(page.summary).toMatchObject({ countedCents: 14_000_000, sponsorCount: 3 });
    expect(page.supporters).toEqual([{ name: "Offen GmbH", amountCents: 1_000_000 }]);
    // a timeline [1,000,000 on 2 May, 10,000,000 on 9 May, 14,000,000 on 12 May] would give each
    expect(page.summary).not.toHaveProperty("timeline");
  });

  it("follows a sponsor's own consent given in its portal", async () => {
    const s = await setup();
    const { hidden } = await publicFixture(s);
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      publicPage: true,
    });
    await (await callerForSponsor(s.db, hidden, s.clock)).sponsorPortal.setListing({ listing: "name" });
    const page = await s.as.anonymous.publicCampaign.get({ campaignId: s.campaign.id });
    expect(page.supporters).toContainEqual({ name: "Verborgen KG", amountCents: null });
    expect(JSON.stringify(page)).not.toMatch(/\b9000000\b/);
  });
});
