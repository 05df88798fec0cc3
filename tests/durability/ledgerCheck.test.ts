// The crash and backup tests are only as good as the checker they trust: it passes a sound
// ledger and names each kind of damage a crash could leave (a figure off by a cent, a pledge
// row ahead of its events, a payment without its event).
import Database from "better-sqlite3";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPledge, addSponsor, setup } from "../api/helpers";
import { inspectCopy } from "./ledgerCheck";

const dir = mkdtempSync(join(tmpdir(), "cofunding-checker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let sound: Buffer;
let campaignId: number;

beforeAll(async () => {
  const s = await setup();
  const o = s.as.organiser;
  campaignId = s.campaign.id;
  const sponsor = await addSponsor(o, campaignId);
  const a = await addPledge(o, campaignId, sponsor.id, 100_000);
  await o.pledge.recordPayment({ pledgeId: a.id, amountCents: 40_000, paidAt: "2016-05-20", expectedVersion: 1 });
  await addPledge(o, campaignId, sponsor.id, 7_000, { status: "paid" });
  await addPledge(o, campaignId, sponsor.id, 3_000, { status: "intent" });
  sound = s.db.$client.serialize();
});

/** A file of the sound ledger with `damage` applied through plain SQL. */
function damagedFile(name: string, damage: string): string {
  const file = join(dir, `${name}.db`);
  writeFileSync(file, sound);
  const sqlite = new Database(file);
  sqlite.exec(damage);
  sqlite.close();
  return file;
}

describe("the ledger checker", () => {
  it("passes a sound ledger and computes its totals from events and payments", () => {
    const report = inspectCopy(damagedFile("sound", "select 1"), campaignId);
    expect(report.problems).toEqual([]);
    expect(report.totals).toEqual({
      intentCents: 3_000,
      confirmedCents: 100_000,
      paidCents: 7_000,
      withdrawnCents: 0,
      receivedCents: 47_000,
      countedCents: 107_000,
      pledgeCount: 3,
    });
  });

  it.each([
    [
      "a figure off by one cent",
      "update daily_figures set amount_cents = amount_cents + 1 where rowid = (select min(rowid) from daily_figures)",
      /daily_figures differs from its rebuild/,
    ],
    [
      "a pledge row ahead of its events",
      "update pledges set version = version + 1, status = 'withdrawn' where id = (select min(id) from pledges)",
      /version 3 but 2 events/,
    ],
    [
      "a payment without its event",
      "insert into payments (campaign_id, pledge_id, amount_cents, paid_at, created_at) select campaign_id, id, 500, '2016-05-20', 0 from pledges where status = 'confirmed'",
      /not referenced by exactly one event/,
    ],
  ])("names %s", (name, damage, finding) => {
    const report = inspectCopy(damagedFile(name.replace(/\W+/g, "-"), damage), campaignId);
    expect(report.problems.join("\n")).toMatch(finding);
  });
});
