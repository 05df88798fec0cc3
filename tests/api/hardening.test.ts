// Hardening of access: throttled sign-in, the audit log, no secret in clear in the database
// file, security headers, ending sessions when a user is disabled, reset or loses its role,
// and personal API tokens.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/open";
import { apiTokens, auditLog, sessions } from "../../db/schema";
import { createUser } from "../../server/auth/users";
import { createLimits, type Limits } from "../../server/auth/throttle";
import { createContextInner } from "../../server/context";
import { createCaller } from "../../server/routers/_app";
import {
  addPledge,
  addSponsor,
  expectCode,
  makeClock,
  PASSWORD,
  servicesFor,
  setup,
  type Setup,
  useCheapPasswords,
} from "./helpers";
import { serve, type Server } from "./httpHelpers";

const START = "2016-05-20T10:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(START) + ms).toISOString();
const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Setup with cheap passwords and the app on a free port. */
async function served(): Promise<{ s: Setup; http: Server }> {
  const s = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  return { s, http: server };
}

describe("sign-in throttling", () => {
  /** auth.login from an address, through throttles shared like the server's. */
  async function signIn(s: Setup, limits: Limits, ip: string, email: string, password = PASSWORD) {
    const caller = createCaller(
      await createContextInner({ services: servicesFor(s.db), now: s.clock.now, limits, ip }),
    );
    return caller.auth.login({ email, password });
  }

  it("after 5 wrong passwords for an account from an address refuses the 6th attempt from there, even with the right password, as TOO_MANY_REQUESTS with a clear message", async () => {
    const s = await setup({ now: START });
    useCheapPasswords(s.db);
    const limits = createLimits();
    for (let i = 0; i < 5; i++)
      await expectCode(
        signIn(s, limits, "203.0.113.7", "organiser@example.org", `wrong password ${i}`),
        "UNAUTHORIZED",
      );
    const error = await expectCode(signIn(s, limits, "203.0.113.7", "organiser@example.org"), "TOO_MANY_REQUESTS");
    expect(error.message).toBe("too many sign-in attempts; try again in 15 minutes");
    // the email's spelling does not matter; from another address the owner still signs in
    await expectCode(signIn(s, limits, "203.0.113.7", " Organiser@Example.org "), "TOO_MANY_REQUESTS");
    expect((await signIn(s, limits, "198.51.100.1", " Organiser@Example.org ")).email).toBe("organiser@example.org");
  });

  it("answers the throttled attempt over HTTP with 429 and no cookie", async () => {
    const { http } = await served();
    for (let i = 0; i < 5; i++)
      expect(
        (await http.mutate("auth.login", { email: "committee@example.org", password: "wrong password" })).status,
      ).toBe(401);
    const res = await http.mutate("auth.login", { email: "committee@example.org", password: PASSWORD });
    expect(res.status).toBe(429);
    expect(res.body.error.data.code).toBe("TOO_MANY_REQUESTS");
    expect(res.body.error.message).toMatch(/too many sign-in attempts; try again in \d+ minutes/);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("lets another account sign in from the same address until the per-address limit of 30 attempts", async () => {
    const s = await setup({ now: START });
    useCheapPasswords(s.db);
    const limits = createLimits();
    const office = "203.0.113.7";
    for (let i = 0; i < 5; i++)
      await expectCode(signIn(s, limits, office, "organiser@example.org", "wrong password"), "UNAUTHORIZED");
    await expectCode(signIn(s, limits, office, "organiser@example.org"), "TOO_MANY_REQUESTS");
    // attempts 6 to 30 from the office, by other accounts, succeed
    for (let attempt = 6; attempt <= 30; attempt++) {
      const email = attempt % 2 ? "committee@example.org" : "admin@example.org";
      expect((await signIn(s, limits, office, email)).email, `attempt ${attempt}`).toBe(email);
    }
    const error = await expectCode(signIn(s, limits, office, "admin@example.org"), "TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/^too many sign-in attempts; try again in \d+ minutes?$/);
    // another address is not held up by the office's count
    expect((await signIn(s, limits, "198.51.100.1", "admin@example.org")).email).toBe("admin@example.org");
  });

  it("lets the account and the address sign in again after 15 minutes", async () => {
    const s = await setup({ now: START });
    useCheapPasswords(s.db);
    const limits = createLimits();
    for (let i = 0; i < 5; i++)
      await expectCode(signIn(s, limits, "203.0.113.7", "organiser@example.org", "wrong password"), "UNAUTHORIZED");
    s.clock.set(later(14 * 60_000));
    await expectCode(signIn(s, limits, "203.0.113.7", "organiser@example.org"), "TOO_MANY_REQUESTS");
    s.clock.set(later(15 * 60_000 + 1000));
    expect((await signIn(s, limits, "203.0.113.7", "organiser@example.org")).email).toBe("organiser@example.org");
  });
});

describe("the audit log", () => {
  it("records sign-in, failed sign-in, link creation, role change and sign-out with who, from where and when", async () => {
    const { s, http } = await served();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const at = (minutes: number) => s.clock.set(later(minutes * 60_000));

    at(1);
    expect(
      (await http.mutate("auth.login", { email: "organiser@example.org", password: "not my password" })).status,
    ).toBe(401);
    at(2);
    const organiser = { cookie: await http.login("organiser@example.org") };
    at(3);
    expect((await http.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id }, organiser)).status).toBe(200);
    at(4);
    const admin = { cookie: await http.login("admin@example.org") };
    at(5);
    expect(
      (
        await http.mutate(
          "user.setMembership",
          { userId: s.users.committee.id, campaignId: s.campaign.id, role: "organiser" },
          admin,
        )
      ).status,
    ).toBe(200);
    at(6);
    expect((await http.mutate("auth.logout", undefined, organiser)).status).toBe(200);

    const rows = s.db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
    const ms = (minutes: number) => Date.parse(START) + minutes * 60_000;
    const { organiser: o, admin: a, committee: c } = s.users;
    const base = {
      userId: null,
      sponsorId: null,
      campaignId: null,
      subjectUserId: null,
      ip: "127.0.0.1",
      detail: null,
    };
    expect(rows.map(({ id: _id, ...row }) => row)).toEqual([
      {
        ...base,
        createdAt: ms(1),
        action: "login_failed",
        subjectUserId: o.id,
        detail: JSON.stringify({ reason: "wrong password" }),
      },
      { ...base, createdAt: ms(2), action: "login", userId: o.id },
      {
        ...base,
        createdAt: ms(3),
        action: "sponsor_link_created",
        userId: o.id,
        sponsorId: sponsor.id,
        campaignId: s.campaign.id,
      },
      { ...base, createdAt: ms(4), action: "login", userId: a.id },
      {
        ...base,
        createdAt: ms(5),
        action: "role_changed",
        userId: a.id,
        subjectUserId: c.id,
        campaignId: s.campaign.id,
        detail: JSON.stringify({ before: "committee", after: "organiser" }),
      },
      { ...base, createdAt: ms(6), action: "logout", userId: o.id },
    ]);
    expect(JSON.stringify(rows)).not.toContain("not my password");
  });
});

describe("the database file", () => {
  it("never holds a password, a session cookie or an API token in clear", async () => {
    const dir = mkdtempSync(join(tmpdir(), "campaigns-hardening-"));
    const file = join(dir, "campaigns.db");
    const db = openDatabase(file);
    try {
      const clock = makeClock(START);
      const secrets = {
        admin: "Admin-Geheimnis-7431",
        organiser: "Organiser-Geheimnis-2288",
        wrong: "Falsches-Geheimnis-5150",
        changed: "Neues-Geheimnis-9902",
        reset: "Zurueckgesetzt-6617",
      };
      await createUser(db, servicesFor(db).lookups, {
        email: "admin@example.org",
        name: "Admin",
        role: "admin",
        password: secrets.admin,
        now: clock.now(),
      });
      server = await serve(db, clock.now);
      const http = server;
      const admin = { cookie: await http.login("admin@example.org", secrets.admin) };
      const campaign = await http.mutate(
        "campaign.create",
        { name: "Aachen", targetCents: 100_000, matchCapCents: 100_000, deadline: "2016-06-01" },
        admin,
      );
      const campaignId = campaign.body.result.data.id;
      const created = await http.mutate(
        "user.create",
        { email: "orga@example.org", name: "Orga", password: secrets.organiser, role: "organiser", campaignId },
        admin,
      );
      expect(created.status, created.text).toBe(200);
      expect((await http.mutate("auth.login", { email: "orga@example.org", password: secrets.wrong })).status).toBe(
        401,
      );
      const organiser = { cookie: await http.login("orga@example.org", secrets.organiser) };
      expect(
        (
          await http.mutate(
            "auth.changePassword",
            { currentPassword: secrets.organiser, newPassword: secrets.changed },
            organiser,
          )
        ).status,
      ).toBe(200);
      const token = (await http.mutate("apiToken.create", { name: "import", scope: "write" }, admin)).body.result.data
        .token as string;
      expect(
        (
          await http.mutate(
            "user.resetPassword",
            { userId: created.body.result.data.id, password: secrets.reset },
            admin,
          )
        ).status,
      ).toBe(200);

      const bytes = Buffer.concat([
        readFileSync(file),
        existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0),
      ]);
      // the files do hold what was written: the check below reads the right bytes
      expect(bytes.includes("orga@example.org")).toBe(true);
      for (const [name, secret] of Object.entries({
        ...secrets,
        adminCookie: admin.cookie.split("=")[1],
        organiserCookie: organiser.cookie.split("=")[1],
        token,
      })) {
        expect(bytes.includes(secret), name).toBe(false);
      }
    } finally {
      await server?.close();
      server = undefined;
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("security headers", () => {
  it.each(["/healthz", "/trpc/auth.me", "/s/not-a-token"])("are on %s", async (path) => {
    const { http } = await served();
    const res = await http.request(path);
    expect(res.headers.get("content-security-policy")).toMatch(/(^|;)\s*default-src 'self'(;|$)/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toMatch(/^(DENY|SAMEORIGIN)$/);
    expect(res.headers.get("referrer-policy")).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
  });
});

describe("ending a user's access", () => {
  it("user.setDisabled ends the user's sessions at once, and its API token stops working", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const token = (await http.mutate("apiToken.create", { name: "script", scope: "write" }, organiser)).body.result.data
      .token;
    const bearer = { authorization: `Bearer ${token}` };
    expect(await http.me(bearer)).toMatchObject({ id: s.users.organiser.id });
    const admin = { cookie: await http.login("admin@example.org") };
    expect(
      (await http.mutate("user.setDisabled", { userId: s.users.organiser.id, disabled: true }, admin)).status,
    ).toBe(200);
    expect(await http.me(organiser)).toBeNull();
    expect(await http.me(bearer)).toBeNull();
    expect((await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer)).status).toBe(401);
    expect(s.db.select().from(sessions).where(eq(sessions.userId, s.users.organiser.id)).all()).toEqual([]);
    expect((await http.mutate("auth.login", { email: "organiser@example.org", password: PASSWORD })).status).toBe(401);
    // enabled again, the user signs in anew, but the old token stays revoked for good
    await http.mutate("user.setDisabled", { userId: s.users.organiser.id, disabled: false }, admin);
    expect(await http.me(bearer)).toBeNull();
  });

  it("user.resetPassword ends the user's sessions; the new password works, the old one not", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const admin = { cookie: await http.login("admin@example.org") };
    expect(
      (
        await http.mutate(
          "user.resetPassword",
          { userId: s.users.organiser.id, password: "a brand new password" },
          admin,
        )
      ).status,
    ).toBe(200);
    expect(await http.me(organiser)).toBeNull();
    expect(await http.me(admin)).toMatchObject({ id: s.users.admin.id });
    expect((await http.mutate("auth.login", { email: "organiser@example.org", password: PASSWORD })).status).toBe(401);
    await http.login("organiser@example.org", "a brand new password");
  });

  it("user.setMembership to none removes access to the campaign at once: NOT_FOUND afterwards", async () => {
    const { s, http } = await served();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const pledge = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000);
    const organiser = { cookie: await http.login("organiser@example.org") };
    expect((await http.query("campaign.summary", { campaignId: s.campaign.id }, organiser)).status).toBe(200);
    const admin = { cookie: await http.login("admin@example.org") };
    const changed = await http.mutate(
      "user.setMembership",
      { userId: s.users.organiser.id, campaignId: s.campaign.id, role: "none" },
      admin,
    );
    expect(changed.body.result.data.memberships).toEqual([]);
    for (const [path, input] of [
      ["campaign.summary", { campaignId: s.campaign.id }],
      ["pledge.list", { campaignId: s.campaign.id }],
      ["pledge.history", { pledgeId: pledge.id }],
    ] as const) {
      const res = await http.query(path, input, organiser);
      expect([res.status, res.body.error?.data?.code], path).toEqual([404, "NOT_FOUND"]);
    }
    const write = await http.mutate(
      "sponsor.create",
      { campaignId: s.campaign.id, name: "Neu GmbH", kind: "company", country: "DE" },
      organiser,
    );
    expect(write.status).toBe(404);
    expect((await http.query("campaign.list", undefined, organiser)).body.result.data).toEqual([]);
  });

  it("user.setMembership to committee makes the next write FORBIDDEN", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const admin = { cookie: await http.login("admin@example.org") };
    await http.mutate(
      "user.setMembership",
      { userId: s.users.organiser.id, campaignId: s.campaign.id, role: "committee" },
      admin,
    );
    const write = await http.mutate(
      "sponsor.create",
      { campaignId: s.campaign.id, name: "Neu GmbH", kind: "company", country: "DE" },
      organiser,
    );
    expect([write.status, write.body.error.data.code]).toEqual([403, "FORBIDDEN"]);
  });
});

describe("personal API tokens", () => {
  it("act as their user over HTTP with Authorization: Bearer, with no cookie and no Origin", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const created = await http.mutate("apiToken.create", { name: "bank import", scope: "write" }, organiser);
    const { token } = created.body.result.data;
    expect(token).toMatch(/^cft_[A-Za-z0-9_-]{43}$/);
    const bearer = { authorization: `Bearer ${token}` };
    expect(await http.me(bearer)).toMatchObject({ kind: "user", id: s.users.organiser.id });
    const sponsor = await http.mutate(
      "sponsor.create",
      { campaignId: s.campaign.id, name: "Per Skript GmbH", kind: "company", country: "DE" },
      bearer,
    );
    expect(sponsor.status, sponsor.text).toBe(200);
    // it acts with the user's roles, not more: campaign B is NOT_FOUND, admin procedures FORBIDDEN
    expect((await http.query("campaign.summary", { campaignId: s.otherCampaign.id }, bearer)).status).toBe(404);
    expect((await http.query("user.list", undefined, bearer)).status).toBe(403);
    const listed = await http.query("apiToken.list", undefined, bearer);
    expect(listed.body.result.data).toEqual([
      {
        id: created.body.result.data.id,
        name: "bank import",
        scope: "write",
        createdAt: START,
        expiresAt: later(90 * 86_400_000),
        lastUsedAt: START,
        revoked: false,
        expired: false,
      },
    ]);
  });

  it("are stored hashed", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const { token } = (await http.mutate("apiToken.create", { name: "bank import", scope: "write" }, organiser)).body
      .result.data;
    const rows = s.db.select().from(apiTokens).all();
    expect(rows.map((r) => r.tokenHash)).toEqual([sha256(token)]);
    expect(JSON.stringify(rows) + JSON.stringify(s.db.select().from(auditLog).all())).not.toContain(token);
  });

  it("when revoked, or altered, are UNAUTHORIZED", async () => {
    const { s, http } = await served();
    const organiser = { cookie: await http.login("organiser@example.org") };
    const created = (await http.mutate("apiToken.create", { name: "bank import", scope: "write" }, organiser)).body
      .result.data;
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer)).status).toBe(200);
    const altered = { authorization: `Bearer ${created.token.slice(0, -2)}xx` };
    expect((await http.query("campaign.summary", { campaignId: s.campaign.id }, altered)).status).toBe(401);
    expect((await http.mutate("apiToken.revoke", { tokenId: created.id }, organiser)).status).toBe(200);
    const res = await http.query("campaign.summary", { campaignId: s.campaign.id }, bearer);
    expect([res.status, res.body.error.data.code]).toEqual([401, "UNAUTHORIZED"]);
    expect(await http.me(bearer)).toBeNull();
    // the organiser's cookie session is untouched
    expect(await http.me(organiser)).toMatchObject({ id: s.users.organiser.id });
  });
});

describe("user.setAdmin", () => {
  it("makes a user admin and back, records the change, and never removes the last admin", async () => {
    const s = await setup();
    const promoted = await s.as.admin.user.setAdmin({ userId: s.users.organiser.id, isAdmin: true });
    expect(promoted.isAdmin).toBe(true);
    expect((await s.as.admin.user.setAdmin({ userId: s.users.organiser.id, isAdmin: false })).isAdmin).toBe(false);
    await expectCode(s.as.admin.user.setAdmin({ userId: s.users.admin.id, isAdmin: false }), "CONFLICT");
    const rows = s.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === "role_changed" && r.subjectUserId === s.users.organiser.id);
    expect(rows.map((r) => JSON.parse(r.detail!).after)).toEqual(["admin", "not admin"]);
  });
});
