// `npm run chaos`: the long versions of what `npm test` samples: the fuzz tests with
// thousands of cases per property (FUZZ_RUNS, default 2000), the crash test with 25 kill -9
// cycles (CRASH_CYCLES), the concurrency test with 20 rounds per client (CONCURRENT_ROUNDS),
// the live load test with 3000 public streams (LIVE_STREAMS), and chaos/*.test.ts: a
// 100,000-row import under load and .xlsx bombs at the real limits.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: [
      "tests/fuzz/**/*.test.ts",
      "tests/durability/killNine.test.ts",
      "tests/durability/concurrency.test.ts",
      "tests/durability/liveLoad.test.ts",
      "chaos/**/*.test.ts",
    ],
    env: {
      FUZZ_RUNS: process.env.FUZZ_RUNS ?? "2000",
      CRASH_CYCLES: process.env.CRASH_CYCLES ?? "25",
      CONCURRENT_ROUNDS: process.env.CONCURRENT_ROUNDS ?? "20",
      LIVE_STREAMS: process.env.LIVE_STREAMS ?? "3000",
    },
    // The tests scale their own timeouts with FUZZ_RUNS; hooks build a fixture or a server.
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
