// Property: whatever input any procedure gets, from the roles with the most rights, the
// answer is a result or a TRPCError of an expected code (never INTERNAL_SERVER_ERROR); a
// BAD_REQUEST names a field; a refused call writes nothing; no prototype is polluted.
// Procedures come from the router, so one added later is fuzzed without a change here.
// The test files (procedures.*.test.ts) each register a share of the procedures.
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/open";
import { createContextInner } from "../../server/context";
import { fieldErrorsOf } from "../../server/errors";
import { appRouter, createCaller } from "../../server/routers/_app";
import { type Caller, copyDb, servicesFor } from "../api/helpers";
import { baseInputs, buildFuzzFixture, contentInputs, type FuzzFixture } from "./fixture";
import { inputsFor, schemaKeys } from "./inputs";
import { dbStateCached, pollutionProbe, prototypeState } from "./ledgerState";
import { fuzzParams, timeoutFor } from "./runs";

const EXPECTED_CODES: ReadonlySet<TRPCError["code"]> = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
]);

type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
// At run time `procedures` is flat, keyed by dotted path.
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
const PATHS = Object.keys(procedures).sort();

/** Organiser and admin hold the most rights in a campaign; sponsor procedures are called as the sponsor. */
const ROLES = ["organiser", "admin", "sponsor"] as const;
type FuzzRole = (typeof ROLES)[number];

async function callerAs(role: FuzzRole, db: Db, fx: FuzzFixture): Promise<Caller> {
  const { users, clock } = fx.s;
  if (role === "sponsor")
    return createCaller(
      await createContextInner({ services: servicesFor(db), sponsor: fx.sponsorSession, now: clock.now }),
    );
  return createCaller(await createContextInner({ services: servicesFor(db), user: users[role], now: clock.now }));
}

/** Calls by dotted path; a subscription is read up to its first event (or error) and stopped. */
async function invoke(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<any>((node, key) => node[key], caller);
  const result = await procedure(input);
  if (procedures[path]._def.type !== "subscription") return result;
  const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  try {
    return await iterator.next();
  } finally {
    await iterator.return?.();
  }
}

/** A short description of a thrown error for a failure message, with the cause of an internal error. */
function describeError(error: unknown): string {
  if (!(error instanceof TRPCError)) return `not a TRPCError: ${String(error)}`;
  const cause =
    error.cause instanceof Error ? ` (cause: ${error.cause.stack?.split("\n").slice(0, 4).join(" | ")})` : "";
  return `${error.code}: ${error.message.slice(0, 300)}${cause}`;
}

/** Checks one call; throws (and so fails the property) on a broken promise. */
async function checkCall(db: Db, caller: Caller, path: string, input: unknown): Promise<void> {
  const prototypes = prototypeState();
  const before = dbStateCached(db);
  let failure: unknown;
  try {
    await invoke(caller, path, input);
  } catch (error) {
    failure = error ?? new Error("rejected with nothing");
  }
  expect(prototypeState(), "a shared prototype changed").toEqual(prototypes);
  expect(pollutionProbe()).toEqual([undefined, undefined, "ok", "function"]);
  if (failure === undefined) return;
  expect(failure instanceof TRPCError && EXPECTED_CODES.has(failure.code), describeError(failure)).toBe(true);
  const error = failure as TRPCError;
  if (error.code === "BAD_REQUEST") {
    const fields = Object.keys(fieldErrorsOf(error.cause) ?? {});
    expect(fields.length, `BAD_REQUEST without fieldErrors: ${error.message.slice(0, 300)}`).toBeGreaterThan(0);
  }
  expect(dbStateCached(db), `${error.code} wrote to the database`).toEqual(before);
}

let fixture: FuzzFixture;
let bases: ReturnType<typeof baseInputs>;
let contents: ReturnType<typeof contentInputs>;

/** Whether the role is turned away before its input is read (a sponsor on a staff procedure, an organiser on an admin one). */
async function refusedAtTheDoor(path: string, role: FuzzRole): Promise<boolean> {
  const db = copyDb(fixture.s.db);
  try {
    await invoke(await callerAs(role, db, fixture), path, bases[path] ?? {});
    return false;
  } catch (error) {
    return (
      error instanceof TRPCError &&
      (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED") &&
      !(error.cause instanceof Error)
    );
  } finally {
    db.$client.close();
  }
}

/**
 * Registers the fuzz tests of every `shards`-th procedure, starting at `shard`: the long run
 * spreads them over files, and so over cores. Shard 0 also checks the table of base inputs.
 */
export function fuzzProcedures(shard: number, shards: number): void {
  beforeAll(async () => {
    fixture = await buildFuzzFixture();
    bases = baseInputs(fixture);
    contents = contentInputs(fixture);
  });

  if (shard === 0)
    describe("the fuzzer's own table", () => {
      it("has base inputs only for procedures that exist", () => {
        expect(Object.keys(bases).filter((p) => !PATHS.includes(p))).toEqual([]);
      });

      it("has base inputs that pass the input check (else the fuzzer never gets past it)", async () => {
        for (const [path, input] of Object.entries(bases)) {
          const db = copyDb(fixture.s.db);
          const role = path.startsWith("sponsorPortal.") ? "sponsor" : "admin";
          const error = await invoke(await callerAs(role, db, fixture), path, input).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error instanceof TRPCError ? error.code : error, `${path}: ${describeError(error)}`).not.toBe(
            "BAD_REQUEST",
          );
          expect(error === null || error instanceof TRPCError, `${path}: ${describeError(error)}`).toBe(true);
        }
      });
    });

  describe("every procedure under hostile input", () => {
    it("finds procedures in the router", () => {
      expect(PATHS.length).toBeGreaterThan(10);
    });

    for (const path of PATHS.filter((_, i) => i % shards === shard)) {
      for (const role of ROLES) {
        // Each (procedure, role) gets its own copy of the fixture; its successful calls pile up in it.
        it(
          `${path} as ${role}`,
          async () => {
            const def = procedures[path]._def;
            // Without input, or turned away before the input is read, every input is the same to the
            // procedure: a few cases show it, the time goes to the calls that read their input.
            const share = def.inputs.length === 0 || (await refusedAtTheDoor(path, role)) ? 0.05 : 1;
            const db = copyDb(fixture.s.db);
            const caller = await callerAs(role, db, fixture);
            const fuzzed = inputsFor(bases[path], schemaKeys(def.inputs[0]));
            const inputs = contents[path] ? fc.oneof(fuzzed, contents[path]) : fuzzed;
            await fc.assert(
              fc.asyncProperty(inputs, (input) => checkCall(db, caller, path, input)),
              fuzzParams(share),
            );
          },
          timeoutFor(20),
        );
      }
    }
  });
}
