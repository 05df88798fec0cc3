// One country picker for the pledge form and the sponsor dialog: a stored code maps to the
// list's entry, and a choice with a typed code back to the code sent.
import { describe, expect, it } from "vitest";
import { countryChoiceOf, countryCodeOf } from "../../client/lib/codes";
import { changesOf, editValuesOf } from "../../client/features/sponsors/editModel";
import type { SponsorRow } from "../../client/features/sponsors/api/sponsors";

describe("country choice", () => {
  it.each([
    ["DE", "DE"],
    ["nl", "NL"],
    ["FR", "other"],
    ["", "other"],
  ])("the stored code %j is the list's entry %j", (code, choice) => {
    expect(countryChoiceOf(code)).toBe(choice);
  });

  it("sends the named country, or the typed code in upper case", () => {
    expect(countryCodeOf("BE", "fr")).toBe("BE");
    expect(countryCodeOf("other", " lu ")).toBe("LU");
  });
});

describe("the sponsor dialog's country", () => {
  const sponsor = { name: "Maas GmbH", kind: "company", country: "LU", listing: "name" } as SponsorRow;

  it("opens a stored code outside the list as 'other' with the code filled in", () => {
    const values = editValuesOf(sponsor, "de");
    expect([values.country, values.countryCode]).toEqual(["other", "LU"]);
    expect(changesOf(sponsor, values)).toEqual({});
  });

  it("a country picked from the list is sent as its code", () => {
    expect(changesOf(sponsor, { ...editValuesOf(sponsor, "de"), country: "BE" })).toEqual({ country: "BE" });
  });
});
