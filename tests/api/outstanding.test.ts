// What a pledge still owes (issue 14, point 7): only binding pledges owe anything. A withdrawn
// pledge owes nothing on its page and in the export, whatever its schedule said.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, setup } from "./helpers";

describe("outstandingCents", () => {
  it("is the unpaid part of a binding pledge, and nothing for an intent or a withdrawn pledge", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 2_500_000, { pledgedAt: "2016-05-02" });
    const paid = await o.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents: 500_000,
      paidAt: "2016-05-10",
      expectedVersion: pledge.version,
    });
    expect(await o.pledge.get({ pledgeId: pledge.id })).toMatchObject({ outstandingCents: 2_000_000 });

    const intent = await addPledge(o, s.campaign.id, sponsor.id, 700_000, { status: "intent" });
    expect(await o.pledge.get({ pledgeId: intent.id })).toMatchObject({ outstandingCents: 0 });

    const undone = await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: paid.version });
    await o.pledge.setStatus({
      pledgeId: pledge.id,
      status: "withdrawn",
      expectedVersion: undone.version,
      at: "2016-05-12",
      reason: "Haushaltssperre",
    });
    const withdrawn = await o.pledge.get({ pledgeId: pledge.id });
    expect(withdrawn).toMatchObject({ status: "withdrawn", amountCents: 2_500_000, outstandingCents: 0 });
  });
});
