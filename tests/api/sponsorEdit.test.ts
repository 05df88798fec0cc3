// Sponsors corrected and merged: figures follow on every past day, a merged sponsor counts
// once, history is kept; and the per-day figures are exactly the sum of the events.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/open";
import { dailyFigures, sponsorDailyBinding } from "../../db/schema";
import { addPledge, addSponsor, expectCode, fullSummary, servicesFor, setup } from "./helpers";

/** The per-day figures as sums per bucket, rows that net to zero left out. */
function figures(db: Db, campaignId: number) {
  const money = db
    .select()
    .from(dailyFigures)
    .where(eq(dailyFigures.campaignId, campaignId))
    .all()
    .filter((r) => r.amountCents !== 0 || r.pledgeCount !== 0 || r.receivedCents !== 0)
    .map((r) => JSON.stringify(r))
    .sort();
  const binding = db
    .select()
    .from(sponsorDailyBinding)
    .where(eq(sponsorDailyBinding.campaignId, campaignId))
    .all()
    .filter((r) => r.bindingCount !== 0)
    .map((r) => JSON.stringify(r))
    .sort();
  return { money, binding };
}

describe("sponsor.update", () => {
  it("a corrected kind and country re-bucket the sponsor's figures on every past day", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id, { kind: "company", country: "DE" });
    await addPledge(o, s.campaign.id, sponsor.id, 800_000, { pledgedAt: "2016-05-02" });
    const fixed = await o.sponsor.update({
      sponsorId: sponsor.id,
      expectedVersion: sponsor.version,
      kind: "public_company",
      country: "BE",
    });
    expect(fixed).toMatchObject({ kind: "public_company", country: "BE", version: 2 });
    const past = await fullSummary(o, { campaignId: s.campaign.id, asOf: "2016-05-03" });
    expect(past.byKind).toEqual([{ kind: "public_company", countedCents: 800_000, sponsorCount: 1 }]);
    expect(past.byCountry).toEqual([{ country: "BE", countedCents: 800_000, sponsorCount: 1 }]);
    expect(past.publicCountedCents).toBe(800_000);
  });

  it("a stale version is a CONFLICT; a name another sponsor has is a CONFLICT", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id, { name: "Alpha GmbH" });
    await addSponsor(o, s.campaign.id, { name: "Beta GmbH" });
    await o.sponsor.update({ sponsorId: a.id, expectedVersion: 1, sector: "IT" });
    await expectCode(o.sponsor.update({ sponsorId: a.id, expectedVersion: 1, sector: "Bau" }), "CONFLICT");
    await expectCode(o.sponsor.update({ sponsorId: a.id, expectedVersion: 2, name: "beta  gmbh" }), "CONFLICT");
  });
});

describe("sponsor.merge", () => {
  it("moves the duplicate's pledges so the merged sponsor counts once, keeps their history, and hides the duplicate", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const into = await addSponsor(o, s.campaign.id, { name: "Eifel Cloud GmbH" });
    const from = await addSponsor(o, s.campaign.id, { name: "Eifel Cloud AG", contactName: "Eva Eifel" });
    const raiser = await addSponsor(o, s.campaign.id, { name: "Kammer e.V.", kind: "association" });
    await addPledge(o, s.campaign.id, into.id, 500_000, { pledgedAt: "2016-05-02" });
    const moved = await addPledge(o, s.campaign.id, from.id, 300_000, {
      pledgedAt: "2016-05-03",
      raisedBySponsorId: raiser.id,
    });
    expect((await o.campaign.summary({ campaignId: s.campaign.id })).sponsorCount).toBe(2);

    const duplicates = await o.sponsor.duplicates({ campaignId: s.campaign.id });
    expect(duplicates.map((g) => g.sponsors.map((x) => x.name).sort())).toEqual([
      ["Eifel Cloud AG", "Eifel Cloud GmbH"],
    ]);

    const merged = await o.sponsor.merge({ intoSponsorId: into.id, fromSponsorId: from.id });
    expect(merged.contactName).toBe("Eva Eifel"); // blank filled from the duplicate
    const summary = await fullSummary(o, { campaignId: s.campaign.id });
    expect(summary).toMatchObject({ countedCents: 800_000, sponsorCount: 1 });
    expect((await fullSummary(o, { campaignId: s.campaign.id, asOf: "2016-05-04" })).sponsorCount).toBe(1); // on past days too
    expect((await o.pledge.history({ pledgeId: moved.id })).map((e) => e.kind)).toEqual(["created", "update"]);
    expect((await o.pledge.get({ pledgeId: moved.id })).sponsorId).toBe(into.id);
    const listed = (await o.sponsor.list({ campaignId: s.campaign.id })).items.map((x) => x.name);
    expect(listed).not.toContain("Eifel Cloud AG");
    await expectCode(addPledge(o, s.campaign.id, from.id, 100), "NOT_FOUND");
  });

  it("leaves no pledge raised by its own sponsor: what the kept sponsor raised for the duplicate becomes its own", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id, { name: "Aachener Bank eG" });
    const b = await addSponsor(o, s.campaign.id, { name: "Aachener Bank" });
    const other = await addSponsor(o, s.campaign.id, { name: "Printen KG" });
    const ofB = await addPledge(o, s.campaign.id, b.id, 100_000, { raisedBySponsorId: a.id });
    const ofA = await addPledge(o, s.campaign.id, a.id, 200_000, { raisedBySponsorId: b.id });
    const ofOther = await addPledge(o, s.campaign.id, other.id, 300_000, { raisedBySponsorId: b.id });
    await o.sponsor.merge({ intoSponsorId: a.id, fromSponsorId: b.id });
    for (const [pledge, raiser] of [
      [ofB, null],
      [ofA, null],
      [ofOther, a.id],
    ] as const) {
      const now = await o.pledge.get({ pledgeId: pledge.id });
      expect(now.raisedBySponsorId, `pledge ${pledge.id}`).toBe(raiser);
      expect(now.sponsorId).not.toBe(now.raisedBySponsorId);
      // Each change is in the pledge's history, and the pledge can be edited again.
      const last = (await o.pledge.history({ pledgeId: pledge.id })).at(-1);
      expect(JSON.parse(last?.changes ?? "{}").raisedBySponsorId?.[1]).toBe(raiser);
      await o.pledge.update({ pledgeId: pledge.id, expectedVersion: now.version, note: "geprüft" });
    }
  });

  it("refuses sponsors of another campaign and merging a sponsor into itself", async () => {
    const s = await setup();
    const a = await addSponsor(s.as.organiser, s.campaign.id);
    const b = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id);
    await expectCode(s.as.organiser.sponsor.merge({ intoSponsorId: a.id, fromSponsorId: b.id }), "NOT_FOUND");
    await expectCode(s.as.organiser.sponsor.merge({ intoSponsorId: a.id, fromSponsorId: a.id }), "CONFLICT");
    await expectCode(s.as.committee.sponsor.merge({ intoSponsorId: a.id, fromSponsorId: a.id }), "FORBIDDEN");
  });
});

describe("the per-day figures", () => {
  it("are exactly what a rebuild from the events gives, after every kind of change", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id, { kind: "company" });
    const b = await addSponsor(o, s.campaign.id, { kind: "research", country: "NL" });
    const p1 = await addPledge(o, s.campaign.id, a.id, 1_000_000, { status: "intent", pledgedAt: "2016-05-01" });
    const p1c = await o.pledge.setStatus({
      pledgeId: p1.id,
      status: "confirmed",
      expectedVersion: p1.version,
      at: "2016-05-05",
    });
    const p1p = await o.pledge.recordPayment({
      pledgeId: p1.id,
      amountCents: 400_000,
      paidAt: "2016-05-06",
      expectedVersion: p1c.version,
    });
    await o.pledge.update({ pledgeId: p1.id, expectedVersion: p1p.version, amountCents: 1_200_000, at: "2016-05-07" });
    const p2 = await addPledge(o, s.campaign.id, b.id, 300_000, {
      type: "in_kind",
      description: "Labor",
      pledgedAt: "2016-05-08",
    });
    const p2d = await o.pledge.update({
      pledgeId: p2.id,
      expectedVersion: p2.version,
      pledgedAt: "2016-05-02",
      sponsorId: a.id,
    });
    await o.pledge.undo({ pledgeId: p2.id, expectedVersion: p2d.version });
    const p3 = await addPledge(o, s.campaign.id, b.id, 50_000, { pledgedAt: "2016-05-09" });
    await o.pledge.setStatus({
      pledgeId: p3.id,
      status: "withdrawn",
      expectedVersion: p3.version,
      at: "2016-05-10",
      reason: "x",
    });

    const live = figures(s.db, s.campaign.id);
    servicesFor(s.db).ledger.batch((c) => c.rebuildFigures(s.campaign.id));
    expect(figures(s.db, s.campaign.id)).toEqual(live);
    expect(s.db.select({ n: sql<number>`count(*)` }).from(dailyFigures).get()!.n).toBeGreaterThan(0);
  });
});
