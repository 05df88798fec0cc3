// Sponsoring counts its net (issue 17, point 3): the amount pledged is gross; counted own
// funds, eligibility, the timeline, the cash flow, the breakdowns, the financing plan and the
// sponsor's own figures leave its VAT out (round half up per pledge, per installment). A
// correction of donation ↔ sponsoring re-reads the pledge's whole life and is logged, so the
// figures as known before it still read as they were. Rows written before the VAT columns
// existed are rebuilt when the ledger starts (pending_figure_rebuilds).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openDatabase } from "../../db/open";
import { describe, expect, it } from "vitest";
import { campaigns, dailyFigures, installments, pendingFigureRebuilds, pledges } from "../../db/schema";
import { vatOfGross } from "../../server/domain/vat";
import { readFinancingPlan } from "../../server/queries/financingPlan";
import { readSummary } from "../../server/queries/summary";
import { createServices } from "../../server/services";
import { addPledge, addSponsor, callerForSponsor, fullSummary, setup, TARGET } from "./helpers";

// €1,190,000 gross at 19 %: €190,000 VAT, €1,000,000 net.
const GROSS = 119_000_000;
const VAT = 19_000_000;

describe("sponsoring in the figures", () => {
  it("counts the net toward the target, the breakdowns and the timeline, and says how much VAT it left out", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id, { name: "Werbepartner AG" });
    await addPledge(o, s.campaign.id, sponsor.id, GROSS, {
      pledgedAt: "2016-05-02",
      contribution: "sponsoring",
      vatRatePercent: 19,
    });
    const donor = await addSponsor(o, s.campaign.id, { name: "Stifter e.V.", kind: "association" });
    await addPledge(o, s.campaign.id, donor.id, 40_000_000, { pledgedAt: "2016-05-03" });

    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    // Gross €1.59M would pass the €1.5M target; net €1.4M does not.
    expect(summary.confirmedCents).toBe(GROSS + 40_000_000);
    expect(summary.countedCents).toBe(GROSS - VAT + 40_000_000);
    expect(summary.vatExcludedCents).toBe(VAT);
    expect(summary.countedCents).toBeLessThan(TARGET);
    expect(summary.rules.find((r) => r.id === "target")?.met).toBe(false);
    expect(summary.byKind.find((k) => k.kind === "company")?.countedCents).toBe(GROSS - VAT);
    expect(summary.timeline).toEqual([
      { date: "2016-05-02", countedCents: GROSS - VAT },
      { date: "2016-05-03", countedCents: GROSS - VAT + 40_000_000 },
    ]);
    const breakdowns = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id });
    expect(breakdowns.topSponsors.find((t) => t.name === "Werbepartner AG")?.countedCents).toBe(GROSS - VAT);
  });

  it("rounds each pledge's VAT half up on its own gross, at 7 % as at 19 %", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    // 1,000.01 € at 7 %: VAT 65.4212… → 65.42; twice, each rounded on its own.
    for (const day of ["2016-05-02", "2016-05-03"])
      await addPledge(o, s.campaign.id, sponsor.id, 100_001, {
        pledgedAt: day,
        contribution: "sponsoring",
        vatRatePercent: 7,
      });
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    expect(summary.countedCents).toBe(2 * (100_001 - 6_542));
  });

  it("plans the cash flow and the financing plan at the net of each installment, and counts net money received", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id, { name: "Werbepartner AG" });
    // Three even installments of 396,666.67/66/66 € gross (2016, 2017, 2018).
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, GROSS, {
      pledgedAt: "2016-05-02",
      contribution: "sponsoring",
      vatRatePercent: 19,
    });
    await o.pledge.recordPayment({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      amountCents: 11_900_000,
      paidAt: "2016-05-10",
    });
    const net = (gross: number) => gross - vatOfGross(gross, 19);
    const plan = s.db.select().from(installments).where(eq(installments.pledgeId, pledge.id)).all();
    const netIn = (year: number | null) =>
      plan.filter((i) => Number(i.dueOn.slice(0, 4)) === year).reduce((sum, i) => sum + net(i.amountCents), 0);
    const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id });
    const year2016 = summary.cashFlow.find((y) => y.year === 2016);
    // €119,000 received: €100,000 own funds, €19,000 VAT.
    expect(year2016).toMatchObject({ ownScheduledCents: netIn(2016), ownReceivedCents: 10_000_000 });
    // Each installment's VAT is rounded on its own: the years add up to the plan's nets.
    expect(summary.cashFlow.reduce((sum, y) => sum + y.ownScheduledCents, 0)).toBe(
      plan.reduce((sum, i) => sum + net(i.amountCents), 0),
    );
    expect(summary.receivedCents).toBe(11_900_000);

    const campaign = s.db.select().from(campaigns).where(eq(campaigns.id, s.campaign.id)).get()!;
    const financing = readFinancingPlan(s.db, campaign, "2016-05-20");
    const row = financing.rows.find((r) => r.name === "Werbepartner AG")!;
    expect(row.byYear).toEqual(financing.years.map(netIn));
    expect(row.totalCents).toBe(summary.cashFlow.reduce((sum, y) => sum + y.ownScheduledCents, 0));
    expect(financing.rows.find((r) => r.row === "own_total")?.totalCents).toBe(row.totalCents);
  });

  it("shows the sponsor its own net as counted, and the campaign's net", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, GROSS, { contribution: "sponsoring" });
    const portal = await callerForSponsor(s.db, sponsor, s.clock);
    const me = await portal.sponsorPortal.me();
    expect(me.pledges[0]).toMatchObject({ amountCents: GROSS, countedCents: GROSS - VAT });
    expect(me.leverage.countedCents).toBe(GROSS - VAT);
    expect(me.summary.countedCents).toBe(GROSS - VAT);
  });
});

describe("correcting donation ↔ sponsoring", () => {
  it("moves the figures for the pledge's whole life, and the figures as known before still read gross", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, GROSS, { pledgedAt: "2016-05-02" });
    const before = s.clock.now().toISOString();
    s.clock.set("2016-05-20T10:01:00Z");
    const corrected = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      contribution: "sponsoring",
      vatRatePercent: 19,
    });
    expect(corrected.version).toBe(pledge.version + 1);
    const now = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-05" });
    expect(now.countedCents).toBe(GROSS - VAT);
    const then = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: "2016-05-05", knownAt: before });
    expect(then.countedCents).toBe(GROSS);
    expect(then.vatExcludedCents).toBe(0);
    // The breakdowns read the pledge as it was known then too.
    const past = await s.as.committee.campaign.breakdowns({ campaignId: s.campaign.id, knownAt: before });
    expect(past.topSponsors[0].countedCents).toBe(GROSS);

    // The rate alone, then undone: back to 19 %.
    s.clock.set("2016-05-20T10:02:00Z");
    const seven = await o.pledge.update({ pledgeId: pledge.id, expectedVersion: corrected.version, vatRatePercent: 7 });
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id })).countedCents).toBe(
      GROSS - Math.floor((2 * GROSS * 7 + 107) / 214),
    );
    await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: seven.version });
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id })).countedCents).toBe(GROSS - VAT);
  });
});

describe("figures written before the VAT columns", () => {
  it("are rebuilt from the events when the ledger starts, once", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, GROSS, { contribution: "sponsoring" });
    // As migration 0021 finds an older database: the VAT unknown to the rows, a rebuild asked for.
    s.db.$client.exec("update daily_figures set vat_cents = 0, received_vat_cents = 0");
    s.db.insert(pendingFigureRebuilds).values({ campaignId: s.campaign.id }).run();
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id })).countedCents).toBe(GROSS);

    // The server's next start: its ledger is made anew on the same file.
    createServices(s.db);
    expect(s.db.select().from(pendingFigureRebuilds).all()).toEqual([]);
    expect((await fullSummary(s.as.committee, { campaignId: s.campaign.id })).countedCents).toBe(GROSS - VAT);
    const rows = s.db.select().from(dailyFigures).where(eq(dailyFigures.campaignId, s.campaign.id)).all();
    expect(rows.reduce((sum, r) => sum + r.vatCents, 0)).toBe(VAT);
    expect(s.db.select().from(pledges).all().length).toBe(1);
  });
});

describe("migration 0021 on a database that has sponsoring already", () => {
  it("asks for the campaign's rebuild, and the first start counts the pledge net", () => {
    const real = fileURLToPath(new URL("../../db/migrations", import.meta.url));
    const before = mkdtempSync(join(tmpdir(), "migrations-before-"));
    const dir = mkdtempSync(join(tmpdir(), "sponsoring-db-"));
    try {
      // The migrations as they stood before 0021.
      cpSync(real, before, { recursive: true });
      const journalFile = join(before, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalFile, "utf8"));
      const at = journal.entries.findIndex((e: { tag: string }) => e.tag === "0021_sponsoring_net_figures");
      expect(at).toBeGreaterThan(0);
      writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
      const file = join(dir, "old.db");
      const old = new Database(file);
      migrate(drizzle(old), { migrationsFolder: before });
      // A confirmed sponsoring pledge of €1,190,000 as the ledger wrote it then: gross figures only.
      old.exec(`
        insert into campaigns (id, name, target_cents, match_cap_cents, match_start, deadline, created_at)
          values (1, 'Alt', ${TARGET}, ${TARGET}, '2016-06-01', '2016-06-01', 0);
        insert into sponsors (id, campaign_id, name, name_key, kind, country, created_at)
          values (1, 1, 'Werbepartner AG', 'werbepartner ag', 'company', 'DE', 0);
        insert into pledges (id, campaign_id, sponsor_id, amount_cents, type, status, pledged_at, last_event_at,
            created_at, reference, contribution, vat_rate_percent)
          values (1, 1, 1, ${GROSS}, 'cash', 'confirmed', '2016-05-02', '2016-05-02', 0, 'ALT-0001', 'sponsoring', 19);
        insert into installments (pledge_id, number, due_on, amount_cents) values (1, 1, '2016-06-01', ${GROSS});
        insert into pledge_events (campaign_id, pledge_id, kind, at, created_at, status_after, amount_after_cents, type_after)
          values (1, 1, 'created', '2016-05-02', 0, 'confirmed', ${GROSS}, 'cash');
        insert into daily_figures (campaign_id, day, status, type, sponsor_kind, country, amount_cents, pledge_count)
          values (1, '2016-05-02', 'confirmed', 'cash', 'company', 'DE', ${GROSS}, 1);
        insert into schedule_deltas (campaign_id, day, year, cents) values (1, '2016-05-02', 2016, ${GROSS});
      `);
      old.close();

      const db = openDatabase(file);
      expect(db.select().from(pendingFigureRebuilds).all()).toEqual([{ campaignId: 1 }]);
      createServices(db);
      expect(db.select().from(pendingFigureRebuilds).all()).toEqual([]);
      const campaign = db.select().from(campaigns).where(eq(campaigns.id, 1)).get()!;
      const summary = readSummary(db, campaign, "2016-05-20");
      expect(summary.countedCents).toBe(GROSS - VAT);
      expect(summary.cashFlow.find((y) => y.year === 2016)?.ownScheduledCents).toBe(GROSS - VAT);
      db.$client.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
