// Document numbers per series, and which payments still stand after reversals (and reversals
// of reversals): only a standing payment gets a receipt or an invoice.
import { describe, expect, it } from "vitest";
import { documentNumber, seriesOf } from "../../server/domain/documentNumber";
import { standingPaymentIds } from "../../server/domain/standingPayments";

describe("documentNumber", () => {
  it.each([
    ["receipt", "2026-03-02", 7, "ZB-2026-0007"],
    ["invoice", "2026-12-31", 12, "RE-2026-0012"],
    // The place runs on across years; more than four digits when it grows.
    ["receipt", "2027-01-01", 13, "ZB-2027-0013"],
    ["invoice", "2030-06-01", 12_345, "RE-2030-12345"],
  ] as const)("%s of %s, place %d → %s", (series, day, place, number) => {
    expect(documentNumber(series, day, place)).toBe(number);
  });

  it("refuses a place below 1", () => {
    expect(() => documentNumber("receipt", "2026-01-01", 0)).toThrow(RangeError);
  });

  it("puts receipts and collective receipts in one series, invoices in their own", () => {
    expect([seriesOf("receipt"), seriesOf("collective_receipt"), seriesOf("invoice")]).toEqual([
      "receipt",
      "receipt",
      "invoice",
    ]);
  });
});

describe("standingPaymentIds", () => {
  const pay = (id: number, amountCents: number, reversesPaymentId: number | null = null) => ({
    id,
    amountCents,
    reversesPaymentId,
  });

  it.each([
    ["a payment", [pay(1, 500)], [1]],
    ["a reversed payment and its reversal", [pay(1, 500), pay(2, -500, 1)], []],
    // Undoing the undo reverses the reversal: the payment stands again, the re-reversal is no payment of its own.
    ["a payment whose reversal was reversed", [pay(1, 500), pay(2, -500, 1), pay(3, 500, 2)], [1]],
    ["three reversals deep", [pay(1, 500), pay(2, -500, 1), pay(3, 500, 2), pay(4, -500, 3)], []],
    ["a zero amount", [pay(1, 0)], []],
    ["two payments, one reversed", [pay(1, 500), pay(2, 300), pay(3, -300, 2)], [1]],
  ])("%s", (_case, payments, standing) => {
    expect([...standingPaymentIds(payments)]).toEqual(standing);
  });
});
