// The committee's "what if": counted own funds if the conditional pledges lapse and x % of
// the intents become binding, the gap to the target, and the switches in the URL.
import { describe, expect, it } from "vitest";
import {
  isWhatIfSet,
  NO_WHAT_IF,
  whatIfFigures,
  whatIfFromParams,
  withWhatIf,
} from "../../client/features/committee/whatIf";

// The Aachen demo on 19.05.2016: €1,006,200 counted, €255,000 of intents; €1.5M target.
const basis = {
  countedCents: 100_620_000,
  targetCents: 150_000_000,
  conditionalCountedCents: 12_000_000,
  intentCountedCents: 25_500_000,
};

describe("whatIfFigures", () => {
  it.each([
    // [switches, counted, gap, surplus]
    ["no assumption: the figures as they are", NO_WHAT_IF, 100_620_000, 49_380_000, 0],
    // 100,620,000 − 12,000,000
    ["conditional pledges lapse", { withoutConditional: true, intentsAtPercent: null }, 88_620_000, 61_380_000, 0],
    // 100,620,000 + ⌊25,500,000 × 50 ÷ 100⌋
    ["half the intents convert", { withoutConditional: false, intentsAtPercent: 50 }, 113_370_000, 36_630_000, 0],
    // 0 % is a switch that is on and adds nothing
    ["intents at 0 %", { withoutConditional: false, intentsAtPercent: 0 }, 100_620_000, 49_380_000, 0],
    // 100,620,000 − 12,000,000 + 25,500,000
    ["both: lapse and all intents", { withoutConditional: true, intentsAtPercent: 100 }, 114_120_000, 35_880_000, 0],
  ] as const)("%s", (_, whatIf, counted, gap, surplus) => {
    expect(whatIfFigures(basis, whatIf)).toMatchObject({ countedCents: counted, gapCents: gap, surplusCents: surplus });
  });

  it("rounds the converted share down to whole cents", () => {
    // ⌊333 × 10 ÷ 100⌋ = ⌊33.3⌋ = 33
    const figures = whatIfFigures(
      { countedCents: 0, targetCents: 100, conditionalCountedCents: 0, intentCountedCents: 333 },
      { withoutConditional: false, intentsAtPercent: 10 },
    );
    expect(figures).toEqual({ lapsedCents: 0, convertedCents: 33, countedCents: 33, gapCents: 67, surplusCents: 0 });
  });

  it("one cent short of the target is a gap of one cent; reaching it exactly is no gap and no surplus", () => {
    const at = (countedCents: number) =>
      whatIfFigures({ ...basis, countedCents, conditionalCountedCents: 0, intentCountedCents: 0 }, NO_WHAT_IF);
    expect(at(149_999_999)).toMatchObject({ gapCents: 1, surplusCents: 0 });
    expect(at(150_000_000)).toMatchObject({ gapCents: 0, surplusCents: 0 });
    expect(at(150_000_001)).toMatchObject({ gapCents: 0, surplusCents: 1 });
  });

  it("above the target, the surplus; a lapse that takes it below shows the gap instead", () => {
    const above = { ...basis, countedCents: 152_000_000, conditionalCountedCents: 5_000_000 };
    expect(whatIfFigures(above, NO_WHAT_IF)).toMatchObject({ gapCents: 0, surplusCents: 2_000_000 });
    expect(whatIfFigures(above, { withoutConditional: true, intentsAtPercent: null })).toMatchObject({
      lapsedCents: 5_000_000,
      countedCents: 147_000_000,
      gapCents: 3_000_000,
      surplusCents: 0,
    });
  });
});

describe("the what-if switches in the URL", () => {
  it.each([
    ["", NO_WHAT_IF],
    ["withoutConditional=1", { withoutConditional: true, intentsAtPercent: null }],
    ["intentsAt=50", { withoutConditional: false, intentsAtPercent: 50 }],
    ["intentsAt=0&withoutConditional=1", { withoutConditional: true, intentsAtPercent: 0 }],
    ["intentsAt=100", { withoutConditional: false, intentsAtPercent: 100 }],
    ["intentsAt=101", NO_WHAT_IF], // more than all of them
    ["intentsAt=-5", NO_WHAT_IF],
    ["intentsAt=12.5", NO_WHAT_IF],
    ["intentsAt=abc&withoutConditional=yes", NO_WHAT_IF],
  ] as const)("?%s", (search, expected) => {
    expect(whatIfFromParams(new URLSearchParams(search))).toEqual(expected);
  });

  it("are written next to the other parameters, and removed when off", () => {
    const params = new URLSearchParams("asOf=2016-05-19");
    const on = withWhatIf(params, { withoutConditional: true, intentsAtPercent: 30 });
    expect(on.toString()).toBe("asOf=2016-05-19&withoutConditional=1&intentsAt=30");
    expect(whatIfFromParams(on)).toEqual({ withoutConditional: true, intentsAtPercent: 30 });
    expect(withWhatIf(on, NO_WHAT_IF).toString()).toBe("asOf=2016-05-19");
    expect(params.toString()).toBe("asOf=2016-05-19"); // the given ones are not changed
  });

  it("isWhatIfSet: any switch on, 0 % included", () => {
    expect(isWhatIfSet(NO_WHAT_IF)).toBe(false);
    expect(isWhatIfSet({ withoutConditional: false, intentsAtPercent: 0 })).toBe(true);
    expect(isWhatIfSet({ withoutConditional: true, intentsAtPercent: null })).toBe(true);
  });
});
