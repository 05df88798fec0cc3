// IBANs shown to people: in groups of four, whatever spacing they were stored with.
import { describe, expect, it } from "vitest";
import { groupedIban } from "../../client/lib/iban";

describe("groupedIban", () => {
  it("groups an electronic IBAN in fours, the rest at the end", () => {
    expect(groupedIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
    expect(groupedIban("BE68 5390 0754 7034")).toBe("BE68 5390 0754 7034");
  });
});
