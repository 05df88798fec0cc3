// A pledge is a donation (the default) or sponsoring with a VAT rate of 19 or 7 (issue 17,
// point 3): the input side. Changing either is a recorded change of the pledge, undone like any.
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, callerForSponsor, expectFieldError, setup } from "./helpers";

describe("a pledge's contribution", () => {
  it("is a donation without a VAT rate unless said otherwise", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const pledge = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 500_000);
    expect([pledge.contribution, pledge.vatRatePercent]).toEqual(["donation", null]);
  });

  it("is sponsoring at 19 % by default, or at 7 %", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const at19 = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 119_000, { contribution: "sponsoring" });
    const at7 = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 107_000, {
      contribution: "sponsoring",
      vatRatePercent: 7,
    });
    expect([at19.contribution, at19.vatRatePercent, at7.vatRatePercent]).toEqual(["sponsoring", 19, 7]);
    // The sponsor sees both on its own pledge.
    const own = await callerForSponsor(s.db, sponsor, s.clock);
    const listed = (await own.pledge.list({ campaignId: s.campaign.id })).items.find((p) => p.id === at7.id);
    expect([listed?.contribution, listed?.vatRatePercent]).toEqual(["sponsoring", 7]);
  });

  it("refuses a VAT rate on a donation, and a rate other than 19 or 7, on the field vatRatePercent", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await expectFieldError(
      addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { vatRatePercent: 19 }),
      "vatRatePercent",
    );
    await expectFieldError(
      addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { contribution: "sponsoring", vatRatePercent: 16 }),
      "vatRatePercent",
    );
    const pledge = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000);
    await expectFieldError(
      s.as.organiser.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, vatRatePercent: 7 }),
      "vatRatePercent",
    );
  });

  it("changes through pledge.update as a recorded change with a new version, and is undone like one", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 119_000);
    const sponsoring = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      contribution: "sponsoring",
      reason: "logo on the page agreed",
    });
    expect([sponsoring.contribution, sponsoring.vatRatePercent, sponsoring.version]).toEqual([
      "sponsoring",
      19,
      pledge.version + 1,
    ]);
    const history = await o.pledge.history({ pledgeId: pledge.id });
    const last = history[history.length - 1];
    expect(JSON.parse(last.changes ?? "{}")).toEqual({
      contribution: ["donation", "sponsoring"],
      vatRatePercent: [null, 19],
    });
    const seven = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: sponsoring.version,
      vatRatePercent: 7,
    });
    expect(seven.vatRatePercent).toBe(7);
    const undone = await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: seven.version });
    expect([undone.contribution, undone.vatRatePercent]).toEqual(["sponsoring", 19]);
    const back = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: undone.version,
      contribution: "donation",
    });
    expect([back.contribution, back.vatRatePercent]).toEqual(["donation", null]);
    // The figures do not change with it here (net counting is another change).
    expect(back.amountCents).toBe(119_000);
  });
});

describe("campaign.update's issuer", () => {
  const ISSUER = {
    legalName: "Aachen digitalisiert e.V.",
    address: "Theaterstraße 1\n52062 Aachen",
    taxNumber: "201/5902/1234",
    exemption: { kind: "freistellungsbescheid", taxOffice: "Aachen-Stadt", date: "2015-05-12", period: "2013" },
    purpose: "der Wissenschaft und Forschung",
    signatory: "Dr. Eva Engel, Vorstand",
  } as const;

  it("is set, shown and cleared by an admin", async () => {
    const s = await setup();
    const set = await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, issuer: ISSUER });
    expect(set.issuer).toEqual(ISSUER);
    const cleared = await s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 2, issuer: null });
    expect(cleared.issuer).toBeNull();
  });

  it("names the field that is wrong", async () => {
    const s = await setup();
    const update = (issuer: unknown) =>
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: 1, issuer: issuer as typeof ISSUER });
    await expectFieldError(
      update({ ...ISSUER, exemption: { ...ISSUER.exemption, period: undefined } }),
      "issuer.exemption.period",
    );
    await expectFieldError(update({ ...ISSUER, legalName: "x".repeat(201) }), "issuer.legalName");
    await expectFieldError(update({ ...ISSUER, taxNumber: undefined }), "issuer.taxNumber");
    await expectFieldError(
      update({ ...ISSUER, exemption: { ...ISSUER.exemption, kind: "bescheid" } }),
      "issuer.exemption.kind",
    );
  });
});
