// The lists' totals: what the whole filter holds, all pages, to the cent. Filters the ledger's
// maintained figures answer (status, kind, country) and those counted over the pledges
// (sponsor, name, overdue) must agree with the pages themselves.
import { describe, expect, it, vi } from "vitest";
import { loadSponsorDirectory } from "../../server/queries/sponsorDirectory";
import { addPledge, addSponsor, callerForSponsor, setup } from "./helpers";

async function totalsFixture() {
  const s = await setup({ now: "2017-05-01T10:00:00Z" });
  const o = s.as.organiser;
  const id = s.campaign.id;
  const zeta = await addSponsor(o, id, { name: "Zeta Software GmbH", kind: "company", country: "DE" });
  const alpha = await addSponsor(o, id, { name: "Alpha Institut", kind: "research", country: "NL" });
  const mitte = await addSponsor(o, id, { name: "Mitte Stadtwerke", kind: "public_company", country: "BE" });
  // Odd cents everywhere: a total off by a cent, or read as euros, shows.
  const plan = [
    [zeta, 500_001, "confirmed"],
    [alpha, 120_033, "intent"],
    [mitte, 980_017, "confirmed"],
    [zeta, 120_099, "intent"],
    [alpha, 310_005, "confirmed"],
    [mitte, 45_001, "confirmed"],
    [zeta, 760_003, "confirmed"],
  ] as const;
  const made = [];
  for (const [i, [sponsor, cents, status]] of plan.entries())
    made.push(await addPledge(o, id, sponsor.id, cents, { status, pledgedAt: `2016-05-0${i + 1}` }));
  await o.pledge.setStatus({ pledgeId: made[5].id, status: "withdrawn", expectedVersion: 1, reason: "Budget" });
  // Alpha becomes a company: the figures move with it, the totals must too.
  await o.sponsor.update({ sponsorId: alpha.id, expectedVersion: alpha.version, kind: "company" });
  return { s, o, id, zeta, alpha, mitte, made };
}

type ListInput = Parameters<Awaited<ReturnType<typeof totalsFixture>>["o"]["pledge"]["list"]>[0];

/** Every page of the filter, two rows at a time: the rows and the totals each page reported. */
async function allPages(o: Awaited<ReturnType<typeof totalsFixture>>["o"], input: ListInput) {
  const rows: { amountCents: number }[] = [];
  const totals: { count: number; amountCents: number }[] = [];
  let cursor: number | string | undefined;
  do {
    const page = await o.pledge.list({ ...input, limit: 2, cursor });
    rows.push(...page.items);
    totals.push(page.totals);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { rows, totals };
}

describe("pledge.list totals", () => {
  it("count and sum the whole filter to the cent, the same on every page, for every kind of filter", async () => {
    const { o, id, zeta, mitte } = await totalsFixture();
    const filters: [string, ListInput, number, number][] = [
      ["no filter", { campaignId: id }, 7, 2_835_159],
      ["status", { campaignId: id, status: "confirmed" }, 4, 2_550_026],
      ["kind after a change of kind", { campaignId: id, kind: "company" }, 5, 1_810_141],
      ["country", { campaignId: id, country: "BE" }, 2, 1_025_018],
      ["status and country", { campaignId: id, status: "withdrawn", country: "BE" }, 1, 45_001],
      ["sponsor", { campaignId: id, sponsorId: zeta.id }, 3, 1_380_103],
      ["sponsor and status", { campaignId: id, sponsorId: zeta.id, status: "intent" }, 1, 120_099],
      ["name", { campaignId: id, search: "stadt" }, 2, 1_025_018],
      ["name and status", { campaignId: id, search: "stadt", status: "confirmed" }, 1, 980_017],
      ["name and kind", { campaignId: id, search: "a", kind: "company" }, 5, 1_810_141],
      ["overdue", { campaignId: id, overdue: true }, 4, 2_550_026],
      ["nothing matches", { campaignId: id, sponsorId: mitte.id, status: "intent" }, 0, 0],
    ];
    for (const [label, input, count, amountCents] of filters) {
      const { rows, totals } = await allPages(o, input);
      expect(rows.length, label).toBe(count);
      expect(
        rows.reduce((sum, r) => sum + r.amountCents, 0),
        label,
      ).toBe(amountCents);
      for (const t of totals) expect(t, label).toEqual({ count, amountCents });
    }
  });

  it("sorted by amount, the totals do not depend on the page or the order", async () => {
    const { o, id } = await totalsFixture();
    const { totals } = await allPages(o, { campaignId: id, sort: "amount_asc", status: "confirmed" });
    expect(totals.length).toBe(2);
    expect(new Set(totals.map((t) => JSON.stringify(t)))).toEqual(
      new Set([JSON.stringify({ count: 4, amountCents: 2_550_026 })]),
    );
    // A name the trigram index narrows to its sponsors pages in the sort's order all the same.
    const named = await allPages(o, { campaignId: id, sort: "amount_desc", search: "software" });
    expect(named.rows.map((r) => r.amountCents)).toEqual([760_003, 500_001, 120_099]);
    expect(named.totals[0]).toEqual({ count: 3, amountCents: 1_380_103 });
  });

  it("asks the trigram index about a name search once a request, for the page and its totals", async () => {
    const { s, o, id, zeta } = await totalsFixture();
    const prepare = vi.spyOn(s.db.$client, "prepare");
    // nameSearch.ts fewCandidates: how many sponsors the index names, counted up to a bound.
    const asked = () =>
      prepare.mock.calls.filter(([text]) => /count\(\*\) as n from \(select rowid from sponsor_name_search/.test(text))
        .length;
    try {
      // The totals of a search alone sum sponsor_totals; with a sponsor they count the pledges.
      for (const [input, totals] of [
        [
          { campaignId: id, search: "stadt" },
          { count: 2, amountCents: 1_025_018 },
        ],
        [
          { campaignId: id, search: "software", sponsorId: zeta.id },
          { count: 3, amountCents: 1_380_103 },
        ],
      ] as const) {
        prepare.mockClear();
        expect((await o.pledge.list(input)).totals).toEqual(totals);
        expect(asked(), JSON.stringify(input)).toBe(1);
      }
    } finally {
      prepare.mockRestore();
    }
  });

  it("a past day's list totals the pledges as they stood that day", async () => {
    const { o, id } = await totalsFixture();
    // By the end of 3 May only the first three pledges existed, none yet withdrawn.
    const { rows, totals } = await allPages(o, { campaignId: id, asOf: "2016-05-03" });
    expect(rows.length).toBe(3);
    expect(totals[0]).toEqual({ count: 3, amountCents: 500_001 + 120_033 + 980_017 });
    const past = await o.pledge.list({ campaignId: id, asOf: "2016-05-03", country: "BE" });
    expect(past.totals).toEqual({ count: 1, amountCents: 980_017 });
  });

  it("a sponsor's totals are its own pledges only, whatever sponsorId says", async () => {
    const { s, id, zeta, mitte } = await totalsFixture();
    const asZeta = await callerForSponsor(s.db, zeta, s.clock);
    const own = await asZeta.pledge.list({ campaignId: id, sponsorId: mitte.id });
    expect(own.totals).toEqual({ count: 3, amountCents: 1_380_103 });
  });
});

describe("the overdue list with many overdue pledges", () => {
  it("pages the same pledges by walking the page order as by the overdue index's range", async () => {
    const { s, o, id, zeta, mitte } = await totalsFixture();
    // 2,600 more confirmed pledges written straight into the table (the triggers keep the
    // figures), four in five overdue since 1 March: more than the index's range is read for
    // (server/queries/overdueRange.ts).
    s.db.$client
      .prepare(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < 2600)
        insert into pledges (campaign_id, sponsor_id, amount_cents, type, status, pledged_at, last_event_at, created_at, overdue_from)
        select ?, case when i % 2 = 0 then ? else ? end, 1000 + i, 'cash', 'confirmed', '2016-05-10', '2016-05-10', 0,
          case when i % 5 = 0 then '2018-06-01' else '2017-03-01' end from n`,
      )
      .run(id, zeta.id, mitte.id);
    const expected = s.db.$client
      .prepare(
        `select id, amount_cents as amountCents from pledges where campaign_id = ? and status = 'confirmed'
         and overdue_from < '2017-05-01' order by id desc`,
      )
      .all(id) as { id: number; amountCents: number }[];
    expect(expected.length).toBe(2_080 + 4);
    const pages = async (sort: "newest" | "amount_desc") => {
      const ids: number[] = [];
      let cursor: number | string | undefined;
      let totals: { count: number; amountCents: number } | undefined;
      do {
        const page = await o.pledge.list({ campaignId: id, overdue: true, sort, limit: 100, cursor });
        ids.push(...page.items.map((p) => p.id));
        totals = page.totals;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return { ids, totals };
    };
    const newest = await pages("newest");
    expect(newest.ids).toEqual(expected.map((p) => p.id));
    expect(newest.totals).toEqual({
      count: expected.length,
      amountCents: expected.reduce((sum, p) => sum + p.amountCents, 0),
    });
    const byAmount = await pages("amount_desc");
    expect(new Set(byAmount.ids)).toEqual(new Set(expected.map((p) => p.id)));
    expect(byAmount.ids.length).toBe(expected.length);
  });
});

describe("sponsor.list totals", () => {
  it("counts the filtered sponsors over all pages and sums their binding pledges", async () => {
    const { o, id } = await totalsFixture();
    const all = await o.sponsor.list({ campaignId: id, limit: 1 });
    expect(all.items.length).toBe(1);
    // binding: confirmed ones, the withdrawn one not
    expect(all.totals).toEqual({ count: 3, bindingCents: 500_001 + 980_017 + 310_005 + 760_003 });
    const companies = await o.sponsor.list({ campaignId: id, kind: "company", limit: 1 });
    expect(companies.totals).toEqual({ count: 2, bindingCents: 500_001 + 310_005 + 760_003 });
    const belgian = await o.sponsor.list({ campaignId: id, country: "BE" });
    expect(belgian.totals).toEqual({ count: 1, bindingCents: 980_017 });
  });

  it("a name search counts its matches, and sums them once the campaign's sponsors are in memory", async () => {
    const { s, o, id, zeta, mitte } = await totalsFixture();
    // A campaign of more than one slice (4,000) loads over several turns of the event loop.
    const filler = s.db.$client.prepare(
      "insert into sponsors (campaign_id, name, name_key, kind, country, created_at) values (?, ?, ?, 'company', 'DE', 0)",
    );
    s.db.$client.transaction(() => {
      for (let i = 0; i < 4_000; i++) filler.run(id, `Nr ${i}`, `nr ${i}`);
    })();
    // Right after a start the sponsors are still loading: the count, and no sum rather than a scan.
    const cold = await o.sponsor.list({ campaignId: id, search: "ZETA" });
    expect(cold.totals).toEqual({ count: 1, bindingCents: null });
    loadSponsorDirectory(s.db, id);
    const found = await o.sponsor.list({ campaignId: id, search: "ZETA" });
    expect(found.totals).toEqual({ count: 1, bindingCents: 500_001 + 760_003 });
    /** The totals must be what the pages themselves hold, one sponsor a page. */
    const expectPagesAgree = async (search: string) => {
      const items: { bindingCents: number }[] = [];
      let cursor: string | undefined;
      let totals: { count: number; bindingCents: number | null } | undefined;
      do {
        const page = await o.sponsor.list({ campaignId: id, search, limit: 1, cursor });
        items.push(...page.items);
        totals = page.totals;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(totals, search).toEqual({
        count: items.length,
        bindingCents: items.reduce((sum, i) => sum + i.bindingCents, 0),
      });
    };
    for (const search of ["e", "  stadt  WERKE ", "gmbh", "xyz"]) await expectPagesAgree(search);
    // Merged away, a sponsor leaves the list and its count; its pledges count for the other.
    await o.sponsor.merge({ intoSponsorId: zeta.id, fromSponsorId: mitte.id });
    for (const search of ["e", "mitte", "zeta"]) await expectPagesAgree(search);
    expect((await o.sponsor.list({ campaignId: id, search: "mitte" })).totals).toEqual({ count: 0, bindingCents: 0 });
  });
});
