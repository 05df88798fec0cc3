// How hard the fuzzers push: FUZZ_RUNS cases per property (a quick sample in `npm test`,
// thousands in `npm run chaos`), FUZZ_SEED to replay a failure fast-check reported.
import type { Parameters } from "fast-check";

/** Cases per property; the default keeps every fuzz file well inside the test suite's budget. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 25) || 25);

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** fast-check parameters for `fc.assert`, scaled by `share` (1 = FUZZ_RUNS cases). */
export function fuzzParams<T>(share = 1): Parameters<T> {
  return { numRuns: Math.max(1, Math.round(FUZZ_RUNS * share)), ...(seed === undefined ? {} : { seed }) };
}

/** A per-test timeout that grows with the number of runs (ms per case), never below vitest's 30 s. */
export function timeoutFor(msPerCase: number, share = 1): number {
  return Math.max(30_000, Math.ceil(FUZZ_RUNS * share * msPerCase) + 30_000);
}
