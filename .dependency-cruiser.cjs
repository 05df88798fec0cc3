// The import boundaries of the architecture (README "How it is built"). `npm run lint` checks
// them; tests/unit/boundaries.test.ts plants a violation of each and sees it caught.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "server/domain holds pure rules the browser runs too: it imports nothing of server/ or db/, and no package.",
      severity: "error",
      from: { path: "^server/domain/" },
      to: { pathNot: "^server/domain/" },
    },
    {
      name: "no-drizzle-in-routers-or-http",
      comment: "Routers and HTTP routes read through server/queries and write through the ledger; they build no SQL.",
      severity: "error",
      from: { path: "^server/(routers|http)/" },
      to: { path: "(^|/)node_modules/drizzle-orm/" },
    },
    {
      name: "no-trpc-below-the-kernel",
      comment:
        "The ledger and the domain raise DomainErrors; only the kernel (server/trpc.ts, server/errors.ts) knows tRPC.",
      severity: "error",
      from: { path: "^server/(ledger|domain|queries)/" },
      to: { path: "(^|/)node_modules/@trpc/" },
    },
    {
      name: "ledger-through-its-front",
      comment: "Outside server/ledger, code changes data through ledger/ledger.ts only, never the files behind it.",
      severity: "error",
      from: { path: "^(server|bench|scripts)/", pathNot: "^server/ledger/" },
      to: { path: "^server/ledger/", pathNot: "^server/ledger/ledger\\.ts$" },
    },
    {
      name: "client-imports-domain-only",
      comment: "The browser runs server/domain and knows the API's type; nothing else of server/ or db/.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^(server|db)/", pathNot: "^server/domain/|^server/routers/_app\\.ts$" },
    },
    {
      name: "client-router-type-only",
      comment: "The client imports `type AppRouter` from the router, never its code.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^server/routers/_app\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "features-do-not-import-features",
      comment: "A client feature imports shared pieces from client/components or client/lib, never another feature.",
      severity: "error",
      from: { path: "^client/features/([^/]+)/" },
      to: { path: "^client/features/", pathNot: "^client/features/$1/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    exclude: { path: "^(node_modules|dist)/" },
  },
};
