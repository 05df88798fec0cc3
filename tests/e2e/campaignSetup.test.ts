// In Chromium (issue 16, point 1): an admin creates a campaign through the setup screen with a
// bank account, sees a wrong IBAN refused at its field, then changes the campaign in its
// settings; and the sponsor dialog sets a postal address, an owner and the next contact day.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../server/domain/dates";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, signIn, startWithTestCampaign, TEST_ADMIN, type RunningServer } from "./harness";

let server: RunningServer;
let browser: Browser;
let setup: Awaited<ReturnType<typeof startWithTestCampaign>>;

beforeAll(async () => {
  setup = await startWithTestCampaign(["Printen AG"]);
  server = setup.server;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const field = (page: Page, name: string) => page.getByTestId("campaign-setup").locator(`[name="${name}"]`);
const errorOf = (page: Page, name: string) =>
  page
    .getByTestId("campaign-setup")
    .locator(".field", { has: page.locator(`[name="${name}"]`) })
    .locator(".field__error");
const germanDay = (day: string) => day.split("-").reverse().join(".");

describe("the campaign setup screen", () => {
  it("creates a campaign with a bank account, refuses a wrong IBAN at its field, and edits it", async () => {
    const page = await browser.newPage({
      locale: "de-DE",
      timezoneId: "Europe/Berlin",
      viewport: { width: 1280, height: 900 },
    });
    await signIn(page, server, TEST_ADMIN);
    await page.getByRole("link", { name: "Neue Kampagne" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Neue Kampagne");

    await field(page, "name").fill("Eifel vernetzt");
    await field(page, "target").fill("200.000");
    await field(page, "matchCap").fill("100.000");
    await page.getByTestId("setup-deadline").fill(germanDay(addDays(setup.today, 60)));
    await field(page, "holder").fill("Eifel vernetzt e. V.");
    await field(page, "iban").fill("DE89370400440532013001"); // check digits do not fit
    await field(page, "senderName").fill("Eifel vernetzt e. V.");
    await field(page, "senderAddress").fill("Markt 1\n53902 Bad Münstereifel");
    await field(page, "intentAfterDays").fill("14");
    await page.getByRole("button", { name: "Kampagne anlegen" }).click();
    await expect.poll(() => errorOf(page, "iban").textContent()).toContain("Diese IBAN ist nicht gültig");
    expect(await field(page, "iban").inputValue()).toBe("DE89 3704 0044 0532 0130 01");

    await field(page, "iban").fill("DE89 3704 0044 0532 0130 00");
    await page.getByRole("button", { name: "Kampagne anlegen" }).click();
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Kampagne „Eifel vernetzt“ angelegt.");
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/c\/\d+$/);
    const campaignId = Number(new URL(page.url()).pathname.split("/")[2]);

    await page.getByRole("link", { name: "Einstellungen" }).first().click();
    await expect.poll(() => field(page, "iban").inputValue()).toBe("DE89 3704 0044 0532 0130 00");
    expect(await field(page, "referencePrefix").inputValue()).toBe("EV");
    await page.screenshot({ path: "/tmp/campaign-setup-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/campaign-setup-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    expect(describeViolations("settings", await axeViolations(page))).toBe("");

    // Someone else saves meanwhile: the save is refused, the current values come in, with a note.
    const [before] = (await setup.admin.query("campaign.list")).filter((c: { id: number }) => c.id === campaignId);
    await setup.admin.mutate("campaign.update", {
      campaignId,
      expectedVersion: before.version,
      name: "Eifel vernetzt 2030",
    });
    await field(page, "region").fill("Nordeifel");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect.poll(() => page.getByTestId("setup-conflict").textContent()).toContain("inzwischen geändert");
    await expect.poll(() => field(page, "name").inputValue()).toBe("Eifel vernetzt 2030");
    expect(await field(page, "region").inputValue()).toBe("");

    await field(page, "region").fill("Eifel");
    await field(page, "intentAfterDays").fill("");
    await field(page, "overdueAfterDays").fill("10");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Einstellungen gespeichert.");
    await expect.poll(() => page.getByTestId("setup-conflict").count()).toBe(0);

    const campaigns: { id: number; region: string; bankAccount: unknown; reminders: unknown; version: number }[] =
      await setup.admin.query("campaign.list");
    expect(campaigns.find((c) => c.id === campaignId)).toMatchObject({
      region: "Eifel",
      bankAccount: { holder: "Eifel vernetzt e. V.", iban: "DE89370400440532013000", bic: null },
      reminders: { intentAfterDays: null, installmentBeforeDays: null, overdueAfterDays: 10 },
      version: 3,
    });
    await page.close();
  });

  it("the sponsor dialog sets the postal address, the owner and the next contact day", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ADMIN);
    await page.goto(`${server.url}/c/${setup.campaignId}/sponsors`);
    await page.getByRole("button", { name: "Aktionen für Printen AG" }).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Bearbeiten" }).click();
    const dialog = page.getByRole("dialog", { name: "Printen AG bearbeiten" });
    await dialog.getByLabel("Postanschrift").fill("Printenweg 2\n52062 Aachen");
    await expect.poll(() => dialog.getByTestId("sponsor-owner").locator("option").count()).toBe(3);
    await dialog.getByTestId("sponsor-owner").selectOption({ label: "Olga Organisation" });
    const next = addDays(setup.today, 7);
    await dialog.getByTestId("sponsor-next-contact").fill(germanDay(next));
    await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const list = await setup.admin.query("sponsor.list", { campaignId: setup.campaignId });
    const staff: { id: number; name: string }[] = await setup.admin.query("campaign.staff", {
      campaignId: setup.campaignId,
    });
    expect(list.items[0]).toMatchObject({
      address: "Printenweg 2\n52062 Aachen",
      ownerUserId: staff.find((u) => u.name === "Olga Organisation")?.id,
      nextContactOn: next,
    });
    await page.close();
  });
});
