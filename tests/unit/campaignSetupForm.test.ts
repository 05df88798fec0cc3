// The campaign setup form (client/features/campaign-setup): what is typed → campaign.create's
// fields, the server's field errors → the form's fields, and the IBAN in groups of four.
import { describe, expect, it } from "vitest";
import { groupIban } from "../../client/features/campaign-setup/iban";
import {
  emptySetupValues,
  readSettings,
  readSetup,
  setupValuesOf,
  updateInputOf,
  type SetupValues,
} from "../../client/features/campaign-setup/setupForm";
import { setupErrorsFromServer } from "../../client/features/campaign-setup/serverErrors";
import type { CampaignListItem } from "../../client/lib/campaigns";
import type { MessageKey } from "../../client/lib/i18n/de";

const t = (key: MessageKey) => key;
const filled: SetupValues = {
  ...emptySetupValues(),
  name: "Aachen digitalisiert",
  target: "1.500.000",
  matchCap: "750.000,50",
  deadline: "2016-06-01",
};

describe("the campaign setup form", () => {
  it.each([
    ["empty", "", ""],
    ["electronic form", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00"],
    ["spaced and lower case", " de89 3704 00440532013000 ", "DE89 3704 0044 0532 0130 00"],
    ["exactly four", "DE89", "DE89"],
  ])("groups an IBAN in fours: %s", (_case, typed, shown) => {
    expect(groupIban(typed)).toBe(shown);
  });

  it("reads a new campaign with the defaults: no bank account, no sender, reminders off", () => {
    const read = readSetup(filled, t, "de");
    expect(read).toEqual({
      ok: true,
      input: {
        name: "Aachen digitalisiert",
        region: "",
        targetCents: 150_000_000,
        matchCapCents: 75_000_050,
        deadline: "2016-06-01",
        inKindSharePercent: 100,
        rules: { minSponsors: null, maxPublicSharePercent: null },
        matchRatio: 1,
        matchYears: 3,
        bankAccount: null,
        sender: null,
        reminders: { intentAfterDays: null, installmentBeforeDays: null, overdueAfterDays: null },
        issuer: null,
      },
    });
  });

  it("reads the issuer of receipts and invoices, optional parts left out", () => {
    const read = readSetup(
      {
        ...filled,
        issuerName: " Aachen digitalisiert e.V. ",
        issuerAddress: "Theaterstraße 1\n52062 Aachen",
        issuerTaxNumber: "201/5902/1234",
        exemptionKind: "freistellungsbescheid",
        exemptionOffice: "Aachen-Stadt",
        exemptionDate: "2015-05-12",
        exemptionPeriod: "2013",
        issuerPurpose: "der Wissenschaft und Forschung",
        issuerSignatory: "Dr. Eva Engel, Vorstand",
      },
      t,
      "de",
    );
    expect(read.ok && read.input.issuer).toEqual({
      legalName: "Aachen digitalisiert e.V.",
      address: "Theaterstraße 1\n52062 Aachen",
      taxNumber: "201/5902/1234",
      vatId: undefined,
      exemption: { kind: "freistellungsbescheid", taxOffice: "Aachen-Stadt", date: "2015-05-12", period: "2013" },
      purpose: "der Wissenschaft und Forschung",
      signatory: "Dr. Eva Engel, Vorstand",
      place: undefined,
    });
  });

  it("asks for the rest of an issuer begun, and for a Freistellungsbescheid's period", () => {
    const read = readSetup(
      { ...filled, issuerName: "Aachen digitalisiert e.V.", exemptionKind: "freistellungsbescheid" },
      t,
      "de",
    );
    expect(read.ok ? {} : read.errors).toEqual({
      issuerAddress: "setup.error.required",
      exemptionOffice: "setup.error.required",
      exemptionDate: "setup.error.required",
      issuerPurpose: "setup.error.required",
      issuerSignatory: "setup.error.required",
      issuerTaxNumber: "issuer.error.taxId",
      exemptionPeriod: "issuer.error.period",
    });
    expect(setupErrorsFromServer({ "issuer.exemption.period": ["x"] }, t)).toEqual({
      exemptionPeriod: "field.generic",
    });
  });

  it("reads bank account, sender, prefix, ratio and reminders", () => {
    const read = readSetup(
      {
        ...filled,
        referencePrefix: "adi",
        matchRatio: "0,5",
        windowStart: "2016-04-20",
        holder: "Digital e. V.",
        iban: "DE89 3704 0044 0532 0130 00",
        bic: "cobadeffxxx",
        senderName: "Digital e. V.",
        senderAddress: "Markt 1\n52062 Aachen",
        intentAfterDays: "14",
      },
      t,
      "de",
    );
    expect(read.ok && read.input).toMatchObject({
      referencePrefix: "ADI",
      matchRatio: 0.5,
      windowStart: "2016-04-20",
      bankAccount: { holder: "Digital e. V.", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" },
      sender: { name: "Digital e. V.", address: "Markt 1\n52062 Aachen", contactName: null, contactEmail: null },
      reminders: { intentAfterDays: 14, installmentBeforeDays: null, overdueAfterDays: null },
    });
  });

  it.each([
    ["no name", { name: " " }, "name", "setup.error.required"],
    ["a prefix of one letter", { referencePrefix: "A" }, "referencePrefix", "setup.error.referencePrefix"],
    ["a ratio of 0", { matchRatio: "0" }, "matchRatio", "setup.error.matchRatio"],
    ["11 match years", { matchYears: "11" }, "matchYears", "setup.error.matchYears"],
    ["a reminder of 0 days", { overdueAfterDays: "0" }, "overdueAfterDays", "setup.error.reminder"],
    ["a reminder of 366 days", { intentAfterDays: "366" }, "intentAfterDays", "setup.error.reminder"],
    ["an IBAN without holder", { iban: "DE89370400440532013000" }, "holder", "setup.error.required"],
    [
      "a contact without sender address",
      { senderName: "X", contactName: "Y" },
      "senderAddress",
      "setup.error.required",
    ],
    ["no deadline", { deadline: "" }, "deadline", "rulesEdit.error.deadline"],
  ] as const)("refuses %s at its field", (_case, typed, field, message) => {
    const read = readSetup({ ...filled, ...typed }, t, "de");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[field]).toBe(message);
  });

  it("shows the server's field errors at their fields, nested names too", () => {
    expect(
      setupErrorsFromServer(
        {
          "bankAccount.iban": ["Invalid IBAN"],
          "reminders.overdueAfterDays": ["Too big"],
          referencePrefix: ["taken"],
          targetCents: ["Too small"],
          somethingElse: ["?"],
        },
        t,
      ),
    ).toEqual({
      iban: "setup.error.iban",
      overdueAfterDays: "field.generic",
      referencePrefix: "setup.error.referencePrefixServer",
      target: "field.generic",
    });
  });

  it("shows a stored campaign's IBAN grouped, and sends its prefix only when it changed", () => {
    const campaign = {
      name: "Aachen digitalisiert",
      region: null,
      targetCents: 150_000_000,
      inKindSharePercent: 100,
      deadline: "2016-06-01",
      windowStart: null,
      rules: { minSponsors: null, maxPublicSharePercent: null },
      referencePrefix: "AD",
      matchRatio: 0.5,
      matchCapCents: 100,
      matchStart: "2016-06-01",
      matchYears: 3,
      bankAccount: { holder: "H", iban: "DE89370400440532013000", bic: null },
      sender: null,
      reminders: { intentAfterDays: 7, installmentBeforeDays: null, overdueAfterDays: null },
    } as unknown as CampaignListItem;
    const values = setupValuesOf(campaign);
    expect(values).toMatchObject({ iban: "DE89 3704 0044 0532 0130 00", matchRatio: "0,5", intentAfterDays: "7" });
    const read = readSetup(values, t, "de");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(updateInputOf(campaign, read.input)).not.toHaveProperty("referencePrefix");
    expect(updateInputOf(campaign, { ...read.input, referencePrefix: "ADX" })).toHaveProperty("referencePrefix", "ADX");
  });

  it("settings refuse to clear a collecting start the campaign has (the server keeps it), and take a new one", () => {
    const campaign = { windowStart: "2016-04-20" } as CampaignListItem;
    const cleared = readSettings(campaign, { ...filled, windowStart: "" }, t, "de");
    expect(cleared.ok === false && cleared.errors.windowStart).toBe("setup.error.windowStartKept");
    expect(readSettings(campaign, { ...filled, windowStart: "2016-04-21" }, t, "de").ok).toBe(true);
    expect(readSettings({ windowStart: null } as CampaignListItem, filled, t, "de").ok).toBe(true);
  });
});
