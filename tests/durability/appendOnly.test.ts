// Money rows are append-only in the database itself: whatever code runs against the file,
// an event or a payment can be neither changed nor removed; corrections are new rows.
import { expect, it } from "vitest";
import { addPledge, addSponsor, setup } from "../api/helpers";

it("refuses UPDATE and DELETE on pledge_events and payments, and leaves the rows as they were", async () => {
  const s = await setup();
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 500_000, { status: "paid", pledgedAt: "2016-05-02" });
  const sqlite = s.db.$client;
  const snapshot = () =>
    JSON.stringify([
      sqlite.prepare("select * from pledge_events").all(),
      sqlite.prepare("select * from payments").all(),
    ]);
  const before = snapshot();
  expect(() => sqlite.prepare("update pledge_events set amount_after_cents = 1").run()).toThrow(/append-only/);
  expect(() => sqlite.prepare("delete from pledge_events").run()).toThrow(/append-only/);
  expect(() => sqlite.prepare("update payments set amount_cents = 1").run()).toThrow(/append-only/);
  expect(() => sqlite.prepare("delete from payments").run()).toThrow(/append-only/);
  expect(snapshot()).toBe(before);
  // Appending still works: the ledger's corrections are new rows.
  const [pledge] = (await s.as.organiser.pledge.list({ campaignId: s.campaign.id })).items;
  await s.as.organiser.pledge.undo({ pledgeId: pledge.id, expectedVersion: pledge.version });
  expect((sqlite.prepare("select count(*) as n from payments").get() as { n: number }).n).toBe(2);
});
