// auth.login / logout / me and user.create (CONTRACT.md "HTTP" Auth, procedures of issue 2).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../db/schema";
import { loadSessionUser, SESSION_DAYS } from "../../server/auth/sessions";
import type { CookieJar } from "../../server/auth/cookies";
import { createContextInner } from "../../server/context";
import { createCaller } from "../../server/routers/_app";
import { expectCode, expectFieldError, PASSWORD, rowCounts, servicesFor, setup, type Setup } from "./helpers";

/** A cookie jar that records what the procedure asked it to do. */
function recordingCookies() {
  const calls: { set: { token: string; expiresAt: Date }[]; cleared: number } = { set: [], cleared: 0 };
  const jar: CookieJar = {
    setSession: (token, expiresAt) => void calls.set.push({ token, expiresAt }),
    clearSession: () => {
      calls.cleared += 1;
    },
  };
  return { jar, calls };
}

async function anonymousWith(s: Setup, jar: CookieJar) {
  return createCaller(
    await createContextInner({ services: servicesFor(s.db), user: null, now: s.clock.now, cookies: jar }),
  );
}

describe("auth.login", () => {
  it("with a wrong password is UNAUTHORIZED and sets no cookie", async () => {
    const s = await setup();
    const { jar, calls } = recordingCookies();
    const anonymous = await anonymousWith(s, jar);
    await expectCode(
      anonymous.auth.login({ email: "organiser@example.org", password: "wrong password" }),
      "UNAUTHORIZED",
    );
    await expectCode(anonymous.auth.login({ email: "nobody@example.org", password: PASSWORD }), "UNAUTHORIZED");
    expect(calls.set).toEqual([]);
  });

  it("sets the session through the context's cookie jar, valid for 30 days", async () => {
    const s = await setup();
    const { jar, calls } = recordingCookies();
    const user = await (await anonymousWith(s, jar)).auth.login({
      email: " Organiser@Example.org ",
      password: PASSWORD,
    });
    expect(user).toEqual(s.users.organiser);
    expect(user.memberships).toEqual([{ campaignId: s.campaign.id, role: "organiser" }]);
    expect(calls.set).toHaveLength(1);
    const { token, expiresAt } = calls.set[0];
    // 30 days × 86,400,000 ms after the clock's now
    expect(expiresAt.getTime() - s.clock.now().getTime()).toBe(SESSION_DAYS * 86_400_000);
    expect(loadSessionUser(servicesFor(s.db).lookups, token, s.clock.now())).toEqual(s.users.organiser);
  });

  it("gives a session that auth.me answers with, until it expires", async () => {
    const s = await setup();
    const { jar, calls } = recordingCookies();
    await (await anonymousWith(s, jar)).auth.login({ email: "committee@example.org", password: PASSWORD });
    const token = calls.set[0].token;
    const sessionUser = loadSessionUser(servicesFor(s.db).lookups, token, s.clock.now());
    const me = await createCaller(
      await createContextInner({ services: servicesFor(s.db), user: sessionUser, now: s.clock.now }),
    ).auth.me();
    expect(me).toMatchObject({
      email: "committee@example.org",
      isAdmin: false,
      memberships: [{ campaignId: s.campaign.id, role: "committee" }],
    });
    s.clock.set("2016-06-19T10:00:01Z"); // 30 days and a second later
    expect(loadSessionUser(servicesFor(s.db).lookups, token, s.clock.now())).toBeNull();
  });
});

describe("auth.me and auth.logout", () => {
  it("auth.me is null without a session", async () => {
    const s = await setup();
    expect(await s.as.anonymous.auth.me()).toBeNull();
  });

  it("logout ends exactly this session and clears the cookie", async () => {
    const s = await setup();
    const { jar, calls } = recordingCookies();
    await (await anonymousWith(s, jar)).auth.login({ email: "organiser@example.org", password: PASSWORD });
    await (await anonymousWith(s, jar)).auth.login({ email: "organiser@example.org", password: PASSWORD });
    const [first, second] = calls.set.map((c) => c.token);
    const signedIn = createCaller(
      await createContextInner({
        services: servicesFor(s.db),
        user: s.users.organiser,
        now: s.clock.now,
        cookies: jar,
        sessionToken: first,
      }),
    );
    expect(await signedIn.auth.logout()).toEqual({ ok: true });
    expect(calls.cleared).toBe(1);
    expect(loadSessionUser(servicesFor(s.db).lookups, first, s.clock.now())).toBeNull();
    expect(loadSessionUser(servicesFor(s.db).lookups, second, s.clock.now())).not.toBeNull();
  });

  it("logout without a session is UNAUTHORIZED", async () => {
    const s = await setup();
    await expectCode(s.as.anonymous.auth.logout(), "UNAUTHORIZED");
  });
});

describe("user.create", () => {
  const newUser = {
    email: "new@example.org",
    name: "New Organiser",
    password: "a long enough secret",
    role: "organiser" as const,
  };

  it("is FORBIDDEN to organisers and committee members, UNAUTHORIZED without a session", async () => {
    const s = await setup();
    const input = { ...newUser, campaignId: s.campaign.id };
    await expectCode(s.as.organiser.user.create(input), "FORBIDDEN");
    await expectCode(s.as.committee.user.create(input), "FORBIDDEN");
    await expectCode(s.as.anonymous.user.create(input), "UNAUTHORIZED");
    expect(s.db.select().from(users).where(eq(users.email, newUser.email)).all()).toEqual([]);
  });

  it("stores no password in clear, and the new user can sign in with it", async () => {
    const s = await setup();
    const created = await s.as.admin.user.create({ ...newUser, campaignId: s.campaign.id });
    expect(created).toMatchObject({
      email: "new@example.org",
      isAdmin: false,
      memberships: [{ campaignId: s.campaign.id, role: "organiser" }],
    });
    const row = s.db.select().from(users).where(eq(users.id, created.id)).get()!;
    expect(row.passwordHash).not.toContain(newUser.password);
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    const { jar } = recordingCookies();
    expect(
      await (await anonymousWith(s, jar)).auth.login({ email: newUser.email, password: newUser.password }),
    ).toMatchObject({ id: created.id });
  });

  it("refuses an organiser without a campaign, an unknown campaign and a taken email", async () => {
    const s = await setup();
    const before = rowCounts(s.db);
    await expectFieldError(s.as.admin.user.create(newUser), "campaignId");
    await expectFieldError(
      s.as.admin.user.create({ ...newUser, campaignId: s.campaign.id, password: "short" }),
      "password",
    );
    await expectCode(s.as.admin.user.create({ ...newUser, campaignId: 999 }), "NOT_FOUND");
    await expectCode(
      s.as.admin.user.create({ ...newUser, email: "ORGANISER@example.org", campaignId: s.campaign.id }),
      "CONFLICT",
    );
    expect(rowCounts(s.db)).toEqual(before);
  });
});
