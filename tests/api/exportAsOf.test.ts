// Exports of a past day, over real HTTP: `asOf` and `knownAt` give the pledges list and the
// financing plan as they stood then, as recorded by then, the same as the dashboard shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPledge, addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let http: Server;
let cookie: string;

beforeAll(async () => {
  s = await setup({ now: "2016-05-10T09:00:00Z" });
  useCheapPasswords(s.db);
  const o = s.as.organiser;
  const acme = await addSponsor(o, s.campaign.id, { name: "Acme GmbH" });
  const city = await addSponsor(o, s.campaign.id, { name: "Stadt Aachen", kind: "public_body" });
  const intent = await addPledge(o, s.campaign.id, acme.id, 4_000_000, { status: "intent", pledgedAt: "2016-05-02" });
  s.clock.set("2016-05-20T09:00:00Z");
  // The letter of 12 May is entered on the 20th; the city pledges on the 15th.
  await o.pledge.setStatus({
    pledgeId: intent.id,
    expectedVersion: intent.version,
    status: "confirmed",
    at: "2016-05-12",
  });
  await addPledge(o, s.campaign.id, city.id, 10_000_000, { pledgedAt: "2016-05-15" });
  http = await serve(s.db, s.clock.now);
  cookie = await http.login("committee@example.org");
});
afterAll(() => http?.close());

const csv = async (file: string, query: string) => {
  const res = await http.request(`/api/campaigns/${s.campaign.id}/${file}${query}`, { headers: { cookie } });
  expect(res.status, res.text).toBe(200);
  return res.text.split("\r\n").filter((line) => line.includes("GmbH") || line.includes("Stadt"));
};

describe("exports of a past day", () => {
  it("lists the pledges as they stood at the end of asOf", async () => {
    const early = await csv("pledges.csv", "?asOf=2016-05-13");
    expect(early).toHaveLength(1);
    expect(early[0]).toMatch(/Acme GmbH.*confirmed/);
    expect(await csv("pledges.csv", "?asOf=2016-05-20")).toHaveLength(2);
  });

  it("as known at a time leaves out what was entered later", async () => {
    const shown = await csv("pledges.csv", `?asOf=2016-05-13&knownAt=${encodeURIComponent("2016-05-13T18:00:00Z")}`);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/Acme GmbH.*intent/);
  });

  it("puts in the financing plan only the pledges binding that day", async () => {
    expect(await csv("financing-plan.csv", "?asOf=2016-05-11")).toEqual([]);
    const plan = await csv("financing-plan.csv", "?asOf=2016-05-13");
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatch(/Acme GmbH/);
    expect(await csv("financing-plan.csv", "")).toHaveLength(2);
  });

  it("refuses a malformed day or time with 400", async () => {
    for (const query of ["?asOf=2016-02-30", "?knownAt=13.05.2016"]) {
      const res = await http.request(`/api/campaigns/${s.campaign.id}/pledges.csv${query}`, { headers: { cookie } });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("BAD_REQUEST");
    }
  });
});
