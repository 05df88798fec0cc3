// § 63 Abs. 5 AO: receipts only while a Freistellungsbescheid is at most 5 years old, a
// § 60a Feststellungsbescheid at most 3, counted to the day (issue 17, point 4).
import { describe, expect, it } from "vitest";
import { exemptionRefusal, exemptionValidUntil } from "../../server/domain/exemption";

describe("exemption notice", () => {
  it.each([
    ["freistellungsbescheid", "2021-03-15", "2026-03-15", null],
    ["freistellungsbescheid", "2021-03-15", "2026-03-16", "allowed receipts until 2026-03-15"],
    ["feststellungsbescheid", "2023-06-01", "2026-06-01", null],
    ["feststellungsbescheid", "2023-06-01", "2026-06-02", "allowed receipts until 2026-06-01"],
    ["freistellungsbescheid", "2024-01-01", "2023-12-31", "dated after"],
  ] as const)("a %s of %s on %s", (kind, notice, day, refusal) => {
    const got = exemptionRefusal(kind, notice, day);
    if (refusal === null) expect(got).toBeNull();
    else expect(got).toContain(refusal);
  });

  it("a notice of 29 February runs to 28 February", () => {
    expect(exemptionValidUntil("feststellungsbescheid", "2024-02-29")).toBe("2027-02-28");
  });
});
