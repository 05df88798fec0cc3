// Fixtures for API tests: a fresh migrated in-memory database per test, users of every
// role, callers for them, and a clock the test controls.
import { getErrorShape, TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { openDatabase, type Db } from "../../db/open";
import { memberships, users } from "../../db/schema";
import { hashPassword } from "../../server/auth/password";
import { loadUser, type SessionUser } from "../../server/auth/sessions";
import { createContextInner } from "../../server/context";
import { appRouter, createCaller } from "../../server/routers/_app";

export type Caller = ReturnType<typeof createCaller>;
export type Role = "admin" | "organiser" | "committee";

export const PASSWORD = "correct horse battery";
export const TARGET = 150_000_000; // €1,500,000 in cents

export function freshDb(): Db {
  return openDatabase(":memory:");
}

/** A clock the test moves; every caller of one setup reads the same clock. */
export function makeClock(iso: string) {
  let current = new Date(iso);
  return {
    now: () => current,
    set: (next: string) => void (current = new Date(next)),
  };
}
export type Clock = ReturnType<typeof makeClock>;

// scrypt takes ~0.2 s per hash: fixtures share one hash of PASSWORD instead of hashing per user.
let sharedHash: Promise<string> | undefined;

/** Inserts a user with PASSWORD (one campaign role, or admin) and returns the session user. */
export async function addUser(db: Db, email: string, role: Role, campaignId?: number): Promise<SessionUser> {
  sharedHash ??= hashPassword(PASSWORD);
  const passwordHash = await sharedHash;
  const user = db.insert(users).values({ email, name: email.split("@")[0], passwordHash, isAdmin: role === "admin", createdAt: 0 }).returning().get();
  if (role !== "admin") db.insert(memberships).values({ userId: user.id, campaignId: campaignId!, role }).run();
  return loadUser(db, user.id)!;
}

export async function callerFor(db: Db, user: SessionUser | null, clock: Clock): Promise<Caller> {
  return createCaller(await createContextInner({ db, user, now: clock.now }));
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
    name: "Aachen digitalisiert", targetCents: TARGET, matchCapCents: TARGET, deadline: "2016-06-01", windowStart: "2016-04-20", ...options.campaign,
  });
  const otherCampaign = await admin.campaign.create({ name: "Bonn digital", targetCents: 50_000_000, matchCapCents: 50_000_000, deadline: "2016-06-01" });
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
  return caller.sponsor.create({ campaignId, name: `Sponsor ${sponsorNumber} GmbH`, kind: "company", country: "DE", ...fields });
}

/** A cash pledge, confirmed unless said otherwise. */
export function addPledge(caller: Caller, campaignId: number, sponsorId: number, amountCents: number, fields: Partial<PledgeInput> = {}) {
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
  return getErrorShape({ config: appRouter._def._config, error, type: "mutation", path, input: undefined, ctx: undefined });
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
    ["campaigns", "sponsors", "pledges", "payments", "pledge_events", "daily_figures", "sponsor_daily_binding", "users", "memberships"].map((t) => [t, count(t)]),
  );
}

/** The staff summary with its breakdowns (a sponsor's has `scope: "overall"`). */
export async function fullSummary(caller: Caller, input: { campaignId: number; asOf?: string }) {
  const summary = await caller.campaign.summary(input);
  if (summary.scope !== "full") throw new Error(`expected the full summary, got scope ${summary.scope}`);
  return summary;
}
