// In Chromium, as an English-reading user would (issue 8: languages): sign in to the demo,
// switch to English in the header, then visit every screen and find no German UI text on it.
// "German UI text" = the pieces of the German catalogue around its {parameters} that are
// two words or more or hold ä/ö/ü/ß, and that the English catalogue does not share. Data
// (sponsor names, notes) are not catalogue text; text marked lang="de" (the German import
// codes and the example file from German Excel) is German on purpose and skipped.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../../client/lib/i18n/de";
import { en } from "../../client/lib/i18n/en";
import { apiClient, launchChromium, startServer, type RunningServer } from "./harness";

const ADMIN = { email: "admin@example.org", password: "admin-password-for-english" };
const CAMPAIGN = 1;

/** Each German catalogue text split at its {parameters}, keeping the pieces that are surely German. */
function germanPieces(): Map<string, string> {
  const english = new Set(
    Object.values(en)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map(normalise),
  );
  const pieces = new Map<string, string>();
  for (const [key, text] of Object.entries(de)) {
    for (const raw of text.split(/\{\w+\}/)) {
      const piece = normalise(raw).replace(/^[\s(:,.–-]+|[\s):,.–-]+$/g, "");
      const words = piece.split(" ").filter((w) => /\p{L}/u.test(w));
      if ((words.length >= 2 || /[äöüß]/i.test(piece)) && !english.has(piece) && !english.has(normalise(raw)))
        pieces.set(piece, key);
    }
  }
  return pieces;
}
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const GERMAN = germanPieces();

/** What a person reads or hears on the page: visible text and the labels and titles of visible elements. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skipped = (el: Element | null) => !!el?.closest('[lang]:not(html):not([lang^="en"])');
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skipped(parent) || ["SCRIPT", "STYLE"].includes(parent.tagName)) continue;
      if (parent.tagName !== "OPTION" && !parent.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }))
        continue;
      parts.push(node.textContent ?? "");
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (skipped(el) || !el.checkVisibility()) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) parts.push(el.getAttribute(name) ?? "");
    }
    return parts.join("\n");
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Each piece as whole words: "Öffentlich" is not found inside "Öffentliche". */
const GERMAN_PATTERNS = [...GERMAN].map(([piece, key]) => ({
  label: `${key}: ${piece}`,
  pattern: new RegExp(`(?<!\\p{L})${escapeRegExp(piece)}(?!\\p{L})`, "u"),
}));

/** The German pieces on the page, with the catalogue key each comes from. */
async function germanOn(page: Page): Promise<string[]> {
  const text = normalise(await visibleText(page));
  return GERMAN_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

/** Waits until the screen has loaded (its marker shows, nothing says "Loading"), then checks it. */
async function expectEnglish(page: Page, marker: () => Promise<unknown>) {
  await expect.poll(marker, { timeout: 15_000, message: `${page.url()} did not show its marker` }).toBeTruthy();
  // Not "networkidle": the dashboard keeps a live summary stream open.
  // A switch of language loads the English texts first: the marker may show before they do.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
  await expect.poll(() => page.getByText(en["common.loading"]).count(), { timeout: 15_000 }).toBe(0);
  await page.waitForTimeout(300); // sections that load after the first ones
  expect(await germanOn(page)).toEqual([]);
}

const heading = (page: Page, name: string | RegExp) => () => page.getByRole("heading", { level: 1, name }).isVisible();

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: ReturnType<typeof apiClient>;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "on", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  browser = await launchChromium();
  admin = apiClient(server.url);
  await admin.mutate("auth.login", ADMIN);
  context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the app in English", { timeout: 60_000 }, () => {
  it("the German catalogue yields enough pieces to look for", () => {
    expect(GERMAN.size).toBeGreaterThan(300);
    expect([...GERMAN.keys()]).toContain("Wird geladen …");
  });

  it("switching the language in the header turns the page English, remembered for the account", async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel("E-Mail").fill(ADMIN.email);
    await page.getByLabel("Passwort").fill(ADMIN.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect.poll(() => page.getByTestId("eligibility-status").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    // The check itself: on the German dashboard it finds plenty.
    expect((await germanOn(page)).length).toBeGreaterThan(10);

    await page.getByLabel("Sprache").selectOption("en");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => localStorage.getItem("locale"))).toBe("en");
    await expect.poll(async () => (await admin.query("auth.me")).locale).toBe("en");
    await expectEnglish(page, () => page.getByTestId("eligibility-status").isVisible());
  });

  it("the pledge list and a pledge's page", async () => {
    await page.goto(`${server.url}/c/${CAMPAIGN}/pledges`);
    await expectEnglish(page, async () => (await page.getByTestId("pledge-table").locator("tbody tr").count()) > 10);
    const pledges = await admin.query("pledge.list", { campaignId: CAMPAIGN, limit: 500 });
    // One with history and payments: the detail page shows the most on it.
    const paid = pledges.items.find((p: { status: string }) => p.status === "paid") ?? pledges.items[0];
    await page.goto(`${server.url}/c/${CAMPAIGN}/pledges/${paid.id}`);
    await expectEnglish(page, heading(page, /./));
  });

  it("the new pledge form, with the errors of an empty submit", async () => {
    await page.goto(`${server.url}/c/${CAMPAIGN}/pledges/new`);
    await expectEnglish(page, heading(page, en["form.title"]));
    // No sponsor and an amount that could be 1.5 or 1,500 euros: two field errors and the summary.
    // Enter submits from the field (a click would first blur it, and the amount's error moving the button can swallow the click).
    const amount = page.getByLabel(en["form.amount"], { exact: true });
    await amount.fill("1,500");
    await amount.press("Enter");
    await expectEnglish(page, () => page.getByText(en["form.errorSummary"]).isVisible());
    expect(await page.getByText(en["form.sponsor.required"]).isVisible()).toBe(true);
    expect(await page.locator(".field--amount .field__error").textContent()).toMatch(/\S/);
  });

  it("import, sponsors, report, users and account", async () => {
    const screens: [string, () => Promise<unknown>][] = [
      [`/c/${CAMPAIGN}/import`, heading(page, en["import.title"])],
      [`/c/${CAMPAIGN}/sponsors`, heading(page, en["sponsors.title"])],
      // The report's heading is the campaign's name, under the report's title.
      [`/c/${CAMPAIGN}/report`, () => page.getByText(en["report.title"], { exact: true }).isVisible()],
      ["/admin/users", heading(page, en["users.title"])],
      ["/account", heading(page, en["account.title"])],
    ];
    for (const [path, marker] of screens) {
      await page.goto(`${server.url}${path}`);
      await expectEnglish(page, marker);
    }
  });

  it("the public page, after the admin switches it on", async () => {
    await page.goto(`${server.url}/c/${CAMPAIGN}`);
    await page.getByRole("switch", { name: en["publicPage.label"] }).check();
    await page.getByTestId("public-page-link").click();
    await expectEnglish(page, () => page.getByTestId("public-campaign-name").isVisible());
  });

  it("the sign-in page after signing out stays English", async () => {
    await page.goto(`${server.url}/c/${CAMPAIGN}`);
    await page.getByRole("button", { name: en["shell.logout"] }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");
    await expectEnglish(page, heading(page, en["login.title"]));
    expect(await page.getByLabel(en["shell.language"]).inputValue()).toBe("en");
  });

  it("signing in on another browser brings the account's English back", async () => {
    const other = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const fresh = await other.newPage();
    await fresh.goto(`${server.url}/login`);
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe("de");
    await fresh.getByLabel("E-Mail").fill(ADMIN.email);
    await fresh.getByLabel("Passwort").fill(ADMIN.password);
    await fresh.getByRole("button", { name: "Anmelden" }).click();
    await expectEnglish(fresh, () => fresh.getByTestId("eligibility-status").isVisible());
    await other.close();
  });

  it("the sponsor portal, opened through a sponsor's link and switched to English there", async () => {
    const found = await admin.query("sponsor.list", { campaignId: CAMPAIGN, search: "StädteRegion" });
    const link = (await admin.mutate("sponsor.createAccessLink", { sponsorId: found.items[0].id })).url;
    const sponsorContext = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const portal = await sponsorContext.newPage();
    await portal.goto(link);
    await expect.poll(() => portal.getByTestId("portal-greeting").isVisible(), { timeout: 15_000 }).toBe(true);
    await portal.getByLabel("Sprache").selectOption("en");
    await expectEnglish(portal, () => portal.getByTestId("portal-greeting").isVisible());
    await sponsorContext.close();
  });
});
