// Eligibility end to end: pledges through the API, figures through campaign.summary.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, setup, TARGET, fullSummary } from "./helpers";

const rule = (s: { rules: { id: string }[] }, id: string) => s.rules.find((r) => r.id === id);

describe("campaign.summary eligibility", () => {
  it("confirmed pledges that close the gap exactly make the campaign eligible; one cent less does not", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id);
    const b = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, a.id, 100_000_000);
    await addPledge(o, s.campaign.id, b.id, 49_999_999);
    // 100,000,000 + 49,999,999 = 149,999,999: one cent short
    const short = await o.campaign.summary({ campaignId: s.campaign.id });
    expect(short).toMatchObject({
      countedCents: TARGET - 1,
      eligible: false,
      potentialMatchCents: TARGET - 1,
      stateMatchCents: 0,
    });
    expect(rule(short, "target")).toEqual({
      id: "target",
      met: false,
      value: TARGET - 1,
      required: TARGET,
      gap: 1,
      unit: "cents",
    });

    await addPledge(o, s.campaign.id, b.id, 1);
    const met = await o.campaign.summary({ campaignId: s.campaign.id });
    expect(met).toMatchObject({
      countedCents: TARGET,
      eligible: true,
      potentialMatchCents: TARGET,
      stateMatchCents: TARGET,
      sponsorCount: 2,
      pledgeCount: 3,
    });
    expect(met.rules.map((r) => [r.id, r.met, r.gap])).toEqual([
      ["target", true, null],
      ["deadline", true, null],
    ]);
  });

  it("an intent pledge and a withdrawn pledge never count", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, TARGET, { status: "intent" });
    const confirmed = await addPledge(o, s.campaign.id, sponsor.id, TARGET);
    await o.pledge.setStatus({
      pledgeId: confirmed.id,
      status: "withdrawn",
      expectedVersion: confirmed.version,
      reason: "changed their mind",
    });
    const summary = await fullSummary(o, { campaignId: s.campaign.id });
    expect(summary).toMatchObject({
      intentCents: TARGET,
      confirmedCents: 0,
      withdrawnCents: TARGET,
      countedCents: 0,
      sponsorCount: 0,
      pledgeCount: 2,
      eligible: false,
      potentialMatchCents: 0,
    });
    expect(summary.byKind).toEqual([]);
  });

  it("a paid pledge counts, and payments move it from confirmed to paid without changing what counts", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 100_000_000, { status: "paid" });
    const p = await addPledge(o, s.campaign.id, sponsor.id, 50_000_000);
    await o.pledge.recordPayment({
      pledgeId: p.id,
      amountCents: 50_000_000,
      paidAt: "2016-05-20",
      expectedVersion: p.version,
    });
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      paidCents: TARGET,
      confirmedCents: 0,
      receivedCents: TARGET,
      countedCents: TARGET,
      eligible: true,
      sponsorCount: 1,
    });
  });

  it("counts an in-kind pledge at the campaign's share, rounded down", async () => {
    const s = await setup({ campaign: { inKindSharePercent: 50 } });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id, { kind: "research", country: "NL" });
    await addPledge(o, s.campaign.id, sponsor.id, 100_000_001, {
      type: "in_kind",
      description: "lab space for three years",
    });
    await addPledge(o, s.campaign.id, sponsor.id, 99_999_999);
    // 99,999,999 + ⌊100,000,001 × 50%⌋ = 99,999,999 + 50,000,000 = 149,999,999: one cent short
    const summary = await fullSummary(o, { campaignId: s.campaign.id });
    expect(summary).toMatchObject({
      confirmedCents: 200_000_000,
      countedCents: TARGET - 1,
      eligible: false,
      inKindSharePercent: 50,
    });
    expect(summary.byCountry).toEqual([{ country: "NL", countedCents: TARGET - 1, sponsorCount: 1 }]);
  });

  it("applies a 1.5 match ratio in integers and caps the match", async () => {
    const s = await setup({ campaign: { targetCents: 1_000_000, matchRatio: 1.5, matchCapCents: 2_000_000 } });
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await addPledge(o, s.campaign.id, sponsor.id, 1_000_001);
    // ⌊1,000,001 × 150 / 100⌋ = 1,500,001
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      matchRatio: 1.5,
      potentialMatchCents: 1_500_001,
      stateMatchCents: 1_500_001,
    });
    await addPledge(o, s.campaign.id, sponsor.id, 999_999);
    // 2,000,000 × 1.5 = 3,000,000 > cap 2,000,000
    expect(await o.campaign.summary({ campaignId: s.campaign.id })).toMatchObject({
      countedCents: 2_000_000,
      potentialMatchCents: 2_000_000,
      stateMatchCents: 2_000_000,
    });
  });

  it("min_sponsors counts sponsors with binding pledges, each once", async () => {
    const s = await setup({ campaign: { targetCents: 100, rules: { minSponsors: 3 } } });
    const o = s.as.organiser;
    const [a, b, c] = [
      await addSponsor(o, s.campaign.id),
      await addSponsor(o, s.campaign.id),
      await addSponsor(o, s.campaign.id),
    ];
    await addPledge(o, s.campaign.id, a.id, 100);
    await addPledge(o, s.campaign.id, a.id, 100);
    await addPledge(o, s.campaign.id, b.id, 100);
    await addPledge(o, s.campaign.id, c.id, 100, { status: "intent" });
    const two = await o.campaign.summary({ campaignId: s.campaign.id });
    expect(rule(two, "min_sponsors")).toEqual({
      id: "min_sponsors",
      met: false,
      value: 2,
      required: 3,
      gap: 1,
      unit: "count",
    });
    expect(two.eligible).toBe(false);
    await addPledge(o, s.campaign.id, c.id, 100);
    const three = await o.campaign.summary({ campaignId: s.campaign.id });
    expect(rule(three, "min_sponsors")).toMatchObject({ met: true, value: 3, gap: null });
    expect(three.eligible).toBe(true);
  });

  it("max_public_share counts public bodies and public companies, exactly at the boundary", async () => {
    const s = await setup({ campaign: { targetCents: 100, rules: { maxPublicSharePercent: 25.5 } } });
    const o = s.as.organiser;
    const company = await addSponsor(o, s.campaign.id, { kind: "company", country: "BE" });
    const city = await addSponsor(o, s.campaign.id, { kind: "public_body" });
    const utility = await addSponsor(o, s.campaign.id, { kind: "public_company" });
    await addPledge(o, s.campaign.id, company.id, 74_500);
    await addPledge(o, s.campaign.id, city.id, 15_000);
    await addPledge(o, s.campaign.id, utility.id, 10_500);
    // public 25,500 of 100,000 = 25.50%: exactly the maximum
    const atMax = await fullSummary(o, { campaignId: s.campaign.id });
    expect(rule(atMax, "max_public_share")).toEqual({
      id: "max_public_share",
      met: true,
      value: 25.5,
      required: 25.5,
      gap: null,
      unit: "percent",
    });
    expect(atMax.byKind).toEqual([
      { kind: "company", countedCents: 74_500, sponsorCount: 1 },
      { kind: "public_body", countedCents: 15_000, sponsorCount: 1 },
      { kind: "public_company", countedCents: 10_500, sponsorCount: 1 },
    ]);
    await addPledge(o, s.campaign.id, city.id, 1);
    // 25,501 of 100,001 = 25.5007…% rounds to 25.50% yet exceeds it
    const over = await o.campaign.summary({ campaignId: s.campaign.id });
    expect(rule(over, "max_public_share")).toMatchObject({ met: false, value: 25.5, gap: 0.01 });
    expect(over.eligible).toBe(false);
  });
});
