// The demo a newcomer sees on `npm start`: Aachen along its 2016 milestones, a campaign
// running now, and never a demo on top of existing data.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { campaigns, pledges, sponsors } from "../../db/schema";
import { loadDemoIfEmpty } from "../../server/bootstrap";
import { readConfig } from "../../server/config";
import { addUser, callerFor, freshDb, fullSummary, makeClock, servicesFor } from "./helpers";

const TODAY = "2026-11-26T11:00:00Z";

async function seeded() {
  const db = freshDb();
  const clock = makeClock(TODAY);
  const admin = await addUser(db, "admin@example.org", "admin");
  await loadDemoIfEmpty(servicesFor(db), readConfig({}), clock.now(), () => {});
  const caller = await callerFor(db, admin, clock);
  const [aachen, second] = await caller.campaign.list();
  return { db, caller, aachen, second };
}

describe("demo data", () => {
  it("follows the Aachen 2016 trajectory: ~€188k after a week, €1M by 19 May, eligible with ~100 sponsors on 1 June", async () => {
    const { caller, aachen } = await seeded();
    expect(aachen).toMatchObject({ name: "Aachen digitalisiert", targetCents: 150_000_000, deadline: "2016-06-01" });
    const week1 = await caller.campaign.summary({ campaignId: aachen.id, asOf: "2016-04-27" });
    const may19 = await caller.campaign.summary({ campaignId: aachen.id, asOf: "2016-05-19" });
    const june1 = await fullSummary(caller, { campaignId: aachen.id, asOf: "2016-06-01" });
    expect(week1.countedCents).toBeGreaterThan(15_000_000);
    expect(week1.countedCents).toBeLessThan(25_000_000);
    expect(may19.countedCents).toBeGreaterThanOrEqual(100_000_000);
    expect(may19.eligible).toBe(false);
    expect(june1).toMatchObject({ eligible: true, stateMatchCents: 150_000_000 });
    expect(june1.sponsorCount).toBeGreaterThanOrEqual(90);
    expect(june1.intentCents).toBeGreaterThan(0);
    expect(june1.withdrawnCents).toBeGreaterThan(0);
  });

  it("has the StädteRegion pledging €15,000 and raising over €250,000 from its public companies", async () => {
    const { db, aachen } = await seeded();
    const region = db
      .select()
      .from(sponsors)
      .where(eq(sponsors.campaignId, aachen.id))
      .all()
      .find((s) => s.name.startsWith("StädteRegion Aachen"))!;
    const own = db.select().from(pledges).where(eq(pledges.sponsorId, region.id)).all();
    expect(own.reduce((sum, p) => sum + p.amountCents, 0)).toBe(1_500_000);
    const raised = db.select().from(pledges).where(eq(pledges.raisedBySponsorId, region.id)).all();
    expect(raised.reduce((sum, p) => sum + p.amountCents, 0)).toBeGreaterThan(25_000_000);
  });

  it("runs a second campaign now, relative to today, not yet at its target", async () => {
    const { caller, second } = await seeded();
    expect(second.deadline > "2026-11-26").toBe(true);
    const summary = await fullSummary(caller, { campaignId: second.id });
    expect(summary.countedCents).toBeGreaterThan(0);
    expect(summary.eligible).toBe(false);
    expect(summary.timeline.at(-1)!.date <= "2026-11-26").toBe(true);
  });

  it("goes only into an empty database, and not at all with DEMO_DATA=off", async () => {
    const { db } = await seeded();
    await loadDemoIfEmpty(servicesFor(db), readConfig({}), new Date(TODAY), () => {});
    expect(db.select().from(campaigns).all()).toHaveLength(2);
    const empty = freshDb();
    await loadDemoIfEmpty(servicesFor(empty), readConfig({ DEMO_DATA: "off" }), new Date(TODAY), () => {});
    expect(empty.select().from(campaigns).all()).toHaveLength(0);
  });

  it("has the running campaign's organiser owning its sponsors, with some due on the call list", async () => {
    const { db, caller, second } = await seeded();
    const organiserId = db.$client
      .prepare("SELECT user_id FROM memberships WHERE campaign_id = ? AND role = 'organiser'")
      .pluck()
      .get(second.id) as number;
    const organiser = await callerFor(
      db,
      (await caller.user.list()).find((u) => u.id === organiserId)!,
      makeClock(TODAY),
    );
    const calls = await organiser.sponsor.callList({ campaignId: second.id });
    expect(calls.items.length).toBeGreaterThan(0);
    expect(calls.items.every((c) => c.nextContactOn <= "2026-11-26" && c.lastContact !== null)).toBe(true);
    expect(calls.items.every((c) => c.openIntentCents > 0)).toBe(true);
  });
});
