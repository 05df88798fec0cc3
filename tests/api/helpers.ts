// Fixtures for API tests: a fresh migrated in-memory database per test, users of every
// role, callers for them, and a clock the test controls.
import { getErrorShape, TRPCError } from "@trpc/server";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { randomBytes, scryptSync } from "node:crypto";
import { expect } from "vitest";
import { openDatabase, type Db } from "../../db/open";
import * as schema from "../../db/schema";
import { memberships, users } from "../../db/schema";
import { hashPassword } from "../../server/auth/password";
import type { MemberRole } from "../../server/domain/codes";
import { loadUser, type SessionUser } from "../../server/auth/sessions";
import { createContextInner } from "../../server/context";
import { appRouter, createCaller } from "../../server/routers/_app";
import { createServices, type Services } from "../../server/services";

export type Caller = ReturnType<typeof createCaller>;
export type Role = "admin" | MemberRole;

export const PASSWORD = "correct horse battery";
export const TARGET = 150_000_000; // €1,500,000 in cents

export function freshDb(): Db {
  return openDatabase(":memory:");
}

// The server builds its services once at start-up; a test's database gets them on first use,
// so every caller and every HTTP app on one database share one writer and one change feed.
const servicesOfDb = new WeakMap<Db, Services>();

/** The services of a test's database (built once per database). */
export function servicesFor(db: Db): Services {
  let services = servicesOfDb.get(db);
  if (!services) {
    services = createServices(db);
    servicesOfDb.set(db, services);
  }
  return services;
}

/** A clock the test moves; every caller of one setup reads the same clock. */
export function makeClock(iso: string) {
  let current = new Date(iso);
  return {
    now: () => current,
    set: (next: string) => {
      current = new Date(next);
    },
  };
}
export type Clock = ReturnType<typeof makeClock>;

// scrypt takes ~0.2 s per hash: fixtures share one hash of PASSWORD instead of hashing per user.
let sharedHash: Promise<string> | undefined;

/** Inserts a user with PASSWORD (one campaign role, or admin) and returns the session user. */
export async function addUser(db: Db, email: string, role: Role, campaignId?: number): Promise<SessionUser> {
  sharedHash ??= hashPassword(PASSWORD);
  const passwordHash = await sharedHash;
  const user = db
    .insert(users)
    .values({ email, name: email.split("@")[0], passwordHash, isAdmin: role === "admin", createdAt: 0 })
    .returning()
    .get();
  if (role !== "admin") db.insert(memberships).values({ userId: user.id, campaignId: campaignId!, role }).run();
  return loadUser(servicesFor(db).lookups, user.id)!;
}

/**
 * A hash of `password` in the stored format (`scrypt$N$r$p$salt$key`) at a low cost, so
 * verifying it takes a millisecond instead of 0.2 s. The server reads the cost from each
 * hash, so sign-ins check it for real; for tests about access and throttles, not hashing.
 */
export function cheapHashOf(password: string): string {
  const cost = { N: 1024, r: 8, p: 1 };
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Gives every user of the database the password, cheaply hashed (see cheapHashOf). */
export function useCheapPasswords(db: Db, password = PASSWORD): void {
  db.update(users)
    .set({ passwordHash: cheapHashOf(password) })
    .run();
}

/** An independent in-memory copy of the database as it stands: build a fixture once, copy it per test. */
export function copyDb(db: Db): Db {
  const sqlite = new Database(db.$client.serialize());
  sqlite.pragma("foreign_keys = ON");
  return drizzle(sqlite, { schema }) as Db;
}

export async function callerFor(db: Db, user: SessionUser | null, clock: Clock): Promise<Caller> {
  return createCaller(await createContextInner({ services: servicesFor(db), user, now: clock.now }));
}

/** A caller signed in as the sponsor, as opening its link makes one (GET /s/<token>). */
export async function callerForSponsor(
  db: Db,
  sponsor: { id: number; campaignId: number; name: string },
  clock: Clock,
): Promise<Caller> {
  const session = {
    kind: "sponsor" as const,
    sponsorId: sponsor.id,
    campaignId: sponsor.campaignId,
    name: sponsor.name,
  };
  return createCaller(await createContextInner({ services: servicesFor(db), sponsor: session, now: clock.now }));
}

export interface SetupOptions {
  /** The clock's start; by default 20 May 2016, noon in Berlin, twelve days before the deadline. */
  now?: string;
  campaign?: Partial<Parameters<Caller["campaign"]["create"]>[0]>;
}

/**
 * An admin; campaign A ("Aachen", target €1.5M, deadline 1 June 2016) with an organiser
 * and a committee member; campaign B with its own organiser; and an anonymous caller.
 */
export async function setup(options: SetupOptions = {}) {
  const db = freshDb();
  const clock = makeClock(options.now ?? "2016-05-20T10:00:00Z");
  const adminUser = await addUser(db, "admin@example.org", "admin");
  const admin = await callerFor(db, adminUser, clock);
  const campaign = await admin.campaign.create({
    name: "Aachen digitalisiert",
    targetCents: TARGET,
    matchCapCents: TARGET,
    deadline: "2016-06-01",
    windowStart: "2016-04-20",
    ...options.campaign,
  });
  const otherCampaign = await admin.campaign.create({
    name: "Bonn digital",
    targetCents: 50_000_000,
    matchCapCents: 50_000_000,
    deadline: "2016-06-01",
  });
  const users = {
    admin: adminUser,
    organiser: await addUser(db, "organiser@example.org", "organiser", campaign.id),
    committee: await addUser(db, "committee@example.org", "committee", campaign.id),
    otherOrganiser: await addUser(db, "bonn@example.org", "organiser", otherCampaign.id),
  };
  const as = {
    admin,
    organiser: await callerFor(db, users.organiser, clock),
    committee: await callerFor(db, users.committee, clock),
    otherOrganiser: await callerFor(db, users.otherOrganiser, clock),
    anonymous: await callerFor(db, null, clock),
  };
  return { db, clock, campaign, otherCampaign, users, as };
}
export type Setup = Awaited<ReturnType<typeof setup>>;

type SponsorInput = Parameters<Caller["sponsor"]["create"]>[0];
type PledgeInput = Parameters<Caller["pledge"]["create"]>[0];

let sponsorNumber = 0;

/** A sponsor of the campaign, created by the caller (an organiser by default in tests). */
export function addSponsor(caller: Caller, campaignId: number, fields: Partial<SponsorInput> = {}) {
  sponsorNumber += 1;
  return caller.sponsor.create({
    campaignId,
    name: `Sponsor ${sponsorNumber} GmbH`,
    kind: "company",
    country: "DE",
    ...fields,
  });
}

/** A cash pledge, confirmed unless said otherwise. */
export function addPledge(
  caller: Caller,
  campaignId: number,
  sponsorId: number,
  amountCents: number,
  fields: Partial<PledgeInput> = {},
) {
  return caller.pledge.create({ campaignId, sponsorId, amountCents, type: "cash", status: "confirmed", ...fields });
}

/** The error a call rejects with; fails the test when it resolves. */
export async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Expects the call to fail with the code; `label` names the call in a failure message. */
export async function expectCode(call: Promise<unknown>, code: TRPCError["code"], label = ""): Promise<TRPCError> {
  const error = await errorOf(call);
  expect(error.code, `${label} ${error.message}`).toBe(code);
  return error;
}

/** What a client receives for this error: the shape the errorFormatter makes. */
export function shapeOf(error: TRPCError, path = "test") {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path,
    input: undefined,
    ctx: undefined,
  });
}

/** Expects BAD_REQUEST whose `data.fieldErrors` names the field (dotted for nested fields). */
export async function expectFieldError(call: Promise<unknown>, field: string): Promise<Record<string, string[]>> {
  const error = await expectCode(call, "BAD_REQUEST");
  const fieldErrors = (shapeOf(error).data as { fieldErrors?: Record<string, string[]> }).fieldErrors;
  expect(fieldErrors, error.message).toBeDefined();
  expect(Object.keys(fieldErrors!), error.message).toContain(field);
  return fieldErrors!;
}

/** Row counts of every table a write touches: compare before and after a refused call. */
export function rowCounts(db: Db) {
  const count = (table: string) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n;
  return Object.fromEntries(
    [
      "campaigns",
      "sponsors",
      "pledges",
      "payments",
      "pledge_events",
      "daily_figures",
      "sponsor_daily_binding",
      "users",
      "memberships",
      "state_payments",
    ].map((t) => [t, count(t)]),
  );
}

/** The staff summary with its breakdowns (a sponsor's has `scope: "overall"`). */
export async function fullSummary(caller: Caller, input: { campaignId: number; asOf?: string; knownAt?: string }) {
  const summary = await caller.campaign.summary(input);
  if (summary.scope !== "full") throw new Error(`expected the full summary, got scope ${summary.scope}`);
  return summary;
}
