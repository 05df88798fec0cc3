// Who may download the exports (CONTRACT.md "Who sees what", "Errors"), over real HTTP:
// organisers, committee and admins of the campaign, by session cookie or API token.
// Checks in order: no session 401, a sponsor 403, bad input 400, a campaign one has no
// part in (or that does not exist) 404. Errors are small JSON, never a stack.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../server/auth/apiTokens";
import { addPledge, addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const FILES = [
  "pledges.csv",
  "pledges.xlsx",
  "sponsors.csv",
  "sponsors.xlsx",
  "financing-plan.csv",
  "financing-plan.xlsx",
];

let s: Setup;
let http: Server;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  s = await setup();
  useCheapPasswords(s.db);
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Printen Lambertz KG",
    contactEmail: "kontakt@printen.example",
  });
  await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_500_000);
  http = await serve(s.db, s.clock.now);
  as.anonymous = {};
  for (const [role, email] of Object.entries({
    organiser: "organiser@example.org",
    committee: "committee@example.org",
    admin: "admin@example.org",
    otherOrganiser: "bonn@example.org",
  })) {
    as[role] = { cookie: await http.login(email) };
  }
  as.apiToken = {
    authorization: `Bearer ${createApiToken(s.db, s.users.organiser.id, { name: "script", scope: "read" }, s.clock.now()).token}`,
  };
  as.revokedOrWrongToken = { authorization: "Bearer cft_not-a-token" };
  const link = await http.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id }, as.organiser);
  const opened = await http.request(new URL(link.body.result.data.url).pathname);
  as.sponsor = { cookie: opened.cookies[0] };
});
afterAll(() => http?.close());

const get = (who: string, path: string) => http.request(path, { headers: as[who] });

describe.each(FILES)("GET /api/campaigns/:id/%s", (file) => {
  const path = (id: number | string = s.campaign.id, query = "") => `/api/campaigns/${id}/${file}${query}`;

  it.each([
    ["anonymous", 401, "UNAUTHORIZED"],
    ["revokedOrWrongToken", 401, "UNAUTHORIZED"],
    ["sponsor", 403, "FORBIDDEN"],
    ["otherOrganiser", 404, "NOT_FOUND"],
  ])("refuses %s with %i", async (who, status, code) => {
    const res = await get(who, path());
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toBeNull();
  });

  it.each(["organiser", "committee", "admin", "apiToken"])("serves %s", async (who) => {
    const res = await get(who, path());
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="aachen-digitalisiert-(zusagen|sponsoren|finanzierungsplan)-2016-05-20\.(csv|xlsx)"; filename\*=UTF-8''/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a campaign that does not exist as one the caller has no part in: 404", async () => {
    expect((await get("organiser", path(9999))).status).toBe(404);
    expect((await get("admin", path(9999))).body.error.code).toBe("NOT_FOUND");
  });

  it.each(["abc", "0", "-1", "1.5", "1e3", "99999999999999999999"])("refuses the id %j with 400", async (id) => {
    const res = await get("organiser", path(id));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("BAD_REQUEST");
    expect(res.text).not.toMatch(/stack|at .*\.ts/);
  });

  it("refuses an unknown locale with 400, and checks the session before the input", async () => {
    expect((await get("organiser", path(undefined, "?locale=fr"))).status).toBe(400);
    expect((await get("organiser", path(undefined, "?locale=de&locale=en"))).status).toBe(400);
    expect((await get("anonymous", path("abc"))).status).toBe(401);
    expect((await get("sponsor", path("abc"))).status).toBe(403);
  });
});

describe("contact data in sponsors exports", () => {
  it.each([
    ["organiser", true],
    ["admin", true],
    ["apiToken", true],
    ["committee", false],
  ])("%s gets the contact columns: %s", async (who, included) => {
    for (const query of ["", "?locale=de"]) {
      const res = await get(who, `/api/campaigns/${s.campaign.id}/sponsors.csv${query}`);
      expect(res.text.includes("kontakt@printen.example"), query).toBe(included);
      expect(/contact_email|E-Mail der Ansprechperson/.test(res.text.split("\r\n")[0]), query).toBe(included);
    }
  });
});

describe("an unexpected failure", () => {
  it("is a 500 with a plain message: no stack, no database text, no download name", async () => {
    const broken = await setup();
    useCheapPasswords(broken.db);
    const server = await serve(broken.db, broken.clock.now);
    try {
      const cookie = await server.login("organiser@example.org");
      broken.db.$client.close();
      const res = await server.request(`/api/campaigns/${broken.campaign.id}/pledges.xlsx`, { headers: { cookie } });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
      expect(res.headers.get("content-disposition")).toBeNull();
    } finally {
      await server.close();
    }
  });
});
