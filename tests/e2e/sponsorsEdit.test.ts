// In Chromium, as an organiser: correct a sponsor's sector in the edit dialog, then merge
// two sponsors that look like one, and see a single row that binds both pledges; a sponsor
// that turns payment reminders off in its portal is marked so on the organiser's list.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type apiClient,
  launchChromium,
  signIn,
  startWithTestCampaign,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

let server: RunningServer;
let browser: Browser;
let admin: ReturnType<typeof apiClient>;
let campaignId: number;

beforeAll(async () => {
  const setup = await startWithTestCampaign(["Eifel Cloud GmbH", "Eifel Cloud AG"]);
  server = setup.server;
  const [gmbh, ag] = setup.sponsors;
  // €12,000 + €3,000.50 binding
  await setup.admin.mutate("pledge.create", {
    campaignId: setup.campaignId,
    sponsorId: gmbh.id,
    amountCents: 1_200_000,
    type: "cash",
    status: "confirmed",
  });
  await setup.admin.mutate("pledge.create", {
    campaignId: setup.campaignId,
    sponsorId: ag.id,
    amountCents: 300_050,
    type: "cash",
    status: "confirmed",
  });
  admin = setup.admin;
  campaignId = setup.campaignId;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the sponsors page for organisers", () => {
  it("edits a sponsor's sector, and merges a duplicate into the sponsor kept", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "Sponsoren" }).first().click();
    const table = page.getByTestId("sponsor-table");
    const row = (name: string) =>
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
    await expect
      .poll(() => row("Eifel Cloud GmbH").getByTestId("sponsor-binding").textContent())
      .toMatch(/^12\.000,00\s€$/);

    // Edit the sector.
    await row("Eifel Cloud GmbH").getByRole("button", { name: "Aktionen für Eifel Cloud GmbH" }).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Bearbeiten" }).click();
    const dialog = page.getByRole("dialog", { name: "Eifel Cloud GmbH bearbeiten" });
    await dialog.getByLabel("Branche").fill("Rechenzentren");
    await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => row("Eifel Cloud GmbH").textContent()).toContain("Rechenzentren");
    await expect.poll(() => dialog.count()).toBe(0);

    // Merge the AG into the GmbH.
    await page.getByRole("button", { name: "Mögliche Dubletten" }).click();
    const group = page.getByTestId("duplicate-group");
    await group.getByLabel("Eifel Cloud GmbH behalten").check();
    await group.getByRole("button", { name: "Zusammenführen" }).click();
    const confirm = page.getByRole("dialog", { name: "In Eifel Cloud GmbH zusammenführen?" });
    await expect.poll(() => confirm.textContent()).toContain("mit ihrer Historie");
    await confirm.getByRole("button", { name: "Zusammenführen" }).click();
    await expect
      .poll(() => page.locator(".toasts").textContent())
      .toContain("Eifel Cloud AG in Eifel Cloud GmbH zusammengeführt.");

    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    await expect
      .poll(() => row("Eifel Cloud GmbH").getByTestId("sponsor-binding").textContent())
      .toMatch(/^15\.000,50\s€$/);
    await expect.poll(() => page.getByTestId("duplicates-panel").textContent()).toContain("Keine möglichen Dubletten");
  });
});

describe("a sponsor's choice of reminders, seen by its organisers", () => {
  it("turned off in the portal, the sponsor's row says since when it gets no payment reminders", async () => {
    const sonnen = await admin.mutate("sponsor.create", {
      campaignId,
      name: "Sonnenbau eG",
      kind: "company",
      country: "DE",
      contactEmail: "kasse@sonnenbau.example",
    });
    const { url } = await admin.mutate("sponsor.createAccessLink", { sponsorId: sonnen.id });
    const portal = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await portal.goto(url);
    const toggle = portal.getByTestId("reminders-switch");
    await expect.poll(() => toggle.isChecked()).toBe(true);
    // The switch shows the saved state: it turns once the server has it.
    await toggle.click();
    await expect.poll(() => portal.getByTestId("reminders-state").textContent()).not.toBe("");
    await expect.poll(() => toggle.isChecked()).toBe(false);

    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "Sponsoren" }).first().click();
    const row = page.getByTestId("sponsor-table").locator("tbody tr").filter({ hasText: "Sonnenbau eG" });
    await expect
      .poll(() => row.getByTestId("reminders-opted-out").textContent())
      .toMatch(/^Keine Zahlungserinnerungen \(abbestellt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\)$/);
    const others = page.getByTestId("sponsor-table").locator("tbody tr").filter({ hasText: "Eifel Cloud" });
    expect(await others.getByTestId("reminders-opted-out").count()).toBe(0);
  });
});
