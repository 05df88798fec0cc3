// What the dashboard's panels say: what is missing for eligibility, the change against the
// week before, why there is no projection, the rules form, and the day in the URL.
import { beforeAll, describe, expect, it } from "vitest";
import type { Rule } from "../../client/lib/api/summary";
import { asOfFromParam } from "../../client/features/dashboard/asOfParam";
import { countChangeText, figureChanges, moneyChangeText } from "../../client/features/dashboard/compare";
import { missingSummary } from "../../client/features/dashboard/missingSummary";
import { projectionView } from "../../client/features/committee/projectionView";
import { readRules, rulesErrorsFromServer, rulesValuesOf } from "../../client/lib/rulesForm";
import { loadCatalogue, translate, type Locale, type Translate } from "../../client/lib/i18n";

const tOf =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
const de = tOf("de");
// Intl puts a narrow no-break space before "€" and "." as German thousands separator.
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, " ");
// English is fetched on demand in the app; here, once before the tests.
beforeAll(() => loadCatalogue("en"));

const rule = (id: Rule["id"], met: boolean, gap: number | null, unit: Rule["unit"]): Rule =>
  ({ id, met, value: 0, required: 0, gap, unit }) as Rule;

describe("missingSummary", () => {
  it("names the money and the sponsors missing and the days left, in one German sentence", () => {
    const rules = [
      rule("target", false, 8_350_000, "cents"),
      rule("deadline", true, null, "date"),
      rule("min_sponsors", false, 3, "count"),
    ];
    expect(plain(missingSummary({ asOf: "2026-11-18", deadline: "2026-11-30", rules }, de, "de"))).toBe(
      "Es fehlen noch 83.500,00 € verbindliche Eigenmittel und 3 Sponsoren; die Frist endet in 12 Tagen.",
    );
  });

  it("one sponsor short, on the last day", () => {
    const rules = [rule("target", true, null, "cents"), rule("min_sponsors", false, 1, "count")];
    expect(missingSummary({ asOf: "2026-11-30", deadline: "2026-11-30", rules }, de, "de")).toBe(
      "Es fehlen noch 1 Sponsor; der 30.11.2026 ist der letzte Tag der Frist.",
    );
  });

  it("too much public money is its own clause", () => {
    const rules = [rule("target", true, null, "cents"), rule("max_public_share", false, 2.5, "percent")];
    expect(missingSummary({ asOf: "2026-11-29", deadline: "2026-11-30", rules }, de, "de")).toBe(
      "Der Anteil öffentlicher Mittel liegt 2,5 Prozentpunkte über der Grenze; die Frist endet in 1 Tag.",
    );
  });

  it("all met after the deadline", () => {
    const rules = [rule("target", true, null, "cents"), rule("deadline", true, null, "date")];
    expect(missingSummary({ asOf: "2026-12-05", deadline: "2026-11-30", rules }, de, "de")).toBe(
      "Alle Bedingungen sind erfüllt; die Frist ist seit 5 Tagen abgelaufen.",
    );
  });

  it("English reads the same way", () => {
    const rules = [rule("target", false, 100, "cents"), rule("min_sponsors", false, 2, "count")];
    expect(plain(missingSummary({ asOf: "2026-11-18", deadline: "2026-11-30", rules }, tOf("en"), "en"))).toBe(
      "Still missing: €1.00 of binding own funds and 2 sponsors; the deadline is in 12 days.",
    );
  });
});

describe("change against the week before", () => {
  const now = {
    countedCents: 150_000_000,
    sponsorCount: 100,
    pledgeCount: 120,
    receivedCents: 0,
    intentCents: 1_000_000,
  };

  it("is unknown until the earlier figures are loaded", () => {
    expect(figureChanges(now, undefined)).toBeNull();
  });

  it("subtracts each figure; texts carry a sign, a minus when down", () => {
    const changes = figureChanges(now, {
      ...now,
      countedCents: 145_500_000,
      sponsorCount: 97,
      intentCents: 1_500_000,
    })!;
    expect(changes).toMatchObject({ countedCents: 4_500_000, sponsorCount: 3, pledgeCount: 0, intentCents: -500_000 });
    expect(plain(moneyChangeText(changes.countedCents, de, "de"))).toBe("+ 45.000,00 € ggü. Vorwoche");
    expect(plain(moneyChangeText(changes.intentCents, de, "de"))).toBe("\u2212 5.000,00 € ggü. Vorwoche");
    expect(countChangeText(changes.sponsorCount, de, "de")).toBe("+3 ggü. Vorwoche");
    expect(countChangeText(0, de, "de")).toBe("unverändert ggü. Vorwoche");
  });
});

describe("projectionView", () => {
  const none = {
    pacePerDayCents: null,
    requiredPerDayCents: null,
    projectedCents: null,
    projectedReachDate: null,
    requiredPerWorkingDayCents: null,
    workingDaysLeft: 0,
    rangeLowCents: null,
    rangeHighCents: null,
    weekChangeCents: 0,
  };
  const base = { asOf: "2026-11-18", deadline: "2026-11-30", countedCents: 5_000_000, targetCents: 10_000_000 };

  it.each([
    ["history", base],
    ["empty", { ...base, countedCents: 0 }],
    ["lastDay", { ...base, asOf: "2026-11-30" }],
    ["deadline", { ...base, asOf: "2026-12-01" }],
  ] as const)("without figures says why: %s", (reason, input) => {
    expect(projectionView({ ...input, projection: none })).toEqual({ kind: "none", reason });
  });

  it("with figures tells the shortfall at the deadline at this pace", () => {
    const view = projectionView({
      ...base,
      projection: {
        pacePerDayCents: 100_000,
        requiredPerDayCents: 416_667,
        projectedCents: 6_200_000,
        projectedReachDate: null,
        requiredPerWorkingDayCents: 600_000,
        workingDaysLeft: 21,
        rangeLowCents: 5_000_000,
        rangeHighCents: 7_000_000,
        weekChangeCents: 700_000,
      },
    });
    expect(view).toMatchObject({ kind: "shown", reachDate: null, reached: false, shortfallCents: 3_800_000 });
  });
});

describe("the rules form", () => {
  const campaign = {
    targetCents: 150_000_000,
    inKindSharePercent: 100,
    deadline: "2026-12-31",
    windowStart: "2026-11-01",
    rules: { minSponsors: null, maxPublicSharePercent: 33.5 },
  };

  it("shows the campaign's values the German way; empty means off", () => {
    expect(rulesValuesOf(campaign)).toEqual({
      target: "1.500.000,00",
      inKind: "100",
      minSponsors: "",
      maxPublic: "33,5",
      deadline: "2026-12-31",
    });
  });

  it("reads them back into campaign.update's fields", () => {
    const read = readRules(
      { target: "1.600.000", inKind: "50", minSponsors: "80", maxPublic: "", deadline: "2027-01-15" },
      campaign.windowStart,
      de,
      "de",
    );
    expect(read).toEqual({
      ok: true,
      changes: {
        targetCents: 160_000_000,
        inKindSharePercent: 50,
        deadline: "2027-01-15",
        rules: { minSponsors: 80, maxPublicSharePercent: null },
      },
    });
  });

  it("refuses what it cannot read, with a message per field", () => {
    const read = readRules(
      { target: "1,500", inKind: "101", minSponsors: "0", maxPublic: "33,333", deadline: "2026-10-01" },
      campaign.windowStart,
      de,
      "de",
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual(["deadline", "inKind", "maxPublic", "minSponsors", "target"]);
    expect(read.errors.deadline).toBe("Die Frist darf nicht vor dem Beginn der Sammelphase (01.11.2026) liegen.");
  });

  it("maps the server's field errors onto the form's fields", () => {
    expect(rulesErrorsFromServer({ "rules.minSponsors": ["Too small"], targetCents: ["x"], other: ["y"] }, de)).toEqual(
      {
        minSponsors: "Bitte prüfen Sie diese Angabe.",
        target: "Bitte prüfen Sie diese Angabe.",
      },
    );
  });
});

describe("asOfFromParam", () => {
  it.each([
    [null, null],
    ["", null],
    ["2026-11-01", "2026-11-01"],
    ["2026-02-30", null], // no such day
    ["2026-11-26", null], // today is today, live
    ["2027-01-01", null], // the future is not a past view
  ])("%s → %s", (param, expected) => {
    expect(asOfFromParam(param, "2026-11-26")).toBe(expected);
  });
});
