// Bad input is BAD_REQUEST naming the field in `fieldErrors`; unknown ids are NOT_FOUND;
// in every case nothing is written.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, expectCode, expectFieldError, rowCounts, setup, type Setup } from "./helpers";

/** Runs the refused calls and checks that no table and no figure changed. */
async function expectNothingWritten(s: Setup, refuse: () => Promise<void>) {
  const counts = rowCounts(s.db);
  const summary = await s.as.organiser.campaign.summary({ campaignId: s.campaign.id });
  await refuse();
  expect(rowCounts(s.db)).toEqual(counts);
  expect(await s.as.organiser.campaign.summary({ campaignId: s.campaign.id })).toEqual(summary);
}

describe("pledge.create with bad input", () => {
  // The clock stands at 2016-05-20 in Berlin.
  const cases: [string, Record<string, unknown>, string][] = [
    ["a negative amount", { amountCents: -100 }, "amountCents"],
    ["a zero amount", { amountCents: 0 }, "amountCents"],
    ["a fractional amount of cents", { amountCents: 100.5 }, "amountCents"],
    ["an amount above €1bn", { amountCents: 100_000_000_001 }, "amountCents"],
    ["an amount sent as a string", { amountCents: "1000" }, "amountCents"],
    ["an amount of null", { amountCents: null }, "amountCents"],
    ["a missing amount", { amountCents: undefined }, "amountCents"],
    ["a missing sponsor", { sponsorId: undefined }, "sponsorId"],
    ["a sponsor id that is not a number", { sponsorId: "abc" }, "sponsorId"],
    ["an unknown type", { type: "cheque" }, "type"],
    ["an unknown status", { status: "maybe" }, "status"],
    ["created as withdrawn", { status: "withdrawn" }, "status"],
    ["30 February", { pledgedAt: "2016-02-30" }, "pledgedAt"],
    ["a German date", { pledgedAt: "01.05.2016" }, "pledgedAt"],
    ["a pledge date in the future", { pledgedAt: "2016-05-21" }, "pledgedAt"],
    ["in kind without a description", { type: "in_kind" }, "description"],
    ["raised by itself", { raisedBySponsorId: "self" }, "raisedBySponsorId"],
    ["raised by a sponsor and a name", { raisedBySponsorId: 999, raisedByName: "Helmut E." }, "raisedByName"],
    ["a note over 5,000 characters", { note: "x".repeat(5_001) }, "note"],
    ["conditional as a string", { conditional: "yes" }, "conditional"],
    ["an empty idempotency key", { idempotencyKey: "" }, "idempotencyKey"],
  ];

  it.each(cases)("%s is BAD_REQUEST on the field and writes nothing", async (_name, change, field) => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const input: Record<string, unknown> = {
      campaignId: s.campaign.id,
      sponsorId: sponsor.id,
      amountCents: 100_000,
      type: "cash",
      status: "confirmed",
      ...change,
    };
    if (input.raisedBySponsorId === "self") input.raisedBySponsorId = sponsor.id;
    await expectNothingWritten(
      s,
      async () => void (await expectFieldError(s.as.organiser.pledge.create(input as never), field)),
    );
  });

  it("an input that is not an object at all is BAD_REQUEST on `input`", async () => {
    const s = await setup();
    await expectNothingWritten(
      s,
      async () => void (await expectFieldError(s.as.organiser.pledge.create("1000 €" as never), "input")),
    );
  });

  it("an unknown sponsor or raising sponsor is NOT_FOUND and writes nothing", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await expectNothingWritten(s, async () => {
      await expectCode(addPledge(s.as.organiser, s.campaign.id, 999, 100), "NOT_FOUND");
      await expectCode(
        addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100, { raisedBySponsorId: 999 }),
        "NOT_FOUND",
      );
    });
  });

  it("accepts the bounds: 1 cent and exactly €1bn", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    expect(await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1)).toMatchObject({ amountCents: 1 });
    expect(await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000_000_000)).toMatchObject({
      amountCents: 100_000_000_000,
    });
  });
});

describe("other procedures with bad input", () => {
  it("sponsor.create names the field and refuses a duplicate name up to case and spacing", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const valid = { campaignId: s.campaign.id, name: "Printen  Werke GmbH", kind: "company" as const, country: "de" };
    expect(await o.sponsor.create(valid)).toMatchObject({
      name: "Printen  Werke GmbH",
      country: "DE",
      listing: "hidden",
    });
    await expectNothingWritten(s, async () => {
      await expectFieldError(o.sponsor.create({ ...valid, name: "  " }), "name");
      await expectFieldError(o.sponsor.create({ ...valid, kind: "bank" as never }), "kind");
      await expectFieldError(o.sponsor.create({ ...valid, country: "Germany" }), "country");
      await expectFieldError(o.sponsor.create({ ...valid, contactEmail: "not-an-email" }), "contactEmail");
      await expectFieldError(o.sponsor.create({ ...valid, listing: "everything" as never }), "listing");
      await expectCode(o.sponsor.create({ ...valid, name: "printen werke gmbh" }), "CONFLICT");
    });
  });

  it("pledge.setStatus and pledge.recordPayment name the field and write nothing", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const p = await addPledge(o, s.campaign.id, sponsor.id, 10_000, { pledgedAt: "2016-05-10" });
    const base = { pledgeId: p.id, expectedVersion: p.version };
    await expectNothingWritten(s, async () => {
      await expectFieldError(o.pledge.setStatus({ ...base, status: "lost" as never }), "status");
      await expectFieldError(o.pledge.setStatus({ ...base, status: "withdrawn" }), "reason");
      await expectFieldError(o.pledge.setStatus({ ...base, status: "withdrawn", reason: "   " }), "reason");
      await expectFieldError(o.pledge.setStatus({ ...base, status: "withdrawn", reason: "x", at: "2016-02-30" }), "at");
      await expectFieldError(o.pledge.setStatus({ ...base, status: "withdrawn", reason: "x", at: "2016-05-21" }), "at"); // tomorrow
      await expectFieldError(o.pledge.setStatus({ ...base, status: "withdrawn", reason: "x", at: "2016-05-09" }), "at"); // before the pledge
      await expectFieldError(
        o.pledge.setStatus({ ...base, status: "withdrawn", reason: "x", expectedVersion: 0 }),
        "expectedVersion",
      );
      await expectFieldError(o.pledge.recordPayment({ ...base, amountCents: 0, paidAt: "2016-05-20" }), "amountCents");
      await expectFieldError(o.pledge.recordPayment({ ...base, amountCents: 1 } as never), "paidAt");
      await expectFieldError(o.pledge.recordPayment({ ...base, amountCents: 1, paidAt: "20.05.2016" }), "paidAt");
    });
  });

  it("campaign.create and update check ratios, percentages and the window, nested fields by dotted path", async () => {
    const s = await setup();
    const a = s.as.admin;
    const valid = { name: "Köln digital", targetCents: 100, matchCapCents: 100, deadline: "2016-06-01" };
    await expectNothingWritten(s, async () => {
      await expectFieldError(a.campaign.create({ ...valid, matchRatio: 1.005 }), "matchRatio");
      await expectFieldError(a.campaign.create({ ...valid, matchRatio: 0 }), "matchRatio");
      await expectFieldError(a.campaign.create({ ...valid, inKindSharePercent: 101 }), "inKindSharePercent");
      await expectFieldError(a.campaign.create({ ...valid, windowStart: "2016-06-02" }), "windowStart");
      await expectFieldError(
        a.campaign.create({ ...valid, rules: { maxPublicSharePercent: 25.555 } }),
        "rules.maxPublicSharePercent",
      );
      await expectFieldError(a.campaign.create({ ...valid, rules: { minSponsors: 0 } }), "rules.minSponsors");
      await expectFieldError(
        a.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, applicationStatus: "won" as never }),
        "applicationStatus",
      );
      await expectCode(a.campaign.update({ campaignId: 999, expectedVersion: 1, name: "X" }), "NOT_FOUND");
    });
  });

  it("lists and the summary name bad paging and dates", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const campaignId = s.campaign.id;
    await expectFieldError(o.campaign.summary({ campaignId, asOf: "2016-02-30" }), "asOf");
    await expectFieldError(o.pledge.list({ campaignId, limit: 501 }), "limit");
    await expectFieldError(o.pledge.list({ campaignId, limit: 0 }), "limit");
    await expectFieldError(o.pledge.list({ campaignId, status: "lost" as never }), "status");
    await expectFieldError(o.sponsor.list({ campaignId, cursor: "not a cursor" }), "cursor");
    await expectFieldError(o.sponsor.list({ campaignId: "1" as never }), "campaignId");
  });
});
