// The GiroCode payload (EPC069-12) and which installment it asks for: pure functions, exact strings.
import { describe, expect, it } from "vitest";
import { allocatePayments, evenSchedule, nextOpenInstallment } from "../../server/domain/schedule";
import { giroCodeAmount, giroCodePayload } from "../../server/letters/giroCode";

const transfer = {
  name: "Aachen digitalisiert e.V.",
  iban: "DE89 3704 0044 0532 0130 00",
  bic: "COBADEFFXXX",
  amountCents: 500_000,
  remittance: "AD-0042",
};

describe("giroCodePayload", () => {
  it("writes the eleven lines of version 002 in UTF-8 for a credit transfer, the reference unstructured", () => {
    expect(giroCodePayload(transfer)).toBe(
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "COBADEFFXXX",
        "Aachen digitalisiert e.V.",
        "DE89370400440532013000",
        "EUR5000.00",
        "", // purpose
        "", // structured reference: ISO 11649 (RF…) only
        "AD-0042",
      ].join("\n"),
    );
  });

  it("leaves the BIC empty when the campaign has none (allowed in version 002)", () => {
    expect(giroCodePayload({ ...transfer, bic: null }).split("\n")[4]).toBe("");
    expect(giroCodePayload({ ...transfer, bic: " cobadeffxxx " }).split("\n")[4]).toBe("COBADEFFXXX");
  });

  it("cuts the beneficiary's name to 70 characters, counting code points", () => {
    const long = `${"Ä".repeat(69)}😀xyz`;
    const name = giroCodePayload({ ...transfer, name: long }).split("\n")[5];
    expect([...name]).toHaveLength(70);
    expect(name).toBe(`${"Ä".repeat(69)}😀`);
    expect(giroCodePayload({ ...transfer, name: "x".repeat(70) }).split("\n")[5]).toBe("x".repeat(70));
  });

  it("ends with the last filled line, no trailing separator", () => {
    expect(giroCodePayload(transfer).endsWith("\nAD-0042")).toBe(true);
  });
});

describe("giroCodeAmount", () => {
  it.each([
    [1, "EUR0.01"],
    [1234, "EUR12.34"],
    [1_500_000, "EUR15000.00"], // no thousands separator
    [333_334, "EUR3333.34"],
    [99_999_999_999, "EUR999999999.99"], // the scheme's largest
  ])("%d cents → %s", (cents, text) => {
    expect(giroCodeAmount(cents)).toBe(text);
  });

  it.each([0, -1, 12.5, 100_000_000_000])("refuses %d cents", (cents) => {
    expect(() => giroCodeAmount(cents)).toThrow(RangeError);
  });
});

describe("nextOpenInstallment", () => {
  // €10,000 over 3 years: 3,333.34 + 3,333.33 + 3,333.33.
  const plan = evenSchedule(1_000_000, "2016-06-01", 3);

  it("is the first installment when nothing is paid", () => {
    expect(nextOpenInstallment(allocatePayments(plan, 0, "2016-01-01"))).toMatchObject({ number: 1, paidCents: 0 });
  });

  it("is the partly paid one, one cent short", () => {
    const open = nextOpenInstallment(allocatePayments(plan, 333_333, "2016-01-01"));
    expect(open).toMatchObject({ number: 1, amountCents: 333_334, paidCents: 333_333 });
  });

  it("moves on once an installment is fully paid", () => {
    expect(nextOpenInstallment(allocatePayments(plan, 333_334, "2016-01-01"))?.number).toBe(2);
  });

  it("is null when everything is paid", () => {
    expect(nextOpenInstallment(allocatePayments(plan, 1_000_000, "2016-01-01"))).toBeNull();
  });
});
