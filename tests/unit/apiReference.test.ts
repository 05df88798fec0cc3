// docs/api.md is the API's reference: every tRPC procedure and every HTTP route the server
// has must have its own `### \`name\`` heading there, and no heading may name one that is
// gone. The procedures come from the router itself, the routes from the Fastify app as
// buildApp builds it, so a new procedure or route fails this test until it is documented.
import type { FastifyInstance, RouteOptions } from "fastify";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../db/open";
import { buildApp } from "../../server/app";
import { appRouter } from "../../server/routers/_app";
import { createServices } from "../../server/services";

// Fastify has no public list of its routes, and an `onRoute` hook added after buildApp
// returns would see none of them. So the factory buildApp calls is wrapped: every instance
// gets the hook before anything is registered on it, and child scopes (the attachment
// routes' own plugin) inherit it. This records each route as registered (method and url),
// which is sturdier than parsing the text tree of app.printRoutes().
const registered = vi.hoisted(() => [] as { method: string; url: string }[]);
vi.mock("fastify", async (importOriginal) => {
  const original = await importOriginal<typeof import("fastify")>();
  const withRouteLog = ((options?: Parameters<typeof original.default>[0]) => {
    const app = original.default(options) as FastifyInstance;
    app.addHook("onRoute", (route: RouteOptions) => {
      for (const method of [route.method].flat()) registered.push({ method, url: route.url });
    });
    return app;
  }) as typeof original.default;
  return { ...original, default: withRouteLog, fastify: withRouteLog };
});

const REFERENCE = new URL("../../docs/api.md", import.meta.url);
/** `### \`pledge.update\`` or `### \`GET /api/attachments/:id\``: the name between the backticks. */
const HEADING = /^###\s+`([^`]+)`\s*$/gm;
const PROCEDURE_NAME = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;
const ROUTE_NAME = /^[A-Z]+ \/\S*$/;

const reference = readFileSync(REFERENCE, "utf8");
const headings = [...reference.matchAll(HEADING)].map((m) => m[1]);

/** At run time tRPC 11 keeps `_def.procedures` flat, keyed by dotted path (its static type is the nested record). */
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation" | "subscription" } }
>;

/** Names on one side and not on the other, for a failure message that lists them. */
function difference(have: readonly string[], without: readonly string[]): string[] {
  const other = new Set(without);
  return [...new Set(have)].filter((name) => !other.has(name)).sort();
}

/** The text from a heading to the next heading of level 1–3. */
function sectionOf(name: string): string {
  const start = reference.indexOf(`### \`${name}\``);
  const rest = reference.slice(start).split("\n").slice(1).join("\n");
  const next = rest.search(/^#{1,3}\s/m);
  return next === -1 ? rest : rest.slice(0, next);
}

describe("docs/api.md", () => {
  it("writes every backticked level-3 heading as a procedure (`router.name`) or a route (`METHOD /path`)", () => {
    const odd = headings.filter((h) => !PROCEDURE_NAME.test(h) && !ROUTE_NAME.test(h));
    expect(odd, `headings that are neither a procedure nor a route:\n  ${odd.join("\n  ")}`).toEqual([]);
  });

  it("names each procedure and route in one heading only", () => {
    const doubled = headings.filter((h, i) => headings.indexOf(h) !== i);
    expect(doubled, `headings that appear more than once:\n  ${doubled.join("\n  ")}`).toEqual([]);
  });

  describe("procedures", () => {
    const inRouter = Object.keys(procedures);
    const inReference = headings.filter((h) => PROCEDURE_NAME.test(h));

    it("reads the procedures from the router (no lazy routers hide some of them)", () => {
      expect(Object.keys(appRouter._def.lazy)).toEqual([]);
      expect(inRouter).toContain("pledge.update");
    });

    it("documents every procedure of the router", () => {
      const missing = difference(inRouter, inReference);
      expect(missing, `procedures without a "### \`name\`" heading in docs/api.md:\n  ${missing.join("\n  ")}`).toEqual(
        [],
      );
    });

    it("documents no procedure the router does not have", () => {
      const extra = difference(inReference, inRouter);
      expect(
        extra,
        `headings in docs/api.md for procedures the router does not have:\n  ${extra.join("\n  ")}`,
      ).toEqual([]);
    });

    it("gives each documented procedure its kind (query, mutation or subscription) as the router has it", () => {
      const wrong = inRouter
        .filter((name) => inReference.includes(name))
        .flatMap((name) => {
          const kind = /^Kind: (query|mutation|subscription)\b/m.exec(sectionOf(name))?.[1] ?? "no Kind: line";
          return kind === procedures[name]._def.type
            ? []
            : [`${name}: the reference says ${kind}, the router has ${procedures[name]._def.type}`];
        });
      expect(wrong, wrong.join("\n")).toEqual([]);
    });
  });

  describe("HTTP routes", () => {
    let app: FastifyInstance;
    let dir: string;
    let inApp: string[];

    beforeAll(async () => {
      // Every optional part on, so every route exists: a built client (the barometer and the
      // static files) and an attachments folder.
      dir = mkdtempSync(join(tmpdir(), "api-reference-"));
      const clientDir = join(dir, "client");
      const attachmentsDir = join(dir, "attachments");
      mkdirSync(clientDir);
      writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>app</title>");
      writeFileSync(join(clientDir, "barometer.html"), "<!doctype html><title>barometer</title>");
      registered.length = 0;
      app = await buildApp({ services: createServices(openDatabase(":memory:")), clientDir, attachmentsDir });
      await app.ready();
      inApp = registered
        // HEAD (Fastify adds one per GET) and OPTIONS are not routes of their own here.
        .filter((r) => r.method !== "HEAD" && r.method !== "OPTIONS")
        // tRPC's own catch-all `/trpc/:path`: its procedures are checked above.
        .filter((r) => r.url !== "/trpc" && !r.url.startsWith("/trpc/"))
        // @fastify/static's wildcard for the built client's files (`/*`).
        .filter((r) => r.url !== "/*")
        .map((r) => `${r.method} ${r.url}`);
    });

    afterAll(async () => {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("sees the routes buildApp registers", () => {
      expect(inApp).toContain("GET /healthz");
      expect(inApp).toContain("POST /api/pledges/:pledgeId/attachments");
      expect(inApp).toContain("GET /barometer/:campaignId");
    });

    it("documents every HTTP route of the app", () => {
      const missing = difference(
        inApp,
        headings.filter((h) => ROUTE_NAME.test(h)),
      );
      expect(
        missing,
        `routes without a "### \`METHOD /path\`" heading in docs/api.md:\n  ${missing.join("\n  ")}`,
      ).toEqual([]);
    });

    it("documents no HTTP route the app does not have", () => {
      const extra = difference(
        headings.filter((h) => ROUTE_NAME.test(h)),
        inApp,
      );
      expect(extra, `headings in docs/api.md for routes the app does not register:\n  ${extra.join("\n  ")}`).toEqual(
        [],
      );
    });
  });
});
