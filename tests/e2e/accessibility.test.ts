// axe-core (WCAG 2.0/2.1 A and AA, plus best practice) on every screen of the demo, as each
// role sees it: no serious or critical violation anywhere. Then the keyboard: the new-pledge
// form is filled in and sent without a mouse, with a visible focus on every stop, and its
// errors are announced; a dialog keeps the focus inside and hands it back when it closes; a
// date field's calendar is used with the keys alone, and axe finds nothing in it either.
// One server and one browser for the file; each role signs in once, in its own context.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, signIn, startDemoForTour, TEST_ADMIN, type RunningServer } from "./harness";

const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };
const COMMITTEE = { email: "lenkungskreis@aachen-digitalisiert.example", password: "demo-lenkungskreis" };
const DESKTOP = { width: 1280, height: 900 };
/** For tests that visit several pages: the machine may be shared with other test runs. */
const SEVERAL_PAGES = 60_000;

let server: RunningServer;
let browser: Browser;
let organiser: Page;
let committee: Page;
let admin: Page;
let pledgeId: number;
let sponsorLink: string;

async function signedInPage(who: { email: string; password: string }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: DESKTOP,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await signIn(page, server, who);
  await page.waitForURL(/\/c\/\d+$/);
  return page;
}

/** Opens `path`, waits until `ready` is shown, and returns axe's serious and critical findings. */
async function auditPage(page: Page, path: string | null, ready: (page: Page) => Locator): Promise<string> {
  if (path) await page.goto(`${server.url}${path}`);
  await ready(page).first().waitFor();
  await page
    .locator(".state--loading")
    .first()
    .waitFor({ state: "detached", timeout: 5_000 })
    .catch(() => {});
  return describeViolations(path ?? page.url(), await axeViolations(page));
}

beforeAll(async () => {
  const tour = await startDemoForTour();
  server = tour.server;
  sponsorLink = tour.sponsorLink;
  browser = await launchChromium();
  const api = tour.api;
  const pledges = await api.query("pledge.list", { campaignId: 1, limit: 5 });
  pledgeId = pledges.items[0].id;
  [organiser, committee, admin] = await Promise.all([
    signedInPage(ORGANISER),
    signedInPage(COMMITTEE),
    signedInPage(TEST_ADMIN),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("axe finds no serious or critical violation", () => {
  it("on the sign-in page", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "de-DE" });
    const page = await context.newPage();
    expect(await auditPage(page, "/login", (p) => p.getByRole("button", { name: "Anmelden" }))).toBe("");
    await context.close();
  });

  it(
    "on the dashboard, for the organiser and the committee",
    async () => {
      const chart = (p: Page) => p.getByTestId("cumulative-chart").locator("svg");
      expect(await auditPage(organiser, "/c/1", chart)).toBe("");
      expect(await auditPage(committee, "/c/1", chart)).toBe("");
    },
    SEVERAL_PAGES,
  );

  it(
    "on the pledge list and a pledge's page",
    async () => {
      expect(await auditPage(organiser, "/c/1/pledges", (p) => p.getByTestId("pledge-table").locator("tbody tr"))).toBe(
        "",
      );
      expect(await auditPage(organiser, `/c/1/pledges/${pledgeId}`, (p) => p.getByRole("heading", { level: 1 }))).toBe(
        "",
      );
    },
    SEVERAL_PAGES,
  );

  it(
    "on the new-pledge form, empty and after an empty submit shows its errors",
    async () => {
      expect(
        await auditPage(organiser, "/c/1/pledges/new", (p) => p.getByRole("button", { name: "Zusage speichern" })),
      ).toBe("");
      await organiser.getByRole("button", { name: "Zusage speichern" }).click();
      expect(await auditPage(organiser, null, (p) => p.locator("[aria-invalid=true]"))).toBe("");
    },
    SEVERAL_PAGES,
  );

  it(
    "on the import, sponsors and account pages",
    async () => {
      expect(await auditPage(organiser, "/c/1/import", (p) => p.getByRole("heading", { level: 1 }))).toBe("");
      expect(await auditPage(organiser, "/c/1/sponsors", (p) => p.locator("table tbody tr"))).toBe("");
      expect(await auditPage(organiser, "/account", (p) => p.getByRole("heading", { level: 1 }))).toBe("");
      // a read-only token for 30 days, made with the form; the list shows its scope and expiry
      await organiser.getByLabel("Bezeichnung").fill("Archiv");
      await organiser.getByLabel("Berechtigung").selectOption("read");
      await organiser.getByLabel("Gültig für (Tage)").fill("30");
      await organiser.getByRole("button", { name: "Token erstellen" }).click();
      await organiser.getByRole("button", { name: "Ich habe den Token kopiert" }).click();
      const row = organiser.getByTestId("token-table").getByRole("row", { name: /Archiv/ });
      await expect.poll(() => row.textContent()).toMatch(/Archiv\s*Nur lesen.*Aktiv/);
      expect(await auditPage(organiser, null, (p) => p.getByTestId("token-table"))).toBe("");
    },
    SEVERAL_PAGES,
  );

  it("on the users page, for an admin", async () => {
    expect(await auditPage(admin, "/admin/users", (p) => p.locator("table tbody tr"))).toBe("");
  });

  it("on the committee's report, charts included", async () => {
    const charts = (p: Page) => p.getByTestId("cash-flow-chart").locator("svg");
    expect(await auditPage(committee, "/c/1/report", charts)).toBe("");
  });

  it(
    "on a past day as shown at a time: its fields, the later corrections, the forecast's what-if switches, and its report",
    async () => {
      const view = "asOf=2016-05-19&knownAt=2016-05-19T18:00&withoutConditional=1&intentsAt=50";
      await committee.goto(`${server.url}/c/1?${view}`);
      await committee.getByTestId("known-at-time").waitFor();
      await committee.getByTestId("corrections-total").waitFor();
      expect(await auditPage(committee, null, (p) => p.getByTestId("what-if-percent"))).toBe("");
      const charts = (p: Page) => p.getByTestId("cash-flow-chart").locator("svg");
      await committee.goto(`${server.url}/c/1/report?${view}`);
      await committee.getByTestId("what-if-counted").waitFor();
      expect(await auditPage(committee, null, charts)).toBe("");
    },
    SEVERAL_PAGES,
  );

  it(
    "on the sponsor portal and the public page",
    async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: "de-DE" });
      const page = await context.newPage();
      await page.goto(sponsorLink);
      expect(await auditPage(page, null, (p) => p.getByTestId("portal-leverage"))).toBe("");
      expect(await auditPage(page, "/p/1", (p) => p.getByTestId("public-campaign-name"))).toBe("");
      await context.close();
    },
    SEVERAL_PAGES,
  );
});

describe("the keyboard", () => {
  it("tabs through the new-pledge form with a visible focus and sends it with Enter; the error is announced", async () => {
    const page = organiser;
    await page.goto(`${server.url}/c/1/pledges/new`);
    const submit = page.getByRole("button", { name: "Zusage speichern" });
    await submit.waitFor();
    await page.getByLabel("Sponsor", { exact: true }).focus();
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? "",
          tag: el.tagName,
          visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      stops.push(focused.tag);
      expect(focused.visible, `focus outline on stop ${i} (${focused.tag})`).toBe(true);
      if (focused.tag === "BUTTON" && focused.text === "Zusage speichern") break;
      await page.keyboard.press("Tab");
    }
    expect(stops.at(-1)).toBe("BUTTON");
    expect(stops.filter((tag) => tag === "INPUT").length).toBeGreaterThan(3);

    await page.keyboard.press("Enter");
    const alert = page.locator("form [role=alert]");
    await expect
      .poll(() => alert.textContent())
      .toBe("Die Zusage wurde nicht gespeichert. Bitte prüfen Sie die markierten Felder.");
    // The focus moves to the first field that needs attention, and its error is read with it.
    const described = await page.evaluate(() => {
      const el = document.activeElement!;
      const ids = (el.getAttribute("aria-describedby") ?? "").split(" ");
      return {
        invalid: el.getAttribute("aria-invalid"),
        text: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      };
    });
    expect(described.invalid).toBe("true");
    expect(described.text).toContain("Bitte wählen Sie einen Sponsor");
  });

  it("a dialog holds the focus while open and returns it to the button that opened it", async () => {
    const page = organiser;
    await page.goto(`${server.url}/c/1/pledges`);
    const withdraw = page.getByTestId("pledge-table").getByRole("button", { name: "Zurückziehen" }).first();
    await withdraw.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    for (let i = 0; i < 6; i++) {
      expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await withdraw.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it("a date field's calendar opens from its button, works with the keys, and Escape closes only the calendar", async () => {
    const page = organiser;
    await page.goto(`${server.url}/c/1/pledges?status=intent`);
    await page.getByTestId("pledge-table").getByRole("button", { name: "Bestätigen", exact: true }).first().click();
    const dialog = page.getByRole("dialog").first();
    const date = dialog.getByLabel("Bestätigt am", { exact: true });
    await expect.poll(() => date.evaluate((input) => input === document.activeElement)).toBe(true);
    const today = await date.inputValue();
    await page.keyboard.press("Tab");
    const toggle = dialog.getByRole("button", { name: "Kalender öffnen (Bestätigt am)" });
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const calendar = page.getByRole("dialog", { name: "Kalender: Bestätigt am" });
    await calendar.getByRole("grid").waitFor();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    // The focus is on today's day, the one the field holds.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    await expect.poll(focused).toMatch(/^Heute, .*, ausgewählt$/);
    expect(describeViolations("confirm dialog with its calendar", await axeViolations(page))).toBe("");

    // Escape closes the calendar, not the dialog, and hands the focus back to the button.
    await page.keyboard.press("Escape");
    await calendar.waitFor({ state: "detached" });
    expect(await dialog.isVisible()).toBe(true);
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);

    // A day before today, with the arrow key and Enter: it lands in the field, written the German way.
    await page.keyboard.press("Enter");
    await calendar.getByRole("grid").waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await calendar.waitFor({ state: "detached" });
    const [d, m, y] = today.split(".").map(Number);
    const yesterday = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10).split("-").reverse().join(".");
    expect(await date.inputValue()).toBe(yesterday);
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });
});
