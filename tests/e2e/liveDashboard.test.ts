// Two organisers watch the same dashboard in two browsers; one logs a pledge through the
// form, and the other's total and chart change without a reload (campaign.onSummary over
// SSE). With more than a week of history the dashboard shows the projection; a past day
// (?asOf=) is a still picture with the way back to today.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../server/domain/dates";
import {
  launchChromium,
  signIn,
  startWithTestCampaign,
  TEST_ADMIN,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

let server: RunningServer;
let browser: Browser;
let started: Awaited<ReturnType<typeof startWithTestCampaign>>;
const contexts: BrowserContext[] = [];

/** Generous: the machine may be busy with other test files. */
const SLOW = { timeout: 20_000, interval: 250 };

beforeAll(async () => {
  started = await startWithTestCampaign(["Rur Analytics GmbH", "Vaalser Data B.V."]);
  server = started.server;
  browser = await launchChromium();
  const { admin, campaignId, sponsors, today } = started;
  // Nine and four days ago: more than seven days of history, so the projection is there.
  await admin.mutate("pledge.create", {
    campaignId,
    sponsorId: sponsors[0].id,
    amountCents: 2_000_000,
    type: "cash",
    status: "confirmed",
    pledgedAt: addDays(today, -9),
  });
  await admin.mutate("pledge.create", {
    campaignId,
    sponsorId: sponsors[1].id,
    amountCents: 1_000_000,
    type: "cash",
    status: "confirmed",
    pledgedAt: addDays(today, -4),
  });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function dashboardPage(total: RegExp, who = TEST_ORGANISER): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, server, who);
  await expect.poll(() => page.getByTestId("counted-total").textContent(), SLOW).toMatch(total);
  return page;
}

/** The drawn cumulative line: it changes when the figures do. */
const chartLine = (page: Page) =>
  page.getByTestId("cumulative-chart").locator("path.recharts-area-curve").first().getAttribute("d");

describe("the live dashboard", () => {
  it("shows the projection once the campaign has a week of history", async () => {
    const page = await dashboardPage(/30\.000,00\s€/);
    const projection = page.getByTestId("projection");
    await expect.poll(() => projection.textContent(), SLOW).toContain("Tempo je Tag");
    const text = (await projection.textContent()) ?? "";
    expect(text).toContain("Nötiges Tempo je Tag");
    expect(text).toContain("Hochrechnung zur Frist");
    expect(text).not.toContain("Zu wenig Verlauf");
    // The dashed projection line is drawn next to the cumulative area.
    await expect
      .poll(() => page.getByTestId("cumulative-chart").locator("path.recharts-line-curve").count(), SLOW)
      .toBeGreaterThan(0);
  });

  it("a pledge logged in one browser shows in the other without a reload", async () => {
    const watcher = await dashboardPage(/30\.000,00\s€/);
    const writer = await dashboardPage(/30\.000,00\s€/);
    await expect.poll(() => watcher.getByTestId("live-status").textContent(), SLOW).toBe("Live");
    await expect.poll(() => chartLine(watcher), SLOW).toBeTruthy();
    const lineBefore = await chartLine(watcher);
    const navigations: string[] = [];
    watcher.on("framenavigated", (frame) => navigations.push(frame.url()));

    await writer.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await writer.getByLabel("Sponsor", { exact: true }).fill("Vaalser");
    await writer
      .getByRole("listbox")
      .getByRole("option", { name: /Vaalser Data B\.V\./ })
      .click();
    await writer.getByLabel("Betrag").fill("45.000");
    await writer.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => writer.getByText(/Zusage über 45\.000,00\s€ gespeichert/).count(), SLOW).toBe(1);

    await expect.poll(() => watcher.getByTestId("counted-total").textContent(), SLOW).toMatch(/75\.000,00\s€/);
    await expect.poll(() => chartLine(watcher), SLOW).not.toBe(lineBefore);
    await expect
      .poll(() => watcher.getByTestId("counted-change").textContent(), SLOW)
      .toMatch(/\+\s55\.000,00\s€ ggü\. Vorwoche/);
    expect(navigations).toEqual([]); // no reload, no navigation
  });

  it("a past day is a still picture, with the way back to today", async () => {
    const page = await dashboardPage(/75\.000,00\s€/);
    await expect.poll(() => page.getByTestId("live-status").textContent(), SLOW).toBe("Live");
    // Typed the German way, whatever the browser's language (issue 14).
    await page.getByTestId("as-of").fill(addDays(started.today, -5).split("-").reverse().join("."));
    await expect.poll(() => page.url(), SLOW).toContain(`asOf=${addDays(started.today, -5)}`);
    await expect.poll(() => page.getByTestId("counted-total").textContent(), SLOW).toMatch(/20\.000,00\s€/);
    expect(await page.getByTestId("live-status").count()).toBe(0);
    await page.getByRole("link", { name: "Zurück zu heute" }).click();
    await expect.poll(() => page.url(), SLOW).not.toContain("asOf=");
    await expect.poll(() => page.getByTestId("live-status").textContent(), SLOW).toBe("Live");
  });

  it("an admin edits the rules; a stale version is refused with a message", async () => {
    const page = await dashboardPage(/75\.000,00\s€/, TEST_ADMIN);
    await page.getByRole("button", { name: "Regeln bearbeiten" }).click();
    await page.getByLabel("Mindestzahl an Sponsoren").fill("5");
    await page.getByRole("button", { name: "Regeln speichern" }).click();
    await expect.poll(() => page.getByText("Die Regeln wurden gespeichert.").count(), SLOW).toBe(1);
    await expect.poll(() => page.getByTestId("eligibility-summary").textContent(), SLOW).toContain("3 Sponsoren");

    // Someone else saves meanwhile: the dialog's version is stale.
    await page.getByRole("button", { name: "Regeln bearbeiten" }).click();
    const [campaign] = await started.admin.query("campaign.list");
    await started.admin.mutate("campaign.update", {
      campaignId: started.campaignId,
      expectedVersion: campaign.version,
      inKindSharePercent: 80,
    });
    await page.getByLabel("Mindestzahl an Sponsoren").fill("4");
    await page.getByRole("button", { name: "Regeln speichern" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "inzwischen geändert" }).count(), SLOW).toBe(1);
    // The form now shows the current values, the other admin's change included.
    await expect.poll(() => page.getByLabel("Anrechnung von Sachleistungen in %").inputValue(), SLOW).toBe("80");
  });
});
