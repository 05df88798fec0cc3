// The ticks of every money axis (the dashboard's, the report's, the cash flow's): round steps
// of 1, 2, 2.5 or 5 × a power of ten, from zero (or a round value below a negative lowest)
// to a round value at or above the highest, the domain ending on the last tick. Passed to
// recharts as `ticks` and `domain`: left to itself with a fixed domain and a tick count,
// recharts adds the domain's end to its own steps (0 / 30k / 60k / 80k).

export interface MoneyAxis {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** Round ticks covering `lowest` (0 unless negative) to `highest`, about five steps in all. */
export function moneyAxis(highest: number, lowest = 0): MoneyAxis {
  const top = Math.max(highest, 0);
  const bottom = Math.min(lowest, 0);
  const rough = Math.max(top - bottom, 100) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((s) => s * magnitude >= rough) ?? 10) * magnitude;
  const below = Math.ceil(-bottom / step);
  const above = Math.max(Math.ceil(top / step), 1);
  const ticks = Array.from({ length: below + above + 1 }, (_, i) => Math.round((i - below) * step));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
