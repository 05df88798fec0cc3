// The year-end round of collective receipts: document.openReceipts lists the sponsors whose
// donation payments of a year no receipt in force covers, with their count and sum; a sponsor
// drops off once its receipt is issued, a reversed payment and sponsoring never count, and a
// sponsor without a postal address is flagged (its receipt would be refused).
import { describe, expect, it } from "vitest";
import { OPEN_RECEIPTS_BATCH } from "../../server/queries/openReceipts";
import { addSponsor, setup } from "./helpers";
import { ADDRESS, pledgeWithPayments, withIssuer } from "./documentsHelpers";

describe("document.openReceipts", () => {
  it("lists each sponsor's open donation payments of the year until its receipt is issued", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const zeta = await addSponsor(o, s.campaign.id, { name: "Zeta Stiftung", address: ADDRESS });
    const alpha = await addSponsor(o, s.campaign.id, { name: "Alpha e.V." });
    const beta = await addSponsor(o, s.campaign.id, { name: "Beta GmbH", address: ADDRESS });
    await pledgeWithPayments(
      o,
      s.campaign.id,
      [
        ["2016-05-02", 100_000],
        ["2016-05-10", 20_000],
      ],
      {},
      zeta,
    );
    await pledgeWithPayments(o, s.campaign.id, [["2016-05-03", 30_000]], {}, alpha);
    // Sponsoring gets invoices, not receipts: Beta's only payment is sponsoring.
    await pledgeWithPayments(o, s.campaign.id, [["2016-05-04", 11_900]], { contribution: "sponsoring" }, beta);
    // One of Zeta's receipted on its own: the rest stays open.
    const single = await pledgeWithPayments(o, s.campaign.id, [["2016-05-05", 7_000]], {}, zeta);
    await o.document.issue({ paymentId: single.paymentIds[0] });

    const open = await o.document.openReceipts({ campaignId: s.campaign.id, year: 2016 });
    expect(open).toEqual({
      year: 2016,
      nextCursor: null,
      sponsors: [
        { sponsorId: zeta.id, name: "Zeta Stiftung", hasAddress: true, paymentCount: 2, amountCents: 120_000 },
        { sponsorId: alpha.id, name: "Alpha e.V.", hasAddress: false, paymentCount: 1, amountCents: 30_000 },
      ],
    });
    expect((await o.document.openReceipts({ campaignId: s.campaign.id, year: 2017 })).sponsors).toEqual([]);

    await o.document.issue({ sponsorId: zeta.id, year: 2016 });
    const after = await s.as.committee.document.openReceipts({ campaignId: s.campaign.id, year: 2016 });
    expect(after.sponsors.map((x) => x.name)).toEqual(["Alpha e.V."]);
  });

  it("leaves out a payment that was undone", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const { pledge } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-02", 50_000]]);
    await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: pledge.version });
    expect((await o.document.openReceipts({ campaignId: s.campaign.id, year: 2016 })).sponsors).toEqual([]);
  });

  it("walks a large campaign a batch of sponsors at a time, following nextCursor", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const early = await pledgeWithPayments(o, s.campaign.id, [["2016-05-02", 10_000]]);
    // A batch of sponsors without donations between the first and the last donor.
    const insert = s.db.$client.prepare(
      "insert into sponsors (campaign_id, name, name_key, kind, country, created_at) values (?, ?, ?, 'company', 'DE', 0)",
    );
    s.db.$client.transaction(() => {
      for (let i = 0; i < OPEN_RECEIPTS_BATCH; i++) insert.run(s.campaign.id, `Filler ${i}`, `filler ${i}`);
    })();
    const late = await addSponsor(o, s.campaign.id, { name: "Spät AG" });
    await pledgeWithPayments(o, s.campaign.id, [["2016-05-03", 20_000]], {}, late);
    const first = await o.document.openReceipts({ campaignId: s.campaign.id, year: 2016 });
    expect(first.sponsors.map((x) => x.sponsorId)).toEqual([early.sponsor.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await o.document.openReceipts({
      campaignId: s.campaign.id,
      year: 2016,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second).toMatchObject({ nextCursor: null, sponsors: [{ sponsorId: late.id, amountCents: 20_000 }] });
  });
});
