// The sponsor edit form (client/features/sponsors/editModel.ts): a known membership code
// shows in words, and words the server would store as the same code are no change.
import { describe, expect, it } from "vitest";
import type { SponsorRow } from "../../client/features/sponsors/api/sponsors";
import { changesOf, editValuesOf } from "../../client/features/sponsors/editModel";

const sponsor = (membershipType: string | null) =>
  ({
    name: "Printen KG",
    kind: "company",
    country: "DE",
    listing: "hidden",
    sector: null,
    vatId: null,
    membershipType,
    contactName: null,
    contactEmail: null,
    notes: null,
  }) as unknown as SponsorRow;

describe("the sponsor edit form's membership type", () => {
  it("shows a known code in the reader's words", () => {
    expect(editValuesOf(sponsor("sponsor"), "de").membershipType).toBe("Fördermitglied");
    expect(editValuesOf(sponsor("user"), "en").membershipType).toBe("User member");
    expect(editValuesOf(sponsor("IHK"), "de").membershipType).toBe("IHK");
  });

  it.each([
    ["the words shown, untouched", "sponsor", "Fördermitglied", {}],
    ["the words in other case and spacing", "sponsor", " fördermitglied ", {}],
    ["another code's words", "sponsor", "Nutzermitglied", { membershipType: "Nutzermitglied" }],
    ["free text in other case", "IHK", "ihk", {}],
    ["emptied", "IHK", " ", { membershipType: null }],
  ] as const)("%s: %s typed as %j", (_case, stored, typed, changes) => {
    const s = sponsor(stored);
    expect(changesOf(s, { ...editValuesOf(s, "de"), membershipType: typed })).toEqual(changes);
  });
});
