// In Chromium, as an organiser would: log an intent through the form, open it from the
// pledge list, confirm it, record a payment, undo the payment, and read the whole story
// in the pledge's history.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "../../server/domain/dates";
import { apiClient, launchChromium, startServer, type RunningServer } from "./harness";

const ORGANISER = { email: "orga@example.org", password: "organiser-password" };
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "off", ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "admin-password" });
  browser = await launchChromium();
  const admin = apiClient(server.url);
  await admin.mutate("auth.login", { email: "admin@example.org", password: "admin-password" });
  const today = berlinDay(new Date());
  const campaign = await admin.mutate("campaign.create", {
    name: "Digitale Region Testland",
    targetCents: 10_000_000,
    matchCapCents: 10_000_000,
    windowStart: addDays(today, -10),
    deadline: addDays(today, 30),
  });
  await admin.mutate("user.create", {
    ...ORGANISER,
    name: "Olga Organisation",
    role: "organiser",
    campaignId: campaign.id,
  });
  await admin.mutate("sponsor.create", {
    campaignId: campaign.id,
    name: "Rurtal Robotik GmbH",
    kind: "company",
    country: "DE",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").fill(ORGANISER.email);
  await page.getByLabel("Passwort").fill(ORGANISER.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();
const toasts = (page: Page) => page.locator(".toasts").textContent();

describe("a pledge's life on its own page", () => {
  it("an intent is confirmed, paid in part, the payment undone, and the history tells it in order", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page);

    // Log the intent through the form.
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Sponsor", { exact: true }).fill("Rurtal");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Rurtal Robotik GmbH/ })
      .click();
    await page.getByLabel("Betrag").fill("15.000");
    await page.getByLabel("Status").selectOption("intent");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => toasts(page)).toMatch(/Zusage über 15\.000,00\s€ gespeichert/);

    // Open it from the pledge list.
    await page.getByRole("link", { name: "Zusagen" }).first().click();
    await page.getByTestId("pledge-table").getByRole("link", { name: "Rurtal Robotik GmbH" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Rurtal Robotik GmbH");
    await expect.poll(() => text(page, "pledge-amount")).toMatch(/^15\.000,00\s€$/);
    await expect.poll(() => text(page, "pledge-status")).toBe("Absicht");

    // Confirm it.
    await page.getByRole("button", { name: "Bestätigen" }).click();
    await expect.poll(() => text(page, "pledge-status")).toBe("Zugesagt");
    await expect.poll(() => toasts(page)).toContain("bestätigt");

    // Record a payment of "5.000", typed the German way.
    await page.getByRole("button", { name: "Zahlung erfassen" }).click();
    const payment = page.getByRole("dialog");
    await payment.getByLabel("Betrag").fill("5.000");
    await payment.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => toasts(page)).toMatch(/Zahlung über 5\.000,00\s€/);
    await expect.poll(() => text(page, "pledge-received")).toMatch(/^5\.000,00\s€$/);
    await expect.poll(() => text(page, "pledge-outstanding")).toMatch(/^10\.000,00\s€$/);

    // Undo it: the dialog names the payment first; afterwards a reversal row shows.
    await page.getByRole("button", { name: "Letzte Änderung rückgängig machen" }).click();
    const undo = page.getByRole("dialog");
    await expect.poll(() => undo.getByTestId("undo-preview").textContent()).toMatch(/Zahlung: 5\.000,00\s€/);
    await undo.getByRole("button", { name: "Rückgängig machen" }).click();
    await expect.poll(() => toasts(page)).toContain("Änderung rückgängig gemacht");
    await expect.poll(() => text(page, "pledge-received")).toMatch(/^0,00\s€$/);
    await expect.poll(() => text(page, "pledge-status")).toBe("Zugesagt");
    const storno = page.getByTestId("pledge-payments").getByRole("row", { name: /Storno/ });
    await expect.poll(() => storno.textContent()).toMatch(/-5\.000,00\s€/);

    // The history, oldest first.
    const entries = page.getByTestId("pledge-history").locator(":scope > li");
    await expect.poll(() => entries.count()).toBe(4);
    const lines = await entries.allTextContents();
    expect(lines[0]).toMatch(/Zusage erfasst: 15\.000,00\s€ \(Absicht\)/);
    expect(lines[1]).toContain("Status: Absicht → Zugesagt");
    expect(lines[2]).toMatch(/Zahlung: 5\.000,00\s€/);
    expect(lines[3]).toMatch(/Rückgängig gemacht: Zahlung: 5\.000,00\s€/);
    expect(lines[3]).toMatch(/Storno: -5\.000,00\s€/);
    for (const line of lines) expect(line).toContain("Olga Organisation");
    await page.close();
  });
});
