// In Chromium, as an organiser would: sign in, see the dashboard, log pledges through the
// form, and watch the total, the eligibility verdict and the chart change without a reload.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../server/domain/dates";
import { launchChromium, signIn, startWithTestCampaign, TEST_ORGANISER, type RunningServer } from "./harness";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const started = await startWithTestCampaign(["Eifel Cloud GmbH"]);
  server = started.server;
  browser = await launchChromium();
  await started.admin.mutate("pledge.create", {
    campaignId: started.campaignId, sponsorId: started.sponsors[0].id, amountCents: 6_000_000, type: "cash", status: "confirmed", pledgedAt: addDays(started.today, -5),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The drawn line of the cumulative chart: it changes when the figures do. */
const chartLine = (page: Page) => page.getByTestId("cumulative-chart").locator("path.recharts-area-curve").first().getAttribute("d");

describe("logging a pledge in the browser", () => {
  it("a confirmed pledge that closes the gap shows in the total, the verdict and the chart at once", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/60\.000,00\s€/);
    await expect.poll(() => page.getByTestId("eligibility-status").textContent()).toContain("Noch nicht förderfähig");
    const lineBefore = await chartLine(page);

    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Sponsor", { exact: true }).fill("Eifel");
    await page.getByRole("listbox").getByRole("option", { name: /Eifel Cloud GmbH/ }).click();
    await page.getByLabel("Betrag").fill("40.000");
    await page.getByRole("button", { name: "Zusage speichern" }).click();

    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 40\.000,00\s€ gespeichert/);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);
    await expect.poll(() => page.getByTestId("eligibility-status").textContent()).toBe("Förderfähig");
    await expect.poll(() => chartLine(page)).not.toBe(lineBefore);
    await page.close();
  });

  it("an ambiguous amount is refused with a German message; an intent from a new sponsor does not count", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Neuer Sponsor").check();
    await page.getByLabel("Name", { exact: true }).fill("Maasvallei Software B.V.");
    await page.getByLabel("Art").selectOption("company");
    await page.getByLabel("Land").selectOption("NL");
    await page.getByLabel("Betrag").fill("1,500");
    await page.getByLabel("Status").selectOption("intent");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByText("mehrdeutig").first().isVisible()).toBe(true);

    await page.getByLabel("Betrag").fill("1.500,50 €");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 1\.500,50\s€ gespeichert/);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);

    await page.getByRole("link", { name: "Zusagen" }).first().click();
    const row = page.getByTestId("pledge-table").getByRole("row", { name: /Maasvallei Software B\.V\./ });
    await expect.poll(() => row.textContent()).toMatch(/1\.500,50\s€.*Absicht/);
    await page.close();
  });
});
