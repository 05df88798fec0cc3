// The pledge list as organisers use it: filters by kind, country, overdue and name, every
// sort order paged with cursors without gaps or repeats.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, setup } from "./helpers";

async function listFixture() {
  const s = await setup({ now: "2017-05-01T10:00:00Z" }); // the first installment (2016-06-01) is due, the second not yet
  const o = s.as.organiser;
  const company = await addSponsor(o, s.campaign.id, { name: "Zeta Software GmbH", kind: "company", country: "DE" });
  const research = await addSponsor(o, s.campaign.id, { name: "Alpha Institut", kind: "research", country: "NL" });
  const pub = await addSponsor(o, s.campaign.id, { name: "Mitte Stadtwerke", kind: "public_company", country: "BE" });
  const amounts = [500_000, 120_000, 980_000, 120_000, 310_000, 45_000, 760_000];
  const owners = [company, research, pub, company, research, pub, company];
  const made = [];
  for (let i = 0; i < amounts.length; i++) {
    made.push(await addPledge(o, s.campaign.id, owners[i].id, amounts[i], { pledgedAt: `2016-05-0${(i % 7) + 1}` }));
  }
  // first installment (due 2016-06-01) paid in full for one, not at all for the others
  await o.pledge.recordPayment({
    pledgeId: made[0].id,
    amountCents: 166_668,
    paidAt: "2016-06-02",
    expectedVersion: made[0].version,
  });
  return { s, o, company, research, pub, made };
}

describe("pledge.list", () => {
  it("pages through every sort order with cursors: each pledge once, in order", async () => {
    const { s, o, made } = await listFixture();
    const sorts = ["newest", "oldest", "amount_desc", "amount_asc", "date_desc", "date_asc", "sponsor"] as const;
    for (const sort of sorts) {
      const seen: { id: number; amountCents: number; pledgedAt: string; sponsorName: string }[] = [];
      let cursor: number | string | undefined;
      do {
        const page = await o.pledge.list({ campaignId: s.campaign.id, sort, limit: 2, cursor });
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(
        seen.map((p) => p.id).sort((a, b) => a - b),
        sort,
      ).toEqual(made.map((p) => p.id).sort((a, b) => a - b));
      type Row = (typeof seen)[0];
      const key: (p: Row) => number | string = {
        newest: (p: (typeof seen)[0]) => -p.id,
        oldest: (p: (typeof seen)[0]) => p.id,
        amount_desc: (p: (typeof seen)[0]) => -p.amountCents,
        amount_asc: (p: (typeof seen)[0]) => p.amountCents,
        date_desc: (p: (typeof seen)[0]) => -Date.parse(p.pledgedAt),
        date_asc: (p: (typeof seen)[0]) => Date.parse(p.pledgedAt),
        sponsor: (p: (typeof seen)[0]) => p.sponsorName.toLowerCase(),
      }[sort];
      const keys = seen.map((p) => key(p));
      expect(keys, sort).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it("filters by kind, country and part of the sponsor's name", async () => {
    const { s, o } = await listFixture();
    const names = async (f: object) => [
      ...new Set((await o.pledge.list({ campaignId: s.campaign.id, ...f })).items.map((p) => p.sponsorName)),
    ];
    expect(await names({ kind: "research" })).toEqual(["Alpha Institut"]);
    expect(await names({ country: "be" })).toEqual(["Mitte Stadtwerke"]);
    expect(await names({ search: "zeta" })).toEqual(["Zeta Software GmbH"]);
    expect(await names({ search: "100%_" })).toEqual([]); // wildcards are literal
    // A NUL ends a string for the full-text index: the search falls back to testing names.
    expect(await names({ search: "zeta\u0000" })).toEqual([]);
  });

  it("lists as overdue the confirmed pledges whose due installments are not paid", async () => {
    const { s, o, made } = await listFixture();
    const overdue = (await o.pledge.list({ campaignId: s.campaign.id, overdue: true, limit: 500 })).items
      .map((p) => p.id)
      .sort((a, b) => a - b);
    // every pledge has a first installment due 2016-06-01; only the first pledge paid it
    expect(overdue).toEqual(
      made
        .slice(1)
        .map((p) => p.id)
        .sort((a, b) => a - b),
    );
  });

  it("refuses a cursor it did not hand out", async () => {
    const { s, o } = await listFixture();
    await expectCode(
      o.pledge.list({ campaignId: s.campaign.id, sort: "amount_desc", cursor: "not-a-cursor" }),
      "BAD_REQUEST",
    );
  });

  it("refuses a plain id cursor with any order but newest first, naming the field", async () => {
    const { s, o } = await listFixture();
    const first = await o.pledge.list({ campaignId: s.campaign.id, limit: 2 });
    const cursor = first.nextCursor as number;
    expect(typeof cursor).toBe("number");
    for (const sort of ["amount_desc", "date_asc", "sponsor"] as const) {
      await expectCode(o.pledge.list({ campaignId: s.campaign.id, sort, cursor }), "BAD_REQUEST");
    }
    const error = await o.pledge.list({ campaignId: s.campaign.id, sort: "amount_desc", cursor }).catch((e) => e);
    expect(String(error.message)).toMatch(/cursor/);
    expect((await o.pledge.list({ campaignId: s.campaign.id, cursor })).items.length).toBeGreaterThan(0);
  });
});
