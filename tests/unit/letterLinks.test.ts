// Which letters the pledge page and the portal offer, and where they are downloaded.
import { describe, expect, it } from "vitest";
import { lettersFor, letterUrl } from "../../client/lib/letters";

describe("letter links", () => {
  it.each([
    ["intent", ["confirmation"]],
    ["confirmed", ["confirmation", "thanks"]],
    ["paid", ["confirmation", "thanks"]],
    ["withdrawn", []],
  ])("a pledge %s offers %j (as the server refuses the others with 409)", (status, kinds) => {
    expect(lettersFor(status)).toEqual(kinds);
  });

  it("asks for the letter in the UI's language", () => {
    expect(letterUrl(42, "thanks", "en")).toBe("/api/pledges/42/thanks.pdf?locale=en");
    expect(letterUrl(7, "confirmation", "de")).toBe("/api/pledges/7/confirmation.pdf?locale=de");
  });
});
