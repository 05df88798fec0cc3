// In Chromium, as an organiser would: sign in, see the dashboard, log pledges through the
// form, and watch the total, the eligibility verdict and the chart change without a reload.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "../../server/domain/dates";
import { apiClient, launchChromium, startServer, type RunningServer } from "./harness";

const ORGANISER = { email: "orga@example.org", password: "organiser-password" };
let server: RunningServer;
let browser: Browser;
let campaignId: number;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "off", ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "admin-password" });
  browser = await launchChromium();
  const admin = apiClient(server.url);
  await admin.mutate("auth.login", { email: "admin@example.org", password: "admin-password" });
  const today = berlinDay(new Date());
  const campaign = await admin.mutate("campaign.create", {
    name: "Digitale Region Testland", targetCents: 10_000_000, matchCapCents: 10_000_000, windowStart: addDays(today, -10), deadline: addDays(today, 30),
  });
  campaignId = campaign.id;
  await admin.mutate("user.create", { ...ORGANISER, name: "Olga Organisation", role: "organiser", campaignId });
  const sponsor = await admin.mutate("sponsor.create", { campaignId, name: "Eifel Cloud GmbH", kind: "company", country: "DE" });
  await admin.mutate("pledge.create", { campaignId, sponsorId: sponsor.id, amountCents: 6_000_000, type: "cash", status: "confirmed", pledgedAt: addDays(today, -5) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").fill(who.email);
  await page.getByLabel("Passwort").fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** The drawn line of the cumulative chart: it changes when the figures do. */
const chartLine = (page: Page) => page.getByTestId("cumulative-chart").locator("path.recharts-area-curve").first().getAttribute("d");

describe("logging a pledge in the browser", () => {
  it("a confirmed pledge that closes the gap shows in the total, the verdict and the chart at once", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, ORGANISER);
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
    await signIn(page, ORGANISER);
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
