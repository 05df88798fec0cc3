// In Chromium, what a new user met on a first try (issue 16, point 9): the deadline card of a
// campaign whose deadline is past, a campaign address without a role in it, the sponsors page
// with many sponsors, and the way from a saved pledge to its page. And the organiser's call
// list (point 2), on the same server.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinDay } from "../../server/domain/dates";
import { axeViolations } from "./axe";
import {
  apiClient,
  launchChromium,
  normalSpaces,
  signIn,
  startWithTestCampaign,
  TEST_ADMIN,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

const SHOTS = "/tmp/papercuts";
let server: RunningServer;
let browser: Browser;
let campaignId: number;
/** A campaign of 2016 (deadline 01.06.2016, long past) in which the organiser has no role. */
let pastCampaignId: number;
let setup: Awaited<ReturnType<typeof startWithTestCampaign>>;

beforeAll(async () => {
  setup = await startWithTestCampaign(
    Array.from({ length: 25 }, (_, i) => `Sponsor ${String(i + 1).padStart(2, "0")} GmbH`),
  );
  server = setup.server;
  campaignId = setup.campaignId;
  const past = await setup.admin.mutate("campaign.create", {
    name: "Altkampagne 2016",
    targetCents: 1_000_000,
    matchCapCents: 1_000_000,
    windowStart: "2016-04-01",
    deadline: "2016-06-01",
  });
  pastCampaignId = past.id;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A German page at 1280 × 900, signed in and on the first campaign's dashboard. */
async function signedIn(who: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    viewport: { width: 1280, height: 900 },
  });
  await signIn(page, server, who);
  await page.waitForURL(/\/c\/\d+$/);
  return page;
}

describe("the deadline card", () => {
  it("reads 'abgelaufen' for a past deadline and the days left before it, not the day of the figures", async () => {
    const page = await signedIn(TEST_ADMIN);
    await page.goto(`${server.url}/c/${pastCampaignId}`);
    const rule = page.locator("[data-rule=deadline]");
    await expect.poll(async () => normalSpaces((await rule.textContent()) ?? "")).toContain("abgelaufen");
    const past = normalSpaces((await rule.textContent()) ?? "");
    expect(past).toContain("Frist");
    expect(past).toContain("bis 01.06.2016");
    expect(past).toContain("am Stichtag nicht erfüllt");
    expect(past).not.toContain("eingehalten");
    await rule.screenshot({ path: `${SHOTS}-deadline-past.png` });

    await page.goto(`${server.url}/c/${campaignId}`);
    await expect.poll(async () => normalSpaces((await rule.textContent()) ?? "")).toMatch(/noch 30 Tage/);
    await rule.screenshot({ path: `${SHOTS}-deadline-open.png` });
    await page.close();
  });
});

describe("saving a pledge", () => {
  it("the confirmation links to the new pledge's page", async () => {
    const page = await signedIn(TEST_ORGANISER);
    await page.goto(`${server.url}/c/${campaignId}/pledges/new`);
    await page.getByLabel("Sponsor", { exact: true }).fill("Sponsor 07");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Sponsor 07 GmbH/ })
      .click();
    await page.getByLabel("Betrag").fill("12.345");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    const toast = page.locator(".toasts");
    await expect.poll(() => toast.textContent()).toMatch(/Zusage über 12\.345,00\s€ gespeichert/);
    await toast.screenshot({ path: `${SHOTS}-saved-toast.png` });
    await toast.getByRole("link", { name: "Zusage öffnen" }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/c/${campaignId}/pledges/\\d+$`));
    await expect
      .poll(async () => normalSpaces((await page.locator("main").textContent()) ?? ""))
      .toContain("12.345,00 €");
    await expect.poll(() => page.locator("main").textContent()).toContain("Sponsor 07 GmbH");
    await page.close();
  });
});

describe("the sponsor dialog's country", () => {
  it("is the same list as in the pledge form, with a code field for another country", async () => {
    const page = await signedIn(TEST_ORGANISER);
    await page.goto(`${server.url}/c/${campaignId}/sponsors`);
    await page.getByRole("button", { name: "Aktionen für Sponsor 03 GmbH" }).click();
    await page.getByRole("menuitem", { name: "Bearbeiten" }).click();
    const dialog = page.getByRole("dialog", { name: "Sponsor 03 GmbH bearbeiten" });
    const country = dialog.getByRole("combobox", { name: "Land" });
    await expect.poll(() => country.inputValue()).toBe("DE");
    await country.selectOption({ label: "Anderes Land" });
    await dialog.getByLabel("ISO-Ländercode").fill("lu");
    await dialog.screenshot({ path: `${SHOTS}-sponsor-country.png` });
    await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const row = page.getByTestId("sponsor-table").getByRole("row", { name: /Sponsor 03 GmbH/ });
    await expect.poll(() => row.textContent()).toContain("LU");
    await page.close();
  });
});

describe("the sponsors page with 25 sponsors", () => {
  it("stays under 2,000 px at 1280 wide, each row's actions in one menu the keyboard can work", async () => {
    const page = await signedIn(TEST_ORGANISER);
    await page.goto(`${server.url}/c/${campaignId}/sponsors`);
    const table = page.getByTestId("sponsor-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(25);
    await page.screenshot({ path: `${SHOTS}-sponsors.png`, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2_000);

    // Keyboard: Enter opens the menu on its first item, ↓ moves, Escape closes it and the
    // focus goes back to the button.
    const button = page.getByRole("button", { name: "Aktionen für Sponsor 02 GmbH" });
    expect(await button.getAttribute("aria-haspopup")).toBe("menu");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Bearbeiten");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Zugangslink erstellen");
    await page.keyboard.press("End");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Kontaktdaten löschen");
    await page.keyboard.press("ArrowDown"); // wraps to the first
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Bearbeiten");
    await menu.screenshot({ path: `${SHOTS}-sponsor-menu.png` });
    expect((await axeViolations(page)).map((v) => v.summary)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);

    // ↓ on the button opens it too; Enter on an item runs it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("dialog", { name: "Sponsor 02 GmbH bearbeiten" }).count()).toBe(1);
    await page.close();
  });

  it("'Neuer Sponsor' opens the sponsor dialog and creates one", async () => {
    const page = await signedIn(TEST_ORGANISER);
    await page.goto(`${server.url}/c/${campaignId}/sponsors`);
    await page.getByRole("button", { name: "Neuer Sponsor" }).click();
    const dialog = page.getByRole("dialog", { name: "Neuer Sponsor" });
    await dialog.getByLabel("Name", { exact: true }).fill("Grenzland Verein");
    await dialog.getByLabel("Art").selectOption("association");
    await dialog.getByRole("combobox", { name: "Land" }).selectOption("BE");
    await dialog.getByLabel("Branche").fill("Bildung");
    await dialog.screenshot({ path: `${SHOTS}-sponsor-new.png` });
    await dialog.getByRole("button", { name: "Sponsor anlegen" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Grenzland Verein angelegt.");
    await page.getByRole("searchbox").fill("Grenzland");
    const row = page.getByTestId("sponsor-table").getByRole("row", { name: /Grenzland Verein/ });
    await expect.poll(() => row.textContent()).toContain("Belgien");
    await page.close();
  });
});

describe("a campaign address without a role in it", () => {
  it("shows one page that says so, with the way back to one's campaigns", async () => {
    const page = await signedIn(TEST_ORGANISER);
    for (const path of [`/c/${pastCampaignId}`, `/c/${pastCampaignId}/sponsors`, "/c/999"]) {
      await page.goto(`${server.url}${path}`);
      const main = page.locator("main");
      await expect
        .poll(() => main.textContent())
        .toContain("Diese Kampagne gibt es nicht oder Sie haben keinen Zugang");
      // Give a live subscription or a failed query time to add their messages.
      await page.waitForTimeout(1_500);
      const text = (await main.textContent()) ?? "";
      expect(text).not.toContain("Verbindung unterbrochen");
      expect(text).not.toContain("Etwas ist schiefgegangen");
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await page.getByTestId("live-status").count()).toBe(0);
    }
    await page.screenshot({ path: `${SHOTS}-no-access.png` });
    expect((await axeViolations(page)).map((v) => v.summary)).toEqual([]);
    await page.getByRole("link", { name: "Zu meinen Kampagnen" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/c/${campaignId}`);
    await page.close();
  });
});

describe("the call list", () => {
  it("shows the organiser's due sponsor with its open intent, and a logged contact takes it off", async () => {
    const organiser = apiClient(server.url);
    await organiser.mutate("auth.login", TEST_ORGANISER);
    const me = await organiser.query("auth.me");
    const sponsor = setup.sponsors[3];
    const current = (await organiser.query("sponsor.list", { campaignId, search: sponsor.name })).items[0];
    await organiser.mutate("sponsor.update", {
      sponsorId: sponsor.id,
      expectedVersion: current.version,
      ownerUserId: me.id,
      nextContactOn: setup.today,
    });
    const intent = await organiser.mutate("pledge.create", {
      campaignId,
      sponsorId: sponsor.id,
      amountCents: 2_500_000,
      type: "cash",
      status: "intent",
    });

    const page = await signedIn(TEST_ORGANISER);
    await page.getByRole("link", { name: "Anrufliste" }).click();
    await page.getByRole("heading", { name: "Meine Anrufliste" }).waitFor();
    const card = page.getByTestId("call-list").getByRole("listitem").filter({ hasText: sponsor.name });
    await expect.poll(() => card.textContent()).toContain(intent.reference);
    expect(normalSpaces((await card.textContent()) ?? "")).toContain("25.000,00 €");
    expect(await card.textContent()).toContain("Noch kein Kontakt erfasst.");
    await page.screenshot({ path: `${SHOTS}-call-list.png`, fullPage: true });

    await card.getByRole("button", { name: "Kontakt erfassen" }).click();
    await card.getByLabel("Weg").selectOption("meeting");
    await card.getByLabel("Notiz").fill("Zusage nach der Vorstandssitzung");
    await card.getByRole("textbox", { name: "Nächster Kontakt" }).fill("01.01.2099");
    await card.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Heute ist niemand fällig").waitFor();
    const log = await organiser.query("sponsor.contacts", { sponsorId: sponsor.id });
    expect(log).toMatchObject([{ channel: "meeting", note: "Zusage nach der Vorstandssitzung" }]);
    // Logged today: the form's day, which is the next one when the run crosses midnight in Berlin.
    expect([setup.today, berlinDay(new Date())]).toContain(log[0].at);
    await page.close();
  });
});
