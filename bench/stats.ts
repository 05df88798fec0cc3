// Small statistics for the benchmarks: percentiles, medians and paired ratios.

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Runs `a` and `b` alternately in short rounds (the machine's noise then hits both sides
 * alike) and returns each side's samples from all rounds.
 */
export async function alternate(
  rounds: number,
  a: () => Promise<number[]>,
  b: () => Promise<number[]>,
): Promise<{ a: number[]; b: number[]; pairs: [number[], number[]][] }> {
  const out = { a: [] as number[], b: [] as number[], pairs: [] as [number[], number[]][] };
  for (let i = 0; i < rounds; i++) {
    const first = await a();
    const second = await b();
    out.a.push(...first);
    out.b.push(...second);
    out.pairs.push([first, second]);
  }
  return out;
}
