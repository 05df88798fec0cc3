// In Chromium, as an organiser (issue 17): read a bank statement on the payments page, check
// what it would do, book it; resolve the credit it suggested and assign one without a
// reference to a pledge found by its sponsor; find the payments on the pledge's page and the
// money received on the dashboard.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, type RunningServer, signIn, startWithTestCampaign, TEST_ORGANISER } from "./harness";

let server: RunningServer;
let browser: Browser;
let campaignId: number;
let pledge: { id: number; reference: string };
let statement: string;

const IBAN = "DE89370400440532013000";

beforeAll(async () => {
  const setup = await startWithTestCampaign(["Printen Lambertz KG"]);
  server = setup.server;
  campaignId = setup.campaignId;
  // €15,000 in three installments of €5,000.
  pledge = await setup.admin.mutate("pledge.create", {
    campaignId,
    sponsorId: setup.sponsors[0].id,
    amountCents: 1_500_000,
    type: "cash",
    status: "confirmed",
  });
  // The first installment with the reference, split over two lines as banks do; the second
  // from the same account without it: a standing order the app suggests rather than books.
  const today = setup.today;
  statement = [
    "Datum;Betrag;Verwendungszweck;Name;IBAN",
    `${today};5.000,00;"Rate 1 ${pledge.reference.replace("-", "- ")}";Printen Lambertz KG;${IBAN}`,
    `${today};5.000,00;Dauerauftrag Foerderung;Printen Lambertz KG;${IBAN}`,
    `${today};1.000,00;Spende Firmenjubilaeum;Lambertz Holding;DE02120300000000202051`,
    `${today};-80,00;Kontofuehrung;Sparkasse;`,
  ].join("\n");
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const received = (page: Page) => page.locator('[data-figure="received"] dd').first().textContent();

describe("a bank statement on the payments page", () => {
  it("is checked, booked, its suggestion assigned, and the money shows on the pledge and the dashboard", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await expect.poll(() => received(page)).toMatch(/^0,00\s€$/);

    await page.getByRole("link", { name: "Zahlungen" }).first().click();
    await expect.poll(() => page.title()).toMatch(/^Zahlungseingang/);
    await page.getByLabel("Datei wählen").setInputFiles({
      name: "umsaetze.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(statement),
    });
    const check = page.getByTestId("statement-check");
    await expect.poll(() => check.textContent()).toContain("3 Gutschriften gelesen");
    expect(await check.textContent()).toContain("1 würden sofort gebucht");
    expect(await check.textContent()).toContain("2 kämen zur Prüfung");
    await page.getByRole("button", { name: "Jetzt buchen" }).click();
    await expect
      .poll(() => page.locator(".toasts").textContent())
      .toContain("Kontoauszug gebucht: 1 sofort gebucht, 2 zur Prüfung.");

    const entries = page.getByTestId("review-entry");
    await expect.poll(() => entries.count()).toBe(2);
    const entry = entries.filter({ hasText: "Dauerauftrag" });
    expect(await entry.getByTestId("review-suggestion").textContent()).toContain(
      `Vorschlag: ${pledge.reference} · Printen Lambertz KG · offen 10.000,00`,
    );
    expect(await entry.textContent()).toContain("von einem bekannten Konto");
    expect(describeViolations("payments", await axeViolations(page))).toBe("");
    await entry.getByRole("button", { name: `${pledge.reference} zuordnen` }).click();
    await expect
      .poll(() => page.locator(".toasts").textContent())
      .toContain(`als Zahlung zu ${pledge.reference} gebucht`);
    // The holding's donation names no pledge: found by the sponsor's name and assigned.
    await expect.poll(() => entries.count()).toBe(1);
    await entries.getByText("Andere Zusage …").click();
    await entries.getByLabel("Sponsor suchen").fill("Printen");
    const choice = entries.getByLabel("Zusage", { exact: true });
    await expect.poll(() => choice.locator("option").count()).toBe(2);
    await choice.selectOption({ index: 1 });
    await entries.getByRole("button", { name: "Der gewählten Zusage zuordnen" }).click();
    await expect
      .poll(() => page.locator(".toasts").textContent())
      .toMatch(new RegExp(`1\\.000,00\\s€ als Zahlung zu ${pledge.reference} gebucht`));
    await expect.poll(() => page.getByTestId("review-queue").textContent()).toContain("Nichts zu prüfen");
    // Nothing was marked as not ours.
    await page.getByRole("button", { name: "Als nicht unser Geld markierte zeigen" }).click();
    await expect
      .poll(() => page.getByTestId("review-queue").textContent())
      .toContain("Keine Gutschrift ist als nicht unser Geld markiert.");

    await page.goto(`${server.url}/c/${campaignId}/pledges/${pledge.id}`);
    const payments = page.getByTestId("pledge-payments").locator("tbody tr");
    await expect.poll(() => payments.count()).toBe(3);

    await page.getByRole("link", { name: "Dashboard" }).first().click();
    await expect.poll(() => received(page)).toMatch(/^11\.000,00\s€$/);
  });
});
