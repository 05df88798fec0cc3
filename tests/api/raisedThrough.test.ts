// "Raised through you" in the sponsor portal (issue 16, point 8): the raising sponsor sees
// how many pledges it brought in, and of the other sponsors only what their own public
// listing consents to: names of those listed by name, amounts of those listed with amount,
// and of hidden ones a total only when two or more hidden sponsors stand behind it.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, callerForSponsor, setup } from "./helpers";

async function raisingFixture() {
  const s = await setup();
  const o = s.as.organiser;
  const A = s.campaign.id;
  const raiser = await addSponsor(o, A, { name: "StädteRegion Aachen", kind: "public_body" });
  // A large pledge of its own keeps the campaign's totals apart from any one raised amount.
  await addPledge(o, A, (await addSponsor(o, A, { name: "Basis GmbH" })).id, 100_000_000);
  const raise = async (name: string, listing: "hidden" | "name" | "name_and_amount") => {
    const sponsor = await addSponsor(o, A, { name, kind: "public_company", listing });
    return {
      sponsor,
      pledge: (cents: number, fields = {}) =>
        addPledge(o, A, sponsor.id, cents, { raisedBySponsorId: raiser.id, ...fields }),
    };
  };
  return { s, o, A, raiser, raise, asRaiser: () => callerForSponsor(s.db, raiser, s.clock) };
}

/** The answer's JSON must not name, nor carry the amount of, any hidden sponsor. */
function expectNoTrace(answer: unknown, names: string[], cents: number[]) {
  const text = JSON.stringify(answer);
  for (const name of names) expect(text, name).not.toContain(name);
  for (const amount of cents) expect(text, String(amount)).not.toMatch(new RegExp(`\\b${amount}\\b`));
}

describe("sponsorPortal.me: raised through you", () => {
  it("names sponsors listed by name without amount, and those listed with amount with it", async () => {
    const f = await raisingFixture();
    await (await f.raise("Stadtwerke Name", "name")).pledge(1_234_567, { pledgedAt: "2016-05-10" });
    await (await f.raise("Sparkasse Betrag", "name_and_amount")).pledge(2_345_678, {
      pledgedAt: "2016-05-11",
      type: "in_kind",
      description: "Räume",
    });
    const me = await (await f.asRaiser()).sponsorPortal.me();
    expect(me.raised).toEqual({
      count: 2,
      listed: [
        {
          sponsorName: "Stadtwerke Name",
          amountCents: null,
          countedCents: null,
          type: "cash",
          status: "confirmed",
          pledgedAt: "2016-05-10",
        },
        {
          sponsorName: "Sparkasse Betrag",
          amountCents: 2_345_678,
          countedCents: 2_345_678,
          type: "in_kind",
          status: "confirmed",
          pledgedAt: "2016-05-11",
        },
      ],
      hiddenCount: 0,
      hiddenTotalCents: null,
    });
    expectNoTrace(me, [], [1_234_567]);
  });

  it("a single hidden sponsor is counted, but neither named nor totalled", async () => {
    const f = await raisingFixture();
    const hidden = await f.raise("Verborgen Eins GmbH", "hidden");
    await hidden.pledge(3_333_301);
    await (await f.raise("Stadtwerke Name", "name")).pledge(1_000_000);
    const me = await (await f.asRaiser()).sponsorPortal.me();
    expect(me.raised.count).toBe(2);
    expect(me.raised.hiddenCount).toBe(1);
    expect(me.raised.hiddenTotalCents).toBeNull();
    expect(me.raised.listed.map((p) => p.sponsorName)).toEqual(["Stadtwerke Name"]);
    expectNoTrace(me, ["Verborgen Eins GmbH"], [3_333_301]);
  });

  it("two pledges of one hidden sponsor are still one sponsor: no total", async () => {
    const f = await raisingFixture();
    const hidden = await f.raise("Verborgen Eins GmbH", "hidden");
    await hidden.pledge(3_333_301);
    await hidden.pledge(4_444_402);
    const me = await (await f.asRaiser()).sponsorPortal.me();
    expect(me.raised).toEqual({ count: 2, listed: [], hiddenCount: 2, hiddenTotalCents: null });
    expectNoTrace(me, ["Verborgen Eins GmbH"], [3_333_301, 4_444_402, 7_777_703]);
  });

  it("two or more hidden sponsors give only their total: €33,333.01 + €44,444.02 = €77,777.03", async () => {
    const f = await raisingFixture();
    await (await f.raise("Verborgen Eins GmbH", "hidden")).pledge(3_333_301);
    await (await f.raise("Verborgen Zwei AG", "hidden")).pledge(4_444_402, { status: "intent" });
    const me = await (await f.asRaiser()).sponsorPortal.me();
    expect(me.raised).toEqual({ count: 2, listed: [], hiddenCount: 2, hiddenTotalCents: 7_777_703 });
    expectNoTrace(me, ["Verborgen Eins GmbH", "Verborgen Zwei AG"], [3_333_301, 4_444_402]);
  });

  it("a withdrawn hidden pledge is left out of the total, so it cannot leave one amount alone", async () => {
    const f = await raisingFixture();
    await (await f.raise("Verborgen Eins GmbH", "hidden")).pledge(3_333_301);
    const second = await (await f.raise("Verborgen Zwei AG", "hidden")).pledge(4_444_402);
    await f.o.pledge.setStatus({
      pledgeId: second.id,
      status: "withdrawn",
      expectedVersion: second.version,
      reason: "x",
    });
    const me = await (await f.asRaiser()).sponsorPortal.me();
    expect(me.raised).toEqual({ count: 2, listed: [], hiddenCount: 2, hiddenTotalCents: null });
    expectNoTrace(me, ["Verborgen Eins GmbH", "Verborgen Zwei AG"], [3_333_301, 4_444_402]);
  });

  it("follows a sponsor's change of listing at once", async () => {
    const f = await raisingFixture();
    const hidden = await f.raise("Verborgen Eins GmbH", "hidden");
    await hidden.pledge(3_333_301);
    const asRaiser = await f.asRaiser();
    expectNoTrace(await asRaiser.sponsorPortal.me(), ["Verborgen Eins GmbH"], [3_333_301]);
    await (await callerForSponsor(f.s.db, hidden.sponsor, f.s.clock)).sponsorPortal.setListing({
      listing: "name_and_amount",
    });
    const me = await asRaiser.sponsorPortal.me();
    expect(me.raised.listed).toMatchObject([{ sponsorName: "Verborgen Eins GmbH", amountCents: 3_333_301 }]);
    expect(me.raised.hiddenCount).toBe(0);
  });
});
