// On a phone (390 × 844) the screens people use on the move fit the width and can be tapped:
// no sideways scrolling, and every control in the header, the navigation and the forms is at
// least 44 px high (WCAG 2.5.5's target size; Apple's and Google's guidance alike).
// Exempt, deliberately: text links inside prose and table cells (WCAG 2.5.8's inline
// exception: enlarging them would break the line or the row), controls inside a table that
// scrolls in its own wrapper only count when visible, and the skip link until it is focused.
// axe runs at this width too. The committee's screens also fit a tablet (768 and 1024 px)
// without sideways scrolling.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, signIn, startDemoForTour, type RunningServer } from "./harness";

const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };
const COMMITTEE = { email: "lenkungskreis@aachen-digitalisiert.example", password: "demo-lenkungskreis" };
const PHONE = { width: 390, height: 844 };
const MIN_TAP = 44;
/** For tests that visit several pages: the machine may be shared with other test runs. */
const SEVERAL_PAGES = 60_000;

let server: RunningServer;
let browser: Browser;
let organiser: Page;
let committee: Page;
let sponsorLink: string;
let api: Awaited<ReturnType<typeof startDemoForTour>>["api"];

async function open(who: { email: string; password: string } | null, viewport = PHONE): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  if (who) {
    await signIn(page, server, who);
    await page.waitForURL(/\/c\/\d+$/);
  }
  return page;
}

async function show(page: Page, path: string, ready: (page: Page) => Locator) {
  await page.goto(path.startsWith("http") ? path : `${server.url}${path}`);
  await ready(page).first().waitFor();
  await page
    .locator(".state--loading")
    .first()
    .waitFor({ state: "detached", timeout: 5_000 })
    .catch(() => {});
}

/** How far the page reaches past the window's right edge, in CSS px (0: it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Visible controls under MIN_TAP px high, as "BUTTON „Bestätigen“ 32px". A checkbox or radio
 * counts with its label (the label is part of the target), a text link only outside prose.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const CONTROLS =
      "header a, header button, header select, nav a, main button, main select, main input, main textarea, main a.button, main summary";
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && !el.closest(".visually-hidden, [hidden], [aria-hidden=true]");
    };
    const height = (el: Element) => {
      const own = el.getBoundingClientRect().height;
      if (!(el instanceof HTMLInputElement) || (el.type !== "checkbox" && el.type !== "radio")) return own;
      const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
      return Math.max(own, label?.getBoundingClientRect().height ?? 0);
    };
    return [...document.querySelectorAll(CONTROLS)]
      .filter(visible)
      .filter((el) => (el as HTMLInputElement).type !== "hidden" && !el.classList.contains("skip-link"))
      .filter(
        (el) =>
          !(
            el.tagName === "A" &&
            !el.classList.contains("button") &&
            el.closest("main") &&
            el.closest("p, td, li, dd")
          ),
      )
      .map((el) => ({ el, h: height(el) }))
      .filter(({ h }) => h < min - 0.5)
      .map(
        ({ el, h }) =>
          `${el.tagName}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} „${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 30)}“ ${Math.round(h)}px`,
      );
  }, MIN_TAP) as Promise<string[]>;
}

/** Fits, can be tapped, and axe finds nothing serious at this width (e.g. a table that now scrolls by itself). */
async function expectPhoneFriendly(page: Page, where: string) {
  expect(await overflow(page), `${where} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await smallTargets(page), `${where}: controls under ${MIN_TAP}px`).toEqual([]);
  expect(describeViolations(where, await axeViolations(page))).toBe("");
}

beforeAll(async () => {
  const tour = await startDemoForTour();
  server = tour.server;
  sponsorLink = tour.sponsorLink;
  api = tour.api;
  browser = await launchChromium();
  [organiser, committee] = await Promise.all([open(ORGANISER), open(COMMITTEE)]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("at 390 px wide", () => {
  it(
    "the staff header folds campaign, language and account into a menu; the navigation stays and fits",
    async () => {
      await show(organiser, "/c/1", (p) => p.getByRole("heading", { level: 1 }));
      const menu = organiser.getByRole("button", { name: "Menü" });
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await organiser.getByRole("button", { name: "Abmelden" }).isVisible()).toBe(false);
      expect(await organiser.getByRole("navigation").getByRole("link", { name: "Zusagen" }).isVisible()).toBe(true);
      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      expect(await organiser.getByRole("button", { name: "Abmelden" }).isVisible()).toBe(true);
      await expectPhoneFriendly(organiser, "header with the menu open");
      await organiser.keyboard.press("Escape");
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    },
    SEVERAL_PAGES,
  );

  it("the dashboard fits and its controls can be tapped", async () => {
    await show(organiser, "/c/1", (p) => p.getByTestId("cumulative-chart").locator("svg"));
    await expectPhoneFriendly(organiser, "dashboard");
  });

  it(
    "the pledge list and the pledge form fit and their controls can be tapped",
    async () => {
      await show(organiser, "/c/1/pledges", (p) => p.getByTestId("pledge-cards").locator("li"));
      await expectPhoneFriendly(organiser, "pledge list");
      await show(organiser, "/c/1/pledges/new", (p) => p.getByRole("button", { name: "Zusage speichern" }));
      await expectPhoneFriendly(organiser, "pledge form");
      await organiser.getByRole("button", { name: "Zusage speichern" }).click();
      await organiser.locator("[aria-invalid=true]").first().waitFor();
      await expectPhoneFriendly(organiser, "pledge form with errors");
    },
    SEVERAL_PAGES,
  );

  it("the committee's report fits", async () => {
    await show(committee, "/c/1/report", (p) => p.getByTestId("cash-flow-chart").locator("svg"));
    await expectPhoneFriendly(committee, "report");
  });

  it(
    "the sponsor portal and the public page fit and can be tapped",
    async () => {
      const page = await open(null);
      await show(page, sponsorLink, (p) => p.getByTestId("portal-leverage"));
      await expectPhoneFriendly(page, "sponsor portal");
      await show(page, "/p/1", (p) => p.getByTestId("public-campaign-name"));
      await expectPhoneFriendly(page, "public page");
      await page.context().close();
    },
    SEVERAL_PAGES,
  );
});

/** Amounts shown on the cards that do not fit their box or the window (text cut or hidden). */
function cutAmounts(page: Page): Promise<string[]> {
  return page.getByTestId("card-amount").evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 0.5 || r.left < 0 || r.right > window.innerWidth || r.width === 0;
      })
      .map((el) => el.textContent ?? ""),
  );
}

/** The cards' buttons and button-like links under MIN_TAP px high or reaching past the window. */
function untappableActions(page: Page): Promise<string[]> {
  return page.locator(".list-card__actions .button").evaluateAll(
    (els, min) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.height < min - 0.5 || r.right > window.innerWidth || r.left < 0;
        })
        .map((el) => el.textContent ?? ""),
    MIN_TAP,
  );
}

/** "Filter", or "Filter 2 aktiv" once filters are set; not "Filter zurücksetzen". */
const FILTER_TOGGLE = /^Filter(\s+\d+ aktiv)?$/;

const euro = (cents: number) =>
  new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(cents / 100);

describe("the lists at 390 px", () => {
  it(
    "the pledges are cards: whole amounts, tappable actions, the filters behind a button, the totals of the whole filter",
    async () => {
      const page = await open(ORGANISER);
      await show(page, "/c/1/pledges", (p) => p.getByTestId("pledge-cards").locator("li"));
      expect(await page.getByTestId("pledge-table").count()).toBe(0);
      expect(await overflow(page), "pledge cards scroll sideways").toBeLessThanOrEqual(0);
      expect(await cutAmounts(page)).toEqual([]);
      expect(await page.locator(".list-card__actions .button").count()).toBeGreaterThan(50);
      expect(await untappableActions(page)).toEqual([]);
      const all = await api.query("pledge.list", { campaignId: 1 });
      const totals = page.getByTestId("list-totals");
      expect(await totals.textContent()).toContain(`${all.totals.count} Zusagen · ${euro(all.totals.amountCents)}`);

      const toggle = page.getByRole("button", { name: FILTER_TOGGLE });
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      const status = page.getByRole("combobox", { name: "Status" });
      expect(await status.isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await status.selectOption("intent");
      await expect.poll(() => toggle.textContent()).toContain("1 aktiv");
      const intents = await api.query("pledge.list", { campaignId: 1, status: "intent" });
      await expect
        .poll(() => totals.textContent())
        .toContain(
          `${intents.totals.count} Zusage${intents.totals.count === 1 ? "" : "n"} · ${euro(intents.totals.amountCents)}`,
        );
      await expectPhoneFriendly(page, "pledge cards with the filters open");
      await page.context().close();
    },
    SEVERAL_PAGES,
  );

  it(
    "the sponsors are cards whose names lead to their pledges; the filters fold away; the totals count them all",
    async () => {
      const page = await open(ORGANISER);
      await show(page, "/c/1/sponsors", (p) => p.getByTestId("sponsor-cards").locator("li"));
      expect(await page.getByTestId("sponsor-table").count()).toBe(0);
      await expectPhoneFriendly(page, "sponsor cards");
      expect(await cutAmounts(page)).toEqual([]);
      expect(await untappableActions(page)).toEqual([]);
      const all = await api.query("sponsor.list", { campaignId: 1 });
      expect(await page.getByTestId("list-totals").textContent()).toBe(
        `${all.totals.count} Sponsoren · ${euro(all.totals.bindingCents)} verbindlich`,
      );
      const toggle = page.getByRole("button", { name: FILTER_TOGGLE });
      expect(await page.getByRole("searchbox", { name: "Sponsoren suchen" }).isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      expect(await page.getByRole("searchbox").first().isVisible()).toBe(true);

      const first = page.getByTestId("sponsor-cards").locator("li").first();
      const name = (await first.locator(".list-card__title").textContent()) ?? "";
      await first.locator(".list-card__title").click();
      await page.waitForURL(/\/pledges\?sponsor=\d+$/);
      await page.getByTestId("pledge-cards").locator("li").first().waitFor();
      const names = await page.getByTestId("pledge-cards").locator(".list-card__title").allTextContents();
      expect(new Set(names)).toEqual(new Set([name]));
      expect(await page.getByText(`Sponsor: ${name}`).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: FILTER_TOGGLE }).textContent()).toContain("1 aktiv");
      expect(await page.getByTestId("list-totals").textContent()).toMatch(new RegExp(`^${names.length} Zusagen? · `));
      await page.context().close();
    },
    SEVERAL_PAGES,
  );
});

describe("the committee on a tablet", () => {
  for (const width of [768, 1024]) {
    it(
      `dashboard, pledges and report fit ${width} px`,
      async () => {
        await committee.setViewportSize({ width, height: 1024 });
        await show(committee, "/c/1", (p) => p.getByTestId("cumulative-chart").locator("svg"));
        expect(await overflow(committee), "dashboard").toBeLessThanOrEqual(0);
        await show(committee, "/c/1/pledges", (p) => p.getByTestId("pledge-table").locator("tbody tr"));
        expect(await overflow(committee), "pledges").toBeLessThanOrEqual(0);
        await show(committee, "/c/1/report", (p) => p.getByTestId("cash-flow-chart").locator("svg"));
        expect(await overflow(committee), "report").toBeLessThanOrEqual(0);
      },
      SEVERAL_PAGES,
    );
  }
});
