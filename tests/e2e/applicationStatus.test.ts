// In Chromium, as an admin: the funding application's status moves on the campaign's settings
// page, each step dated; a rejection asks first (its conditional pledges would lapse); once
// approved the status is final and the dashboard's Landesmittel card offers the grant.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, type RunningServer, signIn, startWithTestCampaign, TEST_ADMIN } from "./harness";

let server: RunningServer;
let browser: Browser;
let campaignId: number;

beforeAll(async () => {
  const setup = await startWithTestCampaign([]);
  server = setup.server;
  campaignId = setup.campaignId;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the funding application on the settings page", () => {
  it("is submitted, a rejection is asked about first, then it is approved and final", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ADMIN);
    await page.getByRole("link", { name: "Dashboard" }).first().waitFor();
    await page.goto(`${server.url}/c/${campaignId}/settings`);
    const card = page.getByTestId("application-status");
    await expect.poll(() => card.textContent()).toContain("Stand: Sammelphase");
    expect(describeViolations("application status", await axeViolations(page))).toBe("");

    await card.getByRole("button", { name: "Als eingereicht erfassen" }).click();
    await expect.poll(() => card.textContent()).toContain("Antrag eingereicht");
    await card.getByRole("button", { name: "Als abgelehnt erfassen" }).click();
    const dialog = page.getByRole("dialog", { name: "Antrag als abgelehnt erfassen?" });
    await expect.poll(() => dialog.textContent()).toContain("bedingten Zusagen");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await card.getByRole("button", { name: "Als bewilligt erfassen" }).click();
    await expect.poll(() => card.textContent()).toContain("Antrag bewilligt");
    expect(await card.textContent()).toContain("Der Antrag ist entschieden");
    expect(await card.getByRole("button").count()).toBe(0);

    await page.getByRole("link", { name: "Dashboard" }).first().click();
    await expect.poll(() => page.getByTestId("drawdown-section").textContent()).toContain("Bewilligt");
  });
});
