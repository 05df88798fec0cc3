// A donation receipt names its amount in words (BMF template); euros and cents are written as
// German receipts and banks write them.
import { describe, expect, it } from "vitest";
import { amountInWords } from "../../server/letters/amountInWords";

describe("amountInWords", () => {
  it.each([
    [100, "ein Euro"], // 1 €: "ein", not "eins", before the noun
    [1, "ein Cent"], // 0,01 €: no "null Euro"
    [56, "sechsundfünfzig Cent"],
    [0, "null Euro"],
    [2_100, "einundzwanzig Euro"], // 21,00 €
    [100_100, "eintausendeins Euro"], // 1.001 €
    [123_456, "eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent"],
    [101, "ein Euro und ein Cent"],
    [1_500_000, "fünfzehntausend Euro"],
    [10_100_000, "einhunderteintausend Euro"], // 101.000 €: n2words alone says "einhunderteinstausend"
    [30_100_100, "dreihunderteintausendeins Euro"],
    [100_000_000, "eine Million Euro"], // 1.000.000 €
    [150_000_000, "eine Million fünfhunderttausend Euro"],
    [200_000_099, "zwei Millionen Euro und neunundneunzig Cent"],
  ])("%i cents → %s", (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])("refuses %s cents", (cents) => {
    expect(() => amountInWords(cents)).toThrow(RangeError);
  });
});
