// The sponsors kept in memory for a broad name search's totals (queries/sponsorDirectory.ts):
// loaded a slice at a time, kept current from sponsor_changes, and never trusted where it
// could be wrong (inside a transaction, behind a pruned log). Each answer is held to the
// list's slow exact count over the pledges.
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/open";
import type { PledgeFilters } from "../../server/queries/pledgeList";
import { directoryTotals, forgetSponsorDirectories, loadSponsorDirectory } from "../../server/queries/sponsorDirectory";
import { addPledge, addSponsor, setup, type Setup } from "./helpers";
import { countedOverPledges, inMemory } from "./listFiguresOracle";

const TODAY = "2017-05-01";

const slowCount = (s: Setup, f: Omit<PledgeFilters, "today">) => countedOverPledges(s, { ...f, today: TODAY });

/** Turns of the event loop until the campaign's directory answers (the first ask starts its load). */
async function turnsUntilLoaded(db: Db, campaignId: number): Promise<number> {
  for (let turns = 0; turns < 10_000; turns++) {
    if (directoryTotals(db, campaignId, { needle: "x" }) !== null) return turns;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error("the sponsor directory never finished loading");
}

/** Sponsors written straight into the table, as an import's worker would: names may repeat. */
function insertSponsors(s: Setup, names: string[]): number[] {
  const insert = s.db.$client.prepare(
    `insert into sponsors (campaign_id, name, name_key, kind, country, created_at)
     values (?, ?, ?, 'company', 'DE', 0) returning id`,
  );
  return s.db.$client.transaction(() =>
    names.map((name) => (insert.get(s.campaign.id, name, name.toLocaleLowerCase("de-DE")) as { id: number }).id),
  )();
}

describe("the sponsor directory behind a name search's totals", () => {
  it("loads 13,001 sponsors over several turns of the event loop, names that repeat across slices included", async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z` });
    const o = s.as.organiser;
    // 5,000 sponsors share one name key: the slices' cursor must step through them by id.
    const ids = insertSponsors(s, [
      ...Array.from({ length: 5_000 }, () => "Doppel GmbH"),
      ...Array.from({ length: 8_001 }, (_, i) => `Firma ${i} AG`),
    ]);
    for (const [i, at] of [0, 3_999, 4_000, 4_999, 5_000, 13_000].entries())
      await addPledge(o, s.campaign.id, ids[at], 100_001 + i, { status: i % 2 ? "intent" : "confirmed" });

    const turns = await turnsUntilLoaded(s.db, s.campaign.id);
    expect(turns, "one slice a turn, not the whole campaign at once").toBeGreaterThanOrEqual(3);
    for (const f of [
      { search: "doppel" },
      { search: "gmbh", status: "confirmed" as const },
      { search: "firma" },
      { search: "a 4000 a" },
      { search: "Firma 1" },
      { search: "e" },
      { search: "zz" },
    ])
      expect(inMemory(s, f), JSON.stringify(f)).toEqual(slowCount(s, f));
    expect(inMemory(s, { search: "doppel" })).toEqual({ count: 4, amountCents: 400_010 });
  });

  it("learns renames, new kinds, new and deleted sponsors and every pledge change from the log", async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z` });
    const o = s.as.organiser;
    const id = s.campaign.id;
    loadSponsorDirectory(s.db, id);
    const filters = [
      { search: "gmbh" },
      { search: "gmbh", kind: "research" as const },
      { search: "stadt", country: "BE" },
      { search: "werk", status: "paid" as const },
      { search: "ä" },
    ];
    const expectAgreed = (step: string) => {
      for (const f of filters) expect(inMemory(s, f), `${step}: ${JSON.stringify(f)}`).toEqual(slowCount(s, f));
    };
    const a = await addSponsor(o, id, { name: "Städtische Werke GmbH", country: "BE" });
    const b = await addSponsor(o, id, { name: "Stadtwerk Eupen", country: "BE" });
    const p1 = await addPledge(o, id, a.id, 250_003);
    const p2 = await addPledge(o, id, b.id, 70_011, { status: "intent" });
    expectAgreed("created");
    await o.sponsor.update({ sponsorId: b.id, expectedVersion: b.version, name: "Stadtwerk Eupen GmbH" });
    expectAgreed("renamed");
    await o.sponsor.update({ sponsorId: a.id, expectedVersion: a.version, kind: "research" });
    expectAgreed("kind changed");
    await o.pledge.setStatus({ pledgeId: p2.id, status: "withdrawn", expectedVersion: p2.version, reason: "Budget" });
    await o.pledge.update({ pledgeId: p1.id, expectedVersion: p1.version, amountCents: 260_007 });
    expectAgreed("pledges changed");
    const [gone] = insertSponsors(s, ["Kurzlebig GmbH"]);
    expect(inMemory(s, { search: "kurzlebig" })).toEqual({ count: 0, amountCents: 0 });
    s.db.$client.prepare("delete from sponsors where id = ?").run(gone);
    expectAgreed("a sponsor deleted");
    expect(inMemory(s, { search: "gmbh" })).toEqual({ count: 2, amountCents: 260_007 + 70_011 });
  });

  it("reloads when the log was pruned past it, and answers nothing until then", async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z` });
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id, { name: "Alt GmbH" });
    await addPledge(o, s.campaign.id, a.id, 10_001);
    loadSponsorDirectory(s.db, s.campaign.id);
    await o.sponsor.update({ sponsorId: a.id, expectedVersion: a.version, name: "Neu GmbH" });
    // As if 100,000 later changes had pruned the rename from the log.
    s.db.$client.prepare("delete from sponsor_changes").run();
    await addPledge(o, s.campaign.id, a.id, 20_002);
    expect(inMemory(s, { search: "neu" }), "behind the log: the caller counts in SQL").toBeNull();
    await turnsUntilLoaded(s.db, s.campaign.id);
    expect(inMemory(s, { search: "neu" })).toEqual({ count: 2, amountCents: 30_003 });
    expect(inMemory(s, { search: "alt" })).toEqual({ count: 0, amountCents: 0 });
  });

  it("keeps the log to its last 100,000 changes", async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z` });
    const insert = s.db.$client.prepare("insert into sponsor_changes (seq, campaign_id, sponsor_id) values (?, 1, 1)");
    for (const seq of [1_000_000, 1_050_000, 1_099_999]) insert.run(seq);
    insert.run(1_150_000);
    const kept = s.db.$client
      .prepare("select seq from sponsor_changes where seq >= 1000000 order by seq")
      .pluck()
      .all();
    expect(kept).toEqual([1_099_999, 1_150_000]);
  });

  it("is not read inside a transaction, whose writes may yet be undone", async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z` });
    const a = await addSponsor(s.as.organiser, s.campaign.id, { name: "Trans GmbH" });
    await addPledge(s.as.organiser, s.campaign.id, a.id, 10_001);
    loadSponsorDirectory(s.db, s.campaign.id);
    expect(s.db.transaction((tx) => directoryTotals(tx, s.campaign.id, { needle: "gmbh" }))).toBeNull();
    expect(s.db.transaction(() => directoryTotals(s.db, s.campaign.id, { needle: "gmbh" }))).toBeNull();
    expect(inMemory(s, { search: "gmbh" })).toEqual({ count: 1, amountCents: 10_001 });
    forgetSponsorDirectories(s.db);
    // Forgotten, a campaign of one slice is loaded again at once, on the call that asks.
    expect(inMemory(s, { search: "gmbh" }), "forgotten: loaded again").toEqual({ count: 1, amountCents: 10_001 });
  });
});
