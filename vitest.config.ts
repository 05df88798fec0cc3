// Tests: unit, API (through createCaller and real HTTP), durability and browser tests.
// The client's build lives in vite.config.ts; tests need none of its plugins.
import { defineConfig } from "vitest/config";
import LongestFirst from "./tests/sequencer";

/** Files that mock a module: they must not share a module cache with other files. */
const ISOLATED = ["tests/unit/apiReference.test.ts", "tests/api/documentNumbering.test.ts", "tests/fuzz/**/*.test.ts"];

export default defineConfig({
  test: {
    // Browser tests start servers and Chromium, three files at a time on two cores: a step that
    // takes 8 s alone can take 30 s under that load, so give each test a minute.
    testTimeout: 60_000,
    // A file's beforeAll may wait up to 90 s for another worker's database template
    // (tests/e2e/serverTemplates.ts) before it starts its own server.
    hookTimeout: 120_000,
    // expect.poll waits for the page; a loaded CI machine needs more than the default second.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default on a 2-core machine is one worker, i.e. every file in turn. Browser and
    // durability tests spend much of their time waiting on their server and Chromium, so three
    // files at a time keep both cores busy; the longest start first (tests/sequencer.ts).
    pool: "threads",
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      // Unit, API, browser and durability tests hold no state between files (each builds its
      // own database or server), so one worker loads the server's modules and playwright once
      // for many files instead of once per file.
      {
        extends: true,
        test: {
          name: "shared",
          include: [
            "tests/unit/**/*.test.ts",
            "tests/api/**/*.test.ts",
            "tests/e2e/**/*.test.ts",
            "tests/durability/**/*.test.ts",
          ],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      // Files that replace a module with vi.mock get fresh modules per file.
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
