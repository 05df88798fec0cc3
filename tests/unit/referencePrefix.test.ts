// Reference prefixes from campaign names (domain/reference.ts): initials, umlauts spelled
// out, the nearest free one when taken, and a search that ends even when all are taken.
import { describe, expect, it } from "vitest";
import { formatReference, freePrefix, prefixFromName } from "../../server/domain/reference";

describe("reference prefixes", () => {
  it("are the initials of the name's words, umlauts spelled out", () => {
    expect(prefixFromName("Aachen digitalisiert")).toBe("AD");
    expect(prefixFromName("Digitale Region Testland")).toBe("DRT");
    expect(prefixFromName("Öffentliche Übung")).toBe("OU");
    expect(prefixFromName("Euregio")).toBe("EUR");
  });

  it("move to the nearest free one, and the search ends when none is free", () => {
    const taken = new Set(["AD", "ADA"]);
    expect(freePrefix("AD", (p) => taken.has(p))).toBe("ADB");
    expect(() => freePrefix("AD", () => true)).toThrow(/referencePrefix/);
  });

  it("number with at least four digits", () => {
    expect(formatReference("AD", 42)).toBe("AD-0042");
    expect(formatReference("AD", 12345)).toBe("AD-12345");
  });
});
