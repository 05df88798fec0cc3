// The sponsor form's follow-up fields (client/features/sponsors/editModel.ts): the postal
// address, the owner (a user id as the select holds it) and the next contact day.
import { describe, expect, it } from "vitest";
import type { SponsorRow } from "../../client/features/sponsors/api/sponsors";
import { changesOf, createInputOf, editValuesOf, emptyEditValues } from "../../client/features/sponsors/editModel";

const sponsor = (fields: Partial<SponsorRow> = {}) =>
  ({
    name: "Printen KG",
    kind: "company",
    country: "DE",
    listing: "hidden",
    sector: null,
    vatId: null,
    membershipType: null,
    contactName: null,
    contactEmail: null,
    notes: null,
    address: null,
    ownerUserId: null,
    nextContactOn: null,
    ...fields,
  }) as unknown as SponsorRow;

describe("the sponsor form's address, owner and next contact", () => {
  it("shows the stored values, nobody and nothing as empty", () => {
    const values = editValuesOf(
      sponsor({ address: "Markt 1\n52062 Aachen", ownerUserId: 7, nextContactOn: "2016-06-01" }),
      "de",
    );
    expect(values).toMatchObject({ address: "Markt 1\n52062 Aachen", owner: "7", nextContactOn: "2016-06-01" });
    expect(editValuesOf(sponsor(), "de")).toMatchObject({ address: "", owner: "", nextContactOn: "" });
  });

  it.each([
    ["nothing touched", {}, {}, {}],
    ["an owner chosen", {}, { owner: "3" }, { ownerUserId: 3 }],
    ["the owner removed", { ownerUserId: 3 }, { owner: "" }, { ownerUserId: null }],
    ["the same owner", { ownerUserId: 3 }, { owner: "3" }, {}],
    ["an address of two lines", {}, { address: " Markt 1\n52062 Aachen " }, { address: "Markt 1\n52062 Aachen" }],
    ["the address emptied", { address: "Markt 1" }, { address: "  " }, { address: null }],
    ["a next contact day", {}, { nextContactOn: "2016-06-01" }, { nextContactOn: "2016-06-01" }],
    ["the day cleared", { nextContactOn: "2016-06-01" }, { nextContactOn: "" }, { nextContactOn: null }],
  ] as const)("%s", (_case, stored, typed, changes) => {
    const s = sponsor(stored as Partial<SponsorRow>);
    expect(changesOf(s, { ...editValuesOf(s, "de"), ...typed })).toEqual(changes);
  });

  it("a new sponsor takes them when filled in, and leaves them out when empty", () => {
    const filled = {
      ...emptyEditValues(),
      name: "Printen KG",
      address: "Markt 1",
      owner: "3",
      nextContactOn: "2016-06-01",
    };
    expect(createInputOf(1, filled)).toMatchObject({ address: "Markt 1", ownerUserId: 3, nextContactOn: "2016-06-01" });
    const empty = createInputOf(1, { ...emptyEditValues(), name: "Printen KG" });
    expect(empty).not.toHaveProperty("address");
    expect(empty).not.toHaveProperty("ownerUserId");
    expect(empty).not.toHaveProperty("nextContactOn");
  });
});
