// In Chromium, as a sponsor would: the organiser hands the StädteRegion Aachen a link; the
// link opens its portal (name, what its €15,000 unlock, the pledges it raised), it changes
// its public listing and its payment reminders, staff pages send it back to the portal, and a replaced link is refused.
// Page titles ride on the same demo server.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, launchChromium, pdfText, signIn, startServer, type RunningServer } from "./harness";

const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };
const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
let organiser: ReturnType<typeof apiClient>;
let sponsor: { id: number; name: string };
let firstLink: string;
let context: BrowserContext;
let page: Page;

/** "255.000,00 €" → 25500000 cents. */
const centsOf = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, "").replace(",", ".")) * 100);

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "on" });
  browser = await launchChromium();
  organiser = apiClient(server.url);
  await organiser.mutate("auth.login", ORGANISER);
  const found = await organiser.query("sponsor.list", { campaignId: 1, search: "StädteRegion" });
  sponsor = found.items.find((s: { name: string }) => s.name === "StädteRegion Aachen");
  firstLink = (await organiser.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id })).url;
  context = await browser.newContext({ viewport: PHONE, locale: "de-DE", timezoneId: "Europe/Berlin" });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the sponsor portal", () => {
  it("a sponsor's link opens its portal with its name, what its money unlocks and the pledges it raised", async () => {
    await page.goto(firstLink);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/portal");
    await expect.poll(() => page.getByTestId("portal-greeting").textContent()).toContain("StädteRegion Aachen");
    await expect.poll(() => page.getByTestId("sponsor-campaign-name").textContent()).toBe("Aachen digitalisiert");
    const leverage = await page.getByTestId("portal-leverage").textContent();
    expect(leverage).toMatch(/Ihre 15\.000,00\s€ verbindlichen Eigenmittel tragen \d+,\d\d\s%/);
    expect(leverage).toContain("Landesförderung");

    // Of the sponsors it raised, only the consenting ones are named; hidden ones only in a total.
    const raised = page.getByTestId("portal-raised");
    expect(await raised.getByRole("heading").textContent()).toBe("Über Sie eingeworben");
    const pledges = await organiser.query("pledge.list", { campaignId: 1, limit: 500 });
    const sponsors = await organiser.query("sponsor.list", { campaignId: 1, limit: 500 });
    const listingOf = new Map(sponsors.items.map((s: { id: number; listing: string }) => [s.id, s.listing]));
    const raisedFrom = pledges.items
      .filter((p: { raisedBySponsorId: number | null }) => p.raisedBySponsorId === sponsor.id)
      .map((p: { sponsorId: number; sponsorName: string }) => ({
        name: p.sponsorName,
        listing: listingOf.get(p.sponsorId),
      }));
    const named = raisedFrom.filter((r: { listing: string }) => r.listing !== "hidden");
    const hidden = raisedFrom.filter((r: { listing: string }) => r.listing === "hidden");
    expect(named.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(1);
    const text = (await raised.textContent()) ?? "";
    expect(text).toContain(`Sie haben ${raisedFrom.length} Zusagen anderer Sponsoren eingeworben.`);
    expect(await raised.getByText(named[0].name, { exact: true }).isVisible()).toBe(true);
    for (const h of hidden) expect(text).not.toContain(h.name);
    const hiddenTotal = /möchten: zusammen ([\d.]+,\d\d)\s€/.exec(text);
    expect(hiddenTotal).not.toBeNull();
    expect(centsOf(hiddenTotal![1])).toBeGreaterThan(0);

    expect(await page.title()).toBe("Ihr Sponsorenbereich – Aachen digitalisiert – Kampagnen-Tracker");

    // How to pay: the campaign's account, grouped for reading, and whom to ask.
    const payment = (await page.getByTestId("portal-payment").textContent()) ?? "";
    expect(payment).toContain("Digitale Region Aachen e.V.");
    expect(payment).toContain("DE89 3704 0044 0532 0130 00");
    expect(payment).toContain("organisation@aachen-digitalisiert.example");

    // Built for a phone: nothing sticks out sideways at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it("a pledge card links its confirmation, a PDF addressed to the sponsor with the pledge's reference", async () => {
    const link = page.getByRole("link", { name: "Bestätigung der Zusage (PDF)" }).first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/pledges\/\d+\/confirmation\.pdf\?locale=de$/);
    const res = await page.request.get(server.url + href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const text = pdfText(await res.body());
    expect(text).toContain("StädteRegion Aachen");
    expect(text).toMatch(/Bestätigung Ihrer Zusage [A-Z]{2,6}-\d{4}/);
  });

  it("the sponsor sets its public listing and the choice is saved", async () => {
    const save = page.getByRole("button", { name: "Einstellung speichern" });
    await page.getByLabel("Nur Name").check();
    await save.click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Ihre Einstellung ist gespeichert: Nur Name.");
    await expect
      .poll(
        async () => (await organiser.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items[0].listing,
      )
      .toBe("name");

    await page.getByLabel("Name und Betrag").check();
    await save.click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Ihre Einstellung ist gespeichert: Name und Betrag.");
    await page.reload();
    await expect.poll(() => page.getByLabel("Name und Betrag").isChecked()).toBe(true);
    expect((await organiser.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items[0].listing).toBe(
      "name_and_amount",
    );
  });

  it("the sponsor switches payment reminders by e-mail off and on, and the switch keeps the saved state", async () => {
    const reminders = page.getByRole("switch", { name: "Zahlungserinnerungen per E-Mail" });
    await expect.poll(() => reminders.isChecked()).toBe(true);
    await reminders.click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Zahlungserinnerungen sind ausgeschaltet.");
    await page.reload();
    await expect.poll(() => reminders.isChecked()).toBe(false);
    expect(await page.getByTestId("reminders-state").textContent()).toBe(
      "Sie erhalten keine Zahlungserinnerungen per E-Mail.",
    );

    await reminders.click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Zahlungserinnerungen sind eingeschaltet.");
    await page.reload();
    await expect.poll(() => reminders.isChecked()).toBe(true);
  });

  it("a staff page sends the sponsor back to its portal", async () => {
    await page.goto(`${server.url}/c/1/pledges`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/portal");
    await expect.poll(() => page.getByTestId("portal-greeting").isVisible()).toBe(true);
    expect(await page.getByRole("navigation").count()).toBe(0);
  });

  it("a link replaced by a newer one shows that it is no longer valid", async () => {
    await organiser.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id });
    const fresh = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const other = await fresh.newPage();
    await other.goto(firstLink);
    expect(await other.getByRole("heading", { level: 1 }).textContent()).toBe("Link nicht mehr gültig");
    expect(await other.title()).toBe("Link nicht mehr gültig – Kampagnen-Tracker");
    expect(await other.getByRole("main").textContent()).toContain("Organisationsteam von „Aachen digitalisiert“");
    expect(new URL(other.url()).pathname).not.toBe("/portal");
    await fresh.close();
  });
});

// Riding on this file's demo server: each screen names itself in the browser tab.
describe("page titles", () => {
  it("each staff screen, the login and the public page set a title of their own, in the chosen language", async () => {
    const staff = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const tab = await staff.newPage();
    const titleOf = async (path: string, title: string) => {
      await tab.goto(`${server.url}${path}`);
      await expect.poll(() => tab.title()).toBe(title);
    };
    await titleOf("/login", "Anmelden – Kampagnen-Tracker");
    await signIn(tab, server, ORGANISER);
    await expect.poll(() => tab.title()).toBe("Dashboard – Aachen digitalisiert – Kampagnen-Tracker");
    await titleOf("/c/1/pledges", "Zusagen – Aachen digitalisiert – Kampagnen-Tracker");
    await titleOf("/c/1/sponsors", "Sponsoren – Aachen digitalisiert – Kampagnen-Tracker");
    await titleOf("/c/1/pledges/new", "Zusage erfassen – Aachen digitalisiert – Kampagnen-Tracker");
    await titleOf("/account", "Ihr Konto – Kampagnen-Tracker");
    await titleOf("/nirgendwo", "Seite nicht gefunden – Kampagnen-Tracker");
    await titleOf("/p/1", "Stand der Kampagne – Aachen digitalisiert – Kampagnen-Tracker");
    await titleOf("/p/999", "Diese Seite ist nicht öffentlich – Kampagnen-Tracker");

    await tab.goto(`${server.url}/c/1/pledges`);
    await tab.getByLabel("Sprache").selectOption("en");
    await expect.poll(() => tab.title()).toBe("Pledges – Aachen digitalisiert – Campaign Tracker");
    await tab.getByLabel("Language").selectOption("de");
    await expect.poll(() => tab.title()).toBe("Zusagen – Aachen digitalisiert – Kampagnen-Tracker");
    await staff.close();
  });
});
