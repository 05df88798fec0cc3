// The import boundaries (.dependency-cruiser.cjs, run by `npm run lint`) catch what they are
// for: a small tree with one planted violation of each rule, and the allowed imports beside
// them, is cruised with the project's own rules. The tree sits inside the repository so that
// packages (drizzle-orm, @trpc/server) resolve to node_modules as they would in the code.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const config = createRequire(import.meta.url)(join(ROOT, ".dependency-cruiser.cjs")) as IConfiguration;

const PLANTED: Record<string, string> = {
  "db/schema.ts": "export const table = 1;",
  "server/domain/rule.ts": 'import { table } from "../../db/schema";\nexport const rule = table;',
  "server/domain/pure.ts": 'import { rule } from "./rule";\nexport const pure = rule;',
  "server/queries/read.ts": "export const read = 1;",
  "server/ledger/events.ts": "export const events = 1;",
  "server/ledger/ledger.ts": 'import { events } from "./events";\nexport const ledger = events;',
  "server/ledger/refuse.ts": 'import { TRPCError } from "@trpc/server";\nexport const refuse = TRPCError;',
  "server/routers/_app.ts": "export const appRouter = 1;\nexport type AppRouter = typeof appRouter;",
  "server/routers/sql.ts": 'import { eq } from "drizzle-orm";\nexport const sql = eq;',
  "server/routers/internals.ts": 'import { events } from "../ledger/events";\nexport const internals = events;',
  "server/routers/fine.ts":
    'import { ledger } from "../ledger/ledger";\nimport { read } from "../queries/read";\nexport const fine = ledger + read;',
  "client/lib/shared.ts":
    'import type { AppRouter } from "../../server/routers/_app";\nimport { pure } from "../../server/domain/pure";\nexport type Api = AppRouter;\nexport const shared = pure;',
  "client/lib/reachesIn.ts": 'import { ledger } from "../../server/ledger/ledger";\nexport const reachesIn = ledger;',
  "client/lib/routerCode.ts":
    'import { appRouter } from "../../server/routers/_app";\nexport const routerCode = appRouter;',
  "client/features/report/page.ts":
    'import { chart } from "../dashboard/chart";\nimport { shared } from "../../lib/shared";\nexport const page = chart + shared;',
  "client/features/dashboard/chart.ts": "export const chart = 1;",
};

let tree: string;
let violations: string[];

beforeAll(async () => {
  tree = mkdtempSync(join(ROOT, ".boundaries-"));
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    writeFileSync(join(tree, file), `${text}\n`);
  }
  const result = await cruise(["server", "client", "db"], {
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir: tree,
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
  });
  const output = result.output as ICruiseResult;
  // A package is named by its name, not by the file its entry point happens to be.
  const target = (to: string) => to.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, "$1");
  violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${target(v.to)}`);
}, 60_000);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe("the import boundaries", () => {
  it("catch every planted violation, each under its rule", () => {
    expect(violations.sort()).toEqual(
      [
        "domain-is-pure: server/domain/rule.ts → db/schema.ts",
        "no-drizzle-in-routers-or-http: server/routers/sql.ts → drizzle-orm",
        "no-trpc-below-the-kernel: server/ledger/refuse.ts → @trpc/server",
        "ledger-through-its-front: server/routers/internals.ts → server/ledger/events.ts",
        "client-imports-domain-only: client/lib/reachesIn.ts → server/ledger/ledger.ts",
        "client-router-type-only: client/lib/routerCode.ts → server/routers/_app.ts",
        "features-do-not-import-features: client/features/report/page.ts → client/features/dashboard/chart.ts",
      ].sort(),
    );
  });

  it("let the allowed imports through: ledger front, queries, domain, the router's type, shared client code", () => {
    const fromAllowed = violations.filter((v) =>
      /server\/routers\/fine\.ts|client\/lib\/shared\.ts|server\/domain\/pure\.ts/.test(v),
    );
    expect(fromAllowed).toEqual([]);
  });
});
