// Issue 16, point 3: every pledge has a short, stable reference — the campaign's prefix and
// its number in the campaign (AD-0042) — for letters and, later, for matching bank lines.
import { describe, expect, it } from "vitest";
import { createLedger } from "../../server/ledger/ledger";
import { ChangeFeed } from "../../server/live/changeFeed";
import { addPledge, addSponsor, callerForSponsor, expectFieldError, setup } from "./helpers";

describe("pledge references", () => {
  it("number each campaign's pledges in order under its prefix, from the name unless given", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const first = await addPledge(o, s.campaign.id, sponsor.id, 100_000);
    const second = await addPledge(o, s.campaign.id, sponsor.id, 200_000);
    expect([first.reference, second.reference]).toEqual(["AD-0001", "AD-0002"]);
    // Campaign B, "Bonn digital", counts on its own.
    const bonn = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id);
    expect((await addPledge(s.as.otherOrganiser, s.otherCampaign.id, bonn.id, 50_000)).reference).toBe("BD-0001");

    // Shown wherever the pledge is: its page, the list, the sponsor's portal.
    expect((await o.pledge.get({ pledgeId: second.id })).reference).toBe("AD-0002");
    const listed = await o.pledge.list({ campaignId: s.campaign.id });
    expect(listed.items.map((p) => p.reference)).toEqual(["AD-0002", "AD-0001"]);
    const portal = await callerForSponsor(s.db, sponsor, s.clock);
    const me = await portal.sponsorPortal.me();
    expect(JSON.stringify(me)).toContain("AD-0001");
  });

  it("stay as they are when the pledge changes, and a refused pledge takes no number", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 100_000);
    await expectFieldError(addPledge(o, s.campaign.id, sponsor.id, 100_000, { pledgedAt: "2031-01-01" }), "pledgedAt");
    const changed = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      amountCents: 90_000,
    });
    expect(changed.reference).toBe("AD-0001");
    expect((await addPledge(o, s.campaign.id, sponsor.id, 100_000)).reference).toBe("AD-0002");
  });

  it("an import numbers its rows in file order, after the pledges before it", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 100_000);
    const csv = [
      "name,kind,country,amount,type,status,date",
      "Zeta AG,company,DE,100,cash,confirmed,2016-05-02",
      "Alpha AG,company,DE,200,cash,intent,2016-05-03",
    ].join("\n");
    await o.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    const listed = await o.pledge.list({ campaignId: s.campaign.id, sort: "amount_asc" });
    expect(listed.items.map((p) => [p.sponsorName, p.reference])).toEqual([
      ["Zeta AG", "AD-0002"],
      ["Alpha AG", "AD-0003"],
      [sponsor.name, "AD-0001"],
    ]);
  });

  it("pledges from before references existed get theirs in the order they were made", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledges = [];
    for (const cents of [100_000, 200_000, 300_000]) pledges.push(await addPledge(o, s.campaign.id, sponsor.id, cents));
    // As the database was before migration 0014: no references, no prefix, no count.
    s.db.$client.exec(
      "UPDATE pledges SET reference = NULL; UPDATE campaigns SET reference_prefix = NULL, last_reference_number = 0",
    );
    createLedger(s.db, new ChangeFeed());
    const given = pledges.map((p) =>
      s.db.$client.prepare("SELECT reference FROM pledges WHERE id = ?").pluck().get(p.id),
    );
    expect(given).toEqual(["AD-0001", "AD-0002", "AD-0003"]);
    expect((await addPledge(o, s.campaign.id, sponsor.id, 1_000)).reference).toBe("AD-0004");
  });
});

describe("the reference prefix", () => {
  it("is the name's initials made unique, or the one asked for when free", async () => {
    const s = await setup();
    const a = s.as.admin;
    const base = { targetCents: 10_000_000, matchCapCents: 10_000_000, deadline: "2016-06-01" };
    // "Aachen digitalisiert" has AD already: the next free one is ADA.
    expect((await a.campaign.create({ ...base, name: "Aachen Digital" })).referencePrefix).toBe("ADA");
    expect((await a.campaign.create({ ...base, name: "Düren smart" })).referencePrefix).toBe("DS");
    expect((await a.campaign.create({ ...base, name: "Euregio", referencePrefix: "eur" })).referencePrefix).toBe("EUR");
    await expectFieldError(a.campaign.create({ ...base, name: "Noch eine", referencePrefix: "AD" }), "referencePrefix");
    await expectFieldError(a.campaign.create({ ...base, name: "Falsch", referencePrefix: "A1" }), "referencePrefix");
  });

  it("can change until the first pledge, then it is fixed", async () => {
    const s = await setup();
    const a = s.as.admin;
    const renamed = await a.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      referencePrefix: "ACD",
    });
    expect(renamed.referencePrefix).toBe("ACD");
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    expect((await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_000)).reference).toBe("ACD-0001");
    await expectFieldError(
      a.campaign.update({ campaignId: s.campaign.id, expectedVersion: renamed.version, referencePrefix: "AD" }),
      "referencePrefix",
    );
  });
});
