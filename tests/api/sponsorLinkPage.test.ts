// The page a refused sponsor link shows, over real HTTP: in the app's look, German unless the
// browser prefers English; a known link that expired or was revoked names its campaign and
// sends the reader to the organisers who sent it; an unknown token names no campaign.
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { campaigns } from "../../db/schema";
import { addSponsor, setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const START = "2016-05-20T10:00:00.000Z";
const ENGLISH = { "accept-language": "en-GB,en;q=0.9,de;q=0.8" };
const GERMAN = { "accept-language": "de-DE,de;q=0.9,en;q=0.8" };

let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function pageFixture() {
  const s = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  const http = server;
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, { name: "Printen Lambertz KG" });
  const organiser = { cookie: await http.login("organiser@example.org") };
  const createLink = async () => {
    const res = await http.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id }, organiser);
    return new URL(res.body.result.data.url).pathname;
  };
  const h1 = (html: string) => /<h1>(.*?)<\/h1>/.exec(html)?.[1];
  return { s, http, createLink, h1 };
}

describe("the page of a refused sponsor link", () => {
  it("for an unknown token: 404, a styled German page that names no campaign", async () => {
    const { s, http, h1 } = await pageFixture();
    const res = await http.request("/s/no-such-token", { headers: GERMAN });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.text).toMatch(/^<!doctype html>\s*<html lang="de">/);
    expect(h1(res.text)).toBe("Link nicht gültig");
    expect(res.text).toContain("<title>Link nicht gültig – Kampagnen-Tracker</title>");
    expect(res.text).toContain("wenden Sie sich für einen neuen Link an die Person, die ihn Ihnen geschickt hat");
    expect(res.text).toContain("<style>");
    for (const name of [s.campaign.name, s.otherCampaign.name, "Printen Lambertz KG", "Kampagne „"]) {
      expect(res.text, name).not.toContain(name);
    }
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("for an unknown token in English when the browser prefers English, still naming no campaign", async () => {
    const { s, http, h1 } = await pageFixture();
    const res = await http.request("/s/no-such-token", { headers: ENGLISH });
    expect(res.status).toBe(404);
    expect(res.text).toContain('<html lang="en">');
    expect(h1(res.text)).toBe("Link not valid");
    expect(res.text).toContain("ask whoever sent it to you for a new link");
    expect(res.text).not.toContain(s.campaign.name);
  });

  it("for a revoked link: 410, names the campaign and sends the reader to its organisers", async () => {
    const { s, http, createLink, h1 } = await pageFixture();
    const old = await createLink();
    await createLink();
    const res = await http.request(old, { headers: GERMAN });
    expect(res.status).toBe(410);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(h1(res.text)).toBe("Link nicht mehr gültig");
    expect(res.text).toContain(`Dieser Link zur Kampagne „${s.campaign.name}“ wurde durch einen neueren ersetzt`);
    expect(res.text).toContain(`an das Organisationsteam von „${s.campaign.name}“, das Ihnen den Link geschickt hat`);
    // The sponsor the link was for is not named: the page may be seen by whoever holds the link.
    expect(res.text).not.toContain("Printen Lambertz KG");
    expect(res.headers.getSetCookie()).toEqual([]);

    const english = await http.request(old, { headers: ENGLISH });
    expect(english.status).toBe(410);
    expect(h1(english.text)).toBe("Link no longer valid");
    expect(english.text).toContain("<title>Link no longer valid – Campaign Tracker</title>");
    expect(english.text).toContain(`Please ask the organisers of “${s.campaign.name}”, who sent you the link`);
  });

  it("for an expired link: 410, says it expired and names the campaign", async () => {
    const { s, http, createLink, h1 } = await pageFixture();
    const link = await createLink();
    s.clock.set(new Date(Date.parse(START) + 15 * 86_400_000).toISOString());
    const res = await http.request(link);
    expect(res.status).toBe(410);
    expect(h1(res.text)).toBe("Link nicht mehr gültig");
    expect(res.text).toContain(`Dieser Link zur Kampagne „${s.campaign.name}“ ist abgelaufen`);
  });

  it("escapes the campaign's name", async () => {
    const { s, http, createLink } = await pageFixture();
    s.db.update(campaigns).set({ name: "A <script>x</script> & Co" }).where(eq(campaigns.id, s.campaign.id)).run();
    const old = await createLink();
    await createLink();
    const res = await http.request(old);
    expect(res.text).toContain("A &lt;script&gt;x&lt;/script&gt; &amp; Co");
    expect(res.text).not.toContain("<script>");
  });
});
