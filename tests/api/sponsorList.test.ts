// sponsor.list: filters by kind and country, three sort orders paged by cursor, merged
// sponsors left out, and each row's binding cents and pledge count.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, setup, type Caller, type Setup } from "./helpers";

type ListInput = Parameters<Caller["sponsor"]["list"]>[0];

/** Every page of the list with limit 2, joined. */
async function allPages(caller: Caller, input: ListInput) {
  const names: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await caller.sponsor.list({ ...input, limit: 2, cursor });
    expect(page.items.length).toBeLessThanOrEqual(2);
    names.push(...page.items.map((x) => x.name));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 20);
  return names;
}

/**
 * Alpha: 300 confirmed + 200 paid + 999 intent = 500 binding, 3 pledges
 * Bravo: 500 confirmed (ties with Alpha; id breaks the tie), 1 pledge
 * Charlie: 50 withdrawn = 0 binding, 1 pledge
 * Delta (BE, research): 900 confirmed
 * Echo (NL, association): no pledges
 */
async function fixture(): Promise<Setup & { ids: Record<string, number> }> {
  const s = await setup();
  const o = s.as.organiser;
  const c = s.campaign.id;
  const alpha = await addSponsor(o, c, { name: "Alpha GmbH" });
  const bravo = await addSponsor(o, c, { name: "Bravo AG" });
  const charlie = await addSponsor(o, c, { name: "Charlie KG", kind: "public_company" });
  const delta = await addSponsor(o, c, { name: "Delta Institut", kind: "research", country: "BE" });
  const echo = await addSponsor(o, c, { name: "Echo Vereniging", kind: "association", country: "NL" });
  await addPledge(o, c, alpha.id, 300);
  await addPledge(o, c, alpha.id, 200, { status: "paid" });
  await addPledge(o, c, alpha.id, 999, { status: "intent" });
  await addPledge(o, c, bravo.id, 500);
  const gone = await addPledge(o, c, charlie.id, 50, { status: "intent" });
  await o.pledge.setStatus({ pledgeId: gone.id, status: "withdrawn", expectedVersion: gone.version, reason: "test" });
  await addPledge(o, c, delta.id, 900);
  await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonn GmbH" });
  return { ...s, ids: { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id, delta: delta.id, echo: echo.id } };
}

describe("sponsor.list filters and sorts", () => {
  it("returns each sponsor's binding cents (confirmed and paid only) and its pledge count", async () => {
    const s = await fixture();
    const page = await s.as.committee.sponsor.list({ campaignId: s.campaign.id });
    const byName = Object.fromEntries(page.items.map((x) => [x.name, [x.bindingCents, x.pledgeCount]]));
    expect(byName).toEqual({
      "Alpha GmbH": [500, 3],
      "Bravo AG": [500, 1],
      "Charlie KG": [0, 1],
      "Delta Institut": [900, 1],
      "Echo Vereniging": [0, 0],
    });
  });

  it("filters by kind and by country (upper-cased), together with the search", async () => {
    const s = await fixture();
    const list = (input: Partial<ListInput>) =>
      s.as.organiser.sponsor.list({ campaignId: s.campaign.id, ...input }).then((p) => p.items.map((x) => x.name));
    expect(await list({ kind: "research" })).toEqual(["Delta Institut"]);
    expect(await list({ country: "nl" })).toEqual(["Echo Vereniging"]);
    expect(await list({ country: "DE", kind: "company" })).toEqual(["Alpha GmbH", "Bravo AG"]);
    expect(await list({ country: "DE", search: "bravo" })).toEqual(["Bravo AG"]);
    expect(await list({ kind: "individual" })).toEqual([]);
    await expectCode(s.as.organiser.sponsor.list({ campaignId: s.campaign.id, country: "DEU" }), "BAD_REQUEST");
  });

  it("pages each sort with limit 2 and sees every sponsor once, in order", async () => {
    const s = await fixture();
    const c = s.campaign.id;
    expect(await allPages(s.as.organiser, { campaignId: c })).toEqual([
      "Alpha GmbH",
      "Bravo AG",
      "Charlie KG",
      "Delta Institut",
      "Echo Vereniging",
    ]);
    expect(await allPages(s.as.organiser, { campaignId: c, sort: "name" })).toEqual([
      "Alpha GmbH",
      "Bravo AG",
      "Charlie KG",
      "Delta Institut",
      "Echo Vereniging",
    ]);
    // 900, then the tie at 500 by id (Alpha first), then the zeros by id
    expect(await allPages(s.as.organiser, { campaignId: c, sort: "binding_desc" })).toEqual([
      "Delta Institut",
      "Alpha GmbH",
      "Bravo AG",
      "Charlie KG",
      "Echo Vereniging",
    ]);
    expect(await allPages(s.as.organiser, { campaignId: c, sort: "newest" })).toEqual([
      "Echo Vereniging",
      "Delta Institut",
      "Charlie KG",
      "Bravo AG",
      "Alpha GmbH",
    ]);
    expect(await allPages(s.as.organiser, { campaignId: c, sort: "binding_desc", country: "DE" })).toEqual([
      "Alpha GmbH",
      "Bravo AG",
      "Charlie KG",
    ]);
  });

  it("refuses a cursor of another sort order", async () => {
    const s = await fixture();
    const first = await s.as.organiser.sponsor.list({ campaignId: s.campaign.id, limit: 2 });
    await expectCode(
      s.as.organiser.sponsor.list({ campaignId: s.campaign.id, sort: "binding_desc", cursor: first.nextCursor! }),
      "BAD_REQUEST",
    );
    await expectCode(
      s.as.organiser.sponsor.list({ campaignId: s.campaign.id, sort: "newest", cursor: first.nextCursor! }),
      "BAD_REQUEST",
    );
  });

  it("leaves merged sponsors out and counts their pledges with the sponsor they were merged into", async () => {
    const s = await fixture();
    await s.as.organiser.sponsor.merge({ intoSponsorId: s.ids.alpha, fromSponsorId: s.ids.bravo });
    for (const sort of ["name", "binding_desc", "newest"] as const) {
      const names = await allPages(s.as.organiser, { campaignId: s.campaign.id, sort });
      expect(names).not.toContain("Bravo AG");
      expect(names).toHaveLength(4);
    }
    const page = await s.as.organiser.sponsor.list({ campaignId: s.campaign.id, sort: "binding_desc", limit: 1 });
    expect(page.items[0]).toMatchObject({ name: "Alpha GmbH", bindingCents: 1000, pledgeCount: 4 });
  });

  it("hides contact persons from the committee, as before", async () => {
    const s = await setup();
    await addSponsor(s.as.organiser, s.campaign.id, {
      name: "Kontakt GmbH",
      contactName: "Erika Muster",
      contactEmail: "erika@example.org",
    });
    const [asCommittee] = (await s.as.committee.sponsor.list({ campaignId: s.campaign.id, sort: "binding_desc" }))
      .items;
    const [asOrganiser] = (await s.as.organiser.sponsor.list({ campaignId: s.campaign.id, sort: "newest" })).items;
    expect(asCommittee).toMatchObject({ contactName: null, contactEmail: null, bindingCents: 0, pledgeCount: 0 });
    expect(asOrganiser).toMatchObject({ contactName: "Erika Muster", contactEmail: "erika@example.org" });
  });
});
