// Personal API tokens are scoped and expire (security review finding 9): a token cannot make
// another token or change a password; a read token calls queries only; an expired token is
// refused like a revoked one; changing the password revokes the user's tokens. Over HTTP,
// where the Bearer header is read.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { PASSWORD, setup, type Setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const START = "2016-05-20T10:00:00.000Z";
const DAY = 86_400_000;
const later = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function served(): Promise<{ s: Setup; http: Server; organiser: Record<string, string> }> {
  const s = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  return { s, http: server, organiser: { cookie: await server.login("organiser@example.org") } };
}

/** A new token of the signed-in user (by its cookie), as Bearer headers, with what create answered. */
async function tokenOf(http: Server, cookie: Record<string, string>, input: Record<string, unknown>) {
  const res = await http.mutate("apiToken.create", { name: "script", ...input }, cookie);
  expect(res.status, res.text).toBe(200);
  const created = res.body.result.data;
  return { created, bearer: { authorization: `Bearer ${created.token}` } };
}

const codeOf = (res: { status: number; body: any }) => [res.status, res.body.error?.data?.code ?? "ok"];
const newSponsor = (campaignId: number) => ({ campaignId, name: "Per Skript GmbH", kind: "company", country: "DE" });

describe("what a token may call", () => {
  it("a token creating a token, revoking one or changing the password is FORBIDDEN, whatever its scope", async () => {
    const { http, organiser } = await served();
    const { created, bearer } = await tokenOf(http, organiser, { scope: "write" });
    expect(codeOf(await http.mutate("apiToken.create", { name: "second", scope: "write" }, bearer))).toEqual([
      403,
      "FORBIDDEN",
    ]);
    expect(codeOf(await http.mutate("apiToken.revoke", { tokenId: created.id }, bearer))).toEqual([403, "FORBIDDEN"]);
    const change = { currentPassword: PASSWORD, newPassword: "a brand new password" };
    expect(codeOf(await http.mutate("auth.changePassword", change, bearer))).toEqual([403, "FORBIDDEN"]);
    // nothing was made or changed: one token, still live, and the password is the old one
    const listed = (await http.query("apiToken.list", undefined, organiser)).body.result.data;
    expect(listed.map((t: { name: string; revoked: boolean }) => [t.name, t.revoked])).toEqual([["script", false]]);
    expect((await http.mutate("auth.login", { email: "organiser@example.org", password: PASSWORD })).status).toBe(200);
  });

  it("an admin's write token may not reset passwords or make accounts and admins", async () => {
    const { s, http } = await served();
    const admin = { cookie: await http.login("admin@example.org") };
    const { bearer } = await tokenOf(http, admin, { scope: "write" });
    const calls = [
      ["user.resetPassword", { userId: s.users.organiser.id, password: "taken over by a script" }],
      ["user.create", { email: "new@example.org", name: "New", password: "a long enough secret", role: "admin" }],
      ["user.setAdmin", { userId: s.users.organiser.id, isAdmin: true }],
      ["user.setDisabled", { userId: s.users.organiser.id, disabled: true }],
    ] as const;
    for (const [path, input] of calls)
      expect(codeOf(await http.mutate(path, input, bearer)), path).toEqual([403, "FORBIDDEN"]);
    // the same token still writes campaign data
    expect(codeOf(await http.mutate("sponsor.create", newSponsor(s.campaign.id), bearer))).toEqual([200, "ok"]);
  });

  it("a read token calls queries, and a mutation is FORBIDDEN", async () => {
    const { s, http, organiser } = await served();
    const { bearer } = await tokenOf(http, organiser, { scope: "read" });
    expect(codeOf(await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer))).toEqual([200, "ok"]);
    expect(codeOf(await http.mutate("sponsor.create", newSponsor(s.campaign.id), bearer))).toEqual([403, "FORBIDDEN"]);
    expect((await http.query("sponsor.list", { campaignId: s.campaign.id }, bearer)).body.result.data.items).toEqual(
      [],
    );
    const write = await tokenOf(http, organiser, { scope: "write" });
    expect(codeOf(await http.mutate("sponsor.create", newSponsor(s.campaign.id), write.bearer))).toEqual([200, "ok"]);
  });
});

describe("expiry and revocation", () => {
  it("an expired token is UNAUTHORIZED, as a revoked one; the list shows scope and expiry", async () => {
    const { s, http, organiser } = await served();
    const { created, bearer } = await tokenOf(http, organiser, { scope: "read", expiresInDays: 1 });
    expect(created).toMatchObject({ scope: "read", createdAt: START, expiresAt: later(DAY) });
    s.clock.set(later(DAY - 1000));
    expect(codeOf(await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer))).toEqual([200, "ok"]);
    s.clock.set(later(DAY));
    expect(codeOf(await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer))).toEqual([
      401,
      "UNAUTHORIZED",
    ]);
    expect(await http.me(bearer)).toBeNull();
    const cookie = { cookie: await http.login("organiser@example.org") };
    expect((await http.query("apiToken.list", undefined, cookie)).body.result.data).toEqual([
      {
        id: created.id,
        name: "script",
        scope: "read",
        createdAt: START,
        expiresAt: later(DAY),
        lastUsedAt: later(DAY - 1000),
        revoked: false,
        expired: true,
      },
    ]);
  });

  it("after auth.changePassword the user's old tokens are UNAUTHORIZED", async () => {
    const { s, http, organiser } = await served();
    const read = await tokenOf(http, organiser, { scope: "read" });
    const write = await tokenOf(http, organiser, { scope: "write" });
    const change = { currentPassword: PASSWORD, newPassword: "a brand new password" };
    const changed = await http.mutate("auth.changePassword", change, organiser);
    expect(changed.status, changed.text).toBe(200);
    for (const { bearer } of [read, write])
      expect(codeOf(await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer))).toEqual([
        401,
        "UNAUTHORIZED",
      ]);
    const cookie = { cookie: changed.cookies[0] };
    const listed = (await http.query("apiToken.list", undefined, cookie)).body.result.data;
    expect(listed.map((t: { revoked: boolean }) => t.revoked)).toEqual([true, true]);
  });
  it("after an admin's user.resetPassword the user's tokens are UNAUTHORIZED too", async () => {
    const { s, http, organiser } = await served();
    const { bearer } = await tokenOf(http, organiser, { scope: "write" });
    const admin = { cookie: await http.login("admin@example.org") };
    const reset = { userId: s.users.organiser.id, password: "set by the admin" };
    expect((await http.mutate("user.resetPassword", reset, admin)).status).toBe(200);
    expect(codeOf(await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer))).toEqual([
      401,
      "UNAUTHORIZED",
    ]);
  });
});

describe("apiToken.create input", () => {
  it("lives 90 days unless told, 1 to 365; needs a scope; names the field it refuses", async () => {
    const { http, organiser } = await served();
    expect((await tokenOf(http, organiser, { scope: "write" })).created.expiresAt).toBe(later(90 * DAY));
    expect((await tokenOf(http, organiser, { scope: "read", expiresInDays: 365 })).created.expiresAt).toBe(
      later(365 * DAY),
    );
    for (const [input, field] of [
      [{ name: "x" }, "scope"],
      [{ name: "x", scope: "admin" }, "scope"],
      [{ name: "x", scope: "read", expiresInDays: 0 }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 1.5 }, "expiresInDays"],
    ] as const) {
      const res = await http.mutate("apiToken.create", input, organiser);
      expect([res.status, Object.keys(res.body.error.data.fieldErrors)], JSON.stringify(input)).toEqual([400, [field]]);
    }
  });
});

describe("the migration", () => {
  it("gives tokens made before it scope write and an expiry 90 days after it runs", () => {
    const real = fileURLToPath(new URL("../../db/migrations", import.meta.url));
    const before = mkdtempSync(join(tmpdir(), "migrations-before-"));
    try {
      // the migrations as they stood before this one
      cpSync(real, before, { recursive: true });
      const journalFile = join(before, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalFile, "utf8"));
      const mine = journal.entries.findIndex((e: { tag: string }) => e.tag === "0013_api_token_scope_and_expiry");
      expect(mine).toBeGreaterThan(0);
      writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, mine) }));
      const sqlite = new Database(":memory:");
      const db = drizzle(sqlite);
      migrate(db, { migrationsFolder: before });
      sqlite
        .prepare(
          "INSERT INTO users (email, name, password_hash, is_admin, created_at) VALUES ('a@example.org', 'a', 'x', 0, 0)",
        )
        .run();
      sqlite
        .prepare(
          "INSERT INTO api_tokens (user_id, name, token_hash, created_at, revoked_at) VALUES (1, 'old', 'h1', 0, NULL), (1, 'gone', 'h2', 0, 5)",
        )
        .run();
      const from = Date.now();
      migrate(db, { migrationsFolder: real });
      const until = Date.now();
      const rows = sqlite
        .prepare("SELECT id, name, scope, expires_at, revoked_at FROM api_tokens ORDER BY id")
        .all() as {
        id: number;
        name: string;
        scope: string;
        expires_at: number;
        revoked_at: number | null;
      }[];
      expect(rows.map((r) => [r.id, r.name, r.scope, r.revoked_at])).toEqual([
        [1, "old", "write", null],
        [2, "gone", "write", 5],
      ]);
      for (const r of rows) {
        // strftime('%s') has whole seconds
        expect(r.expires_at).toBeGreaterThanOrEqual(Math.floor(from / 1000) * 1000 + 90 * DAY);
        expect(r.expires_at).toBeLessThanOrEqual(until + 90 * DAY);
      }
      // ids are still never reused (AUTOINCREMENT survived the rebuild)
      sqlite.prepare("DELETE FROM api_tokens WHERE id = 2").run();
      sqlite
        .prepare(
          "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES (1, 'new', 'h3', 0, 1)",
        )
        .run();
      expect(sqlite.prepare("SELECT max(id) AS id FROM api_tokens").get()).toEqual({ id: 3 });
      sqlite.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
  });
});
