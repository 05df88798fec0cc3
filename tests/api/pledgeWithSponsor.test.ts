// pledge.create with `newSponsor`: the pledge form's new sponsor and its pledge are created in
// one transaction, so a refused pledge leaves no sponsor behind (issue 16, point 9).
import { describe, expect, it } from "vitest";
import { expectCode, rowCounts, setup } from "./helpers";

const newSponsor = { name: "Printen Lambertz KG", kind: "company", country: "DE" } as const;

describe("pledge.create with a new sponsor", () => {
  it("creates the sponsor and the pledge together", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const pledge = await o.pledge.create({
      campaignId: s.campaign.id,
      newSponsor,
      amountCents: 500_000,
      type: "cash",
      status: "confirmed",
      pledgedAt: "2016-05-02",
    });
    const sponsors = (await o.sponsor.list({ campaignId: s.campaign.id })).items;
    expect(sponsors.map((sp) => [sp.id, sp.name])).toEqual([[pledge.sponsorId, "Printen Lambertz KG"]]);
  });

  it.each([
    ["a pledge date before the campaign's range", { pledgedAt: "2000-01-02" }, "BAD_REQUEST"],
    ["an unknown raising sponsor", { pledgedAt: "2016-05-10", raisedBySponsorId: 999_999 }, "NOT_FOUND"],
  ] as const)("leaves no sponsor behind after %s", async (_case, fields, code) => {
    const s = await setup();
    const before = rowCounts(s.db);
    await expectCode(
      s.as.organiser.pledge.create({
        campaignId: s.campaign.id,
        newSponsor,
        amountCents: 500_000,
        type: "cash",
        status: "confirmed",
        ...fields,
      }),
      code,
    );
    expect(rowCounts(s.db)).toEqual(before);
    expect((await s.as.organiser.sponsor.list({ campaignId: s.campaign.id })).items).toEqual([]);
  });

  it("answers a retry with the same idempotencyKey with the first pledge, not a taken name", async () => {
    const s = await setup();
    const input = {
      campaignId: s.campaign.id,
      newSponsor,
      amountCents: 500_000,
      type: "cash",
      status: "confirmed",
      pledgedAt: "2016-05-02",
      idempotencyKey: "form-1",
    } as const;
    const first = await s.as.organiser.pledge.create(input);
    const before = rowCounts(s.db);
    expect(await s.as.organiser.pledge.create(input)).toEqual(first);
    expect(rowCounts(s.db)).toEqual(before);
  });

  it.each([
    ["neither sponsorId nor newSponsor", {}],
    ["both sponsorId and newSponsor", { sponsorId: 1, newSponsor }],
  ])("refuses %s on sponsorId", async (_case, sponsor) => {
    const s = await setup();
    await expectCode(
      s.as.organiser.pledge.create({
        campaignId: s.campaign.id,
        amountCents: 500_000,
        type: "cash",
        status: "confirmed",
        ...sponsor,
      }),
      "BAD_REQUEST",
    );
  });
});
