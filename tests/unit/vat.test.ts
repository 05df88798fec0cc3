// Sponsoring is gross: VAT = gross × rate ÷ (100 + rate), rounded half up to the cent; only
// the net counts as own funds (issue 17, point 3).
import { describe, expect, it } from "vitest";
import { ownFundsCents, splitGross, vatOfGross } from "../../server/domain/vat";

describe("vatOfGross", () => {
  it.each([
    // gross, rate, vat
    [11_900, 19, 1_900], // 119.00 € → 19.00 € VAT, exact
    [10_700, 7, 700], // 107.00 € at 7 %
    [100, 19, 16], // 1.00 € × 19 ÷ 119 = 15.966… → 16
    [50, 19, 8], // 7.983… → 8
    [1, 19, 0], // 0.159… → 0
    [3, 19, 0], // 0.478… → 0
    [4, 19, 1], // 0.638… → 1
    [107, 7, 7], // exact 7.00
    [153, 7, 10], // 10.009… → 10
    [0, 19, 0],
    [5_000_000_00, 19, 79_831_933], // 5M € gross: 798,319.327… → 798,319.33 €
  ])("%i cents gross at %i %% holds %i cents VAT", (gross, rate, vat) => {
    expect(vatOfGross(gross, rate)).toBe(vat);
  });

  it("rounds an exact half up, not to even", () => {
    // At 19 % and 7 % no gross gives an exact half (2 × gross × rate is even, 100 + rate odd);
    // the rule still says half up, so check it where halves exist: at 100 %, VAT is gross ÷ 2.
    expect(vatOfGross(1, 100)).toBe(1); // 0.5 → 1
    expect(vatOfGross(3, 100)).toBe(2); // 1.5 → 2 (half-even would give 2 as well)
    expect(vatOfGross(5, 100)).toBe(3); // 2.5 → 3 (half-even would give 2)
  });

  it("refuses negative or fractional cents", () => {
    expect(() => vatOfGross(-1, 19)).toThrow(RangeError);
    expect(() => vatOfGross(1.5, 19)).toThrow(RangeError);
  });
});

describe("splitGross and own funds", () => {
  it("net plus VAT is the gross, to the cent", () => {
    for (const gross of [1, 99, 100, 119, 12_345_67, 99_999_999]) {
      for (const rate of [19, 7]) {
        const s = splitGross(gross, rate);
        expect(s.netCents + s.vatCents).toBe(gross);
      }
    }
  });

  it("a donation counts whole, sponsoring its net", () => {
    expect(ownFundsCents(11_900_00, "donation", null)).toBe(11_900_00);
    expect(ownFundsCents(11_900_00, "sponsoring", 19)).toBe(10_000_00);
    expect(ownFundsCents(10_700_00, "sponsoring", 7)).toBe(10_000_00);
    expect(ownFundsCents(11_900_00, "sponsoring", null)).toBe(10_000_00); // default 19 %
  });
});
