// A sponsor's membership type on the way in (one spelling per membership, so one breakdown
// row) and on screen (known codes in words).
import { describe, expect, it } from "vitest";
import { membershipLabel, normaliseMembership } from "../../server/domain/membership";
import { csvText } from "../../server/export/csv";
import { sponsorColumns } from "../../server/export/sponsorColumns";
import type { SponsorExportRow } from "../../server/queries/sponsorExport";

describe("normaliseMembership", () => {
  it.each([
    ["blank is null", "   ", [], null],
    ["left out is null", null, [], null],
    ["spaces trimmed and folded", "  Premium   Partner ", [], "Premium Partner"],
    ["an existing value, ignoring case and spacing", "fördermitglied ", ["Fördermitglied"], "Fördermitglied"],
    ["an existing value wins over a code's word", "Fördermitglied", ["fördermitglied"], "fördermitglied"],
    ["a code's German word is the code", "Fördermitglied", [], "sponsor"],
    ["a code's English word is the code", "user MEMBER", [], "user"],
    ["a code in other case is the code", "Sponsor", [], "sponsor"],
    ["other text as typed", "IHK", ["sponsor"], "IHK"],
  ] as const)("%s", (_case, typed, existing, stored) => {
    expect(normaliseMembership(typed, existing)).toBe(stored);
  });
});

describe("membershipLabel", () => {
  it.each([
    ["sponsor", "de", "Fördermitglied"],
    ["user", "en", "User member"],
    ["IHK", "de", "IHK"],
  ] as const)("%s in %s is %s", (value, locale, label) => {
    expect(membershipLabel(value, locale)).toBe(label);
  });
});

describe("the sponsors export's membership column", () => {
  const column = sponsorColumns(false).find((c) => c.header.en === "membership_type");
  const row = (membershipType: string | null) => ({ membershipType }) as SponsorExportRow;

  it.each([
    ["sponsor", "de", "Fördermitglied"],
    ["sponsor", "en", "sponsor"], // English files carry codes, as for kind and listing
    ["IHK", "de", "IHK"],
    [null, "de", ""],
  ] as const)("%s in a %s CSV is %j", (value, locale, text) => {
    if (!column) throw new Error("no membership column");
    expect(csvText(column.cell(row(value)), locale)).toBe(text);
  });
});
