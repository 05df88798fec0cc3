// DOMAIN.md "Money and dates": one rule for reading amounts people type. A wrong guess
// between decimal and thousands separators is a factor of 1,000, so ambiguity is refused.
import { describe, expect, it } from "vitest";
import { MAX_AMOUNT_CENTS, parseEuroAmount, percentOf } from "../../server/domain/money";

describe("parseEuroAmount reads", () => {
  it.each([
    // a comma is the decimal mark
    ["1.500,50", 150_050], // 1500 € + 50 ct
    ["0,5", 50], // 0 € + 50 ct (one decimal means tenths)
    ["0,05", 5],
    ["12,3", 1_230],
    ["1.500.000,01", 150_000_001],
    // a dot followed by exactly three digits is a thousands separator
    ["1.500", 150_000], // 1500 € × 100
    ["1.500.000", 150_000_000], // 1.5M € × 100
    ["15.000", 1_500_000],
    // a single dot followed by one or two digits at the end is a decimal mark
    ["1500.50", 150_050],
    ["1500.5", 150_050], // .5 is 50 ct, not 5 ct
    ["0.01", 1],
    // plain digits are whole euros
    ["1500", 150_000],
    ["1", 100],
    // spaces, € and EUR are ignored
    ["1.500 €", 150_000],
    ["€1.500,50", 150_050],
    ["EUR 15.000", 1_500_000],
    ["15.000 eur", 1_500_000],
    ["15 000", 1_500_000],
    ["  1 500,50 EUR ", 150_050],
  ])("%j as %i cents", (text, cents) => {
    expect(parseEuroAmount(text)).toEqual({ ok: true, cents });
  });
});

describe("parseEuroAmount refuses", () => {
  it.each([
    // German €1.50 or English €1,500? Never guessed.
    ["1,500", "ambiguous_comma"],
    ["15,000 €", "ambiguous_comma"],
    ["999,999", "ambiguous_comma"],
    ["0,001", "ambiguous_comma"], // three digits after a comma: 0.001 € or English 1 €?
    // more than two decimals, after a comma or a dot
    ["1,5000", "too_many_decimals"],
    ["1.500,505", "too_many_decimals"],
    ["0,0001", "too_many_decimals"],
    ["1500.505", "too_many_decimals"],
    ["1.5000", "too_many_decimals"],
    // mixed or misplaced separators
    ["1,500.50", "invalid"],
    ["1.5.0", "invalid"],
    ["1.500.00", "invalid"],
    ["15.00.000", "invalid"],
    ["1,5,0", "invalid"],
    [",50", "invalid"],
    ["5,", "invalid"],
    ["5.", "invalid"],
    [".5", "invalid"],
    // not a number at all, or negative
    ["abc", "invalid"],
    ["12abc", "invalid"],
    ["-5", "invalid"],
    ["-1.500,00", "invalid"],
    ["+5", "invalid"],
    ["1e6", "invalid"],
    // nothing left once spaces and currency are removed
    ["", "empty"],
    ["   ", "empty"],
    ["€", "empty"],
    ["EUR", "empty"],
  ])("%j (%s)", (text, reason) => {
    expect(parseEuroAmount(text)).toEqual({ ok: false, reason });
  });

  it("refuses numbers whose cents lie beyond the safe integers instead of rounding them", () => {
    // 2^53 = 9,007,199,254,740,992; in cents this is about €90 trillion.
    expect(parseEuroAmount("90071992547410")).toEqual({ ok: false, reason: "invalid" }); // × 100 > 2^53
    expect(parseEuroAmount("99999999999999999999")).toEqual({ ok: false, reason: "invalid" });
    expect(parseEuroAmount("90.071.992.547.410,00")).toEqual({ ok: false, reason: "invalid" });
    expect(parseEuroAmount("90071992547410.5")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("parseEuroAmount at the edges", () => {
  it("reads back what the German UI formats, non-breaking space before € included", () => {
    const german = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
    for (const cents of [1, 50, 150_050, 1_500_000, 150_000_000, 123_456_789]) {
      expect(parseEuroAmount(german.format(cents / 100))).toEqual({ ok: true, cents });
    }
  });

  it("still reads the largest amount the API accepts (€1bn) exactly", () => {
    expect(parseEuroAmount("1.000.000.000")).toEqual({ ok: true, cents: MAX_AMOUNT_CENTS });
    expect(parseEuroAmount("1.000.000.000,00 €")).toEqual({ ok: true, cents: MAX_AMOUNT_CENTS });
  });
});

describe("percentOf", () => {
  it.each([
    [1_000, 50, 500], // 1000 × 50 / 100
    [333, 50, 166], // 166.5 rounds down
    [99, 33, 32], // 32.67 rounds down
    [150_000_000, 100, 150_000_000],
    [150_000_000, 0, 0],
  ])("%i cents at %i%% is %i cents, rounded down", (cents, percent, expected) => {
    expect(percentOf(cents, percent)).toBe(expected);
  });
});
