// Issue 17, point 4 in Chromium: the admin sets up the issuer in the campaign's settings; on a
// donation pledge's page the organiser issues a Zuwendungsbestätigung for a payment, sees it
// listed with its number, and downloads exactly the PDF the server stored, which confirms the
// gift in the template's words; edited to sponsoring, the pledge's next payment gets an invoice;
// the sponsor finds its receipt in its portal.
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../server/domain/dates";
import {
  apiClient,
  launchChromium,
  pdfText,
  signIn,
  startWithTestCampaign,
  TEST_ADMIN,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

const SPONSOR = "Printen Lambertz KG";
const SAVE = "Änderungen speichern";
const germanDay = (day: string) => day.split("-").reverse().join(".");

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let campaignId: number;
let pledgeId: number;
let today: string;
let sponsorLink: string;
let organiser: ReturnType<typeof apiClient>;
let admin: ReturnType<typeof apiClient>;

beforeAll(async () => {
  const started = await startWithTestCampaign([SPONSOR]);
  ({ server, campaignId, today } = started);
  const sponsor = started.sponsors[0];
  admin = started.admin;
  await started.admin.mutate("sponsor.update", {
    sponsorId: sponsor.id,
    expectedVersion: 1,
    address: "Borchersstraße 18\n52072 Aachen",
  });
  organiser = apiClient(server.url);
  await organiser.mutate("auth.login", TEST_ORGANISER);
  const pledge = await organiser.mutate("pledge.create", {
    campaignId,
    sponsorId: sponsor.id,
    amountCents: 1_500_000,
    type: "cash",
    status: "confirmed",
  });
  pledgeId = pledge.id;
  sponsorLink = (await organiser.mutate("sponsor.createAccessLink", { sponsorId: sponsor.id })).url;
  await organiser.mutate("pledge.recordPayment", {
    pledgeId,
    amountCents: 500_000,
    paidAt: today,
    expectedVersion: pledge.version,
  });
  browser = await launchChromium();
  context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin", acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("receipts and invoices from the pledge's page", () => {
  it("start with the admin setting up the issuer in the campaign's settings", async () => {
    const page = await context.newPage();
    await signIn(page, server, TEST_ADMIN);
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
    await page.goto(`${server.url}/c/${campaignId}/settings`);
    const form = page.getByTestId("campaign-setup");
    const field = (name: string) => form.locator(`[name="${name}"]`);
    await form.getByRole("group", { name: "Aussteller für Zuwendungsbestätigungen und Rechnungen" }).waitFor();
    await field("issuerName").fill("Testland digital e.V.");
    await field("issuerAddress").fill("Marktplatz 1\n52062 Aachen");
    await field("issuerTaxNumber").fill("201/5902/1234");
    await field("exemptionKind").selectOption("freistellungsbescheid");
    await field("exemptionOffice").fill("Aachen-Stadt");
    await page.getByTestId("setup-exemptionDate").fill(germanDay(addDays(today, -400)));
    await field("exemptionPeriod").fill("2023");
    await field("issuerPurpose").fill("der Wissenschaft und Forschung");
    await field("issuerSignatory").fill("Dr. Eva Engel, Vorstand");
    await field("issuerPlace").fill("Aachen");
    await form.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Einstellungen gespeichert.");
    const [campaign] = await admin.query("campaign.list");
    expect(campaign.issuer).toMatchObject({ legalName: "Testland digital e.V.", exemption: { period: "2023" } });
    await page.context().clearCookies();
    await page.close();
  });

  it("is issued for the payment, listed with its number and downloaded as stored", async () => {
    const page = await context.newPage();
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
    await page.goto(`${server.url}/c/${campaignId}/pledges/${pledgeId}`);
    const section = page.getByTestId("pledge-documents");
    await section.getByText("Noch keine Belege ausgestellt.").waitFor();
    await section.getByRole("button", { name: /^Zuwendungsbestätigung ausstellen/ }).click();
    const number = `ZB-${today.slice(0, 4)}-0001`;
    const link = section.getByRole("link", { name: number });
    await link.waitFor();
    await expect.poll(() => section.getByRole("button", { name: /ausstellen/ }).count()).toBe(0);
    expect(await section.getByTestId("pledge-documents-table").textContent()).toContain("Zuwendungsbestätigung");

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const text = pdfText(await readFile(await download.path()));
    for (const part of [
      `Nr. ${number}`,
      "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag",
      "Testland digital e.V.",
      SPONSOR,
      "5.000,00 €",
      "fünftausend Euro",
      "Dr. Eva Engel, Vorstand",
    ])
      expect(text).toContain(part);
    await page.screenshot({ path: "/tmp/documents-pledge-page.png", fullPage: true });
    await page.close();
  });

  it("becomes an invoice once the pledge is edited to sponsoring at 7 %", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/c/${campaignId}/pledges/${pledgeId}`);
    await page.getByRole("button", { name: "Bearbeiten", exact: true }).click();
    await page.getByLabel("Spende oder Sponsoring").selectOption("sponsoring");
    await page.getByLabel("Umsatzsteuersatz").selectOption("7");
    await page.getByRole("button", { name: SAVE }).click();
    await page.getByText("Sponsoring (7 % USt.)").waitFor();
    // €15,000 gross at 7 %: the page says what of it counts.
    expect(await page.getByTestId("pledge-net").textContent()).toContain("14.018,69");
    const pledge = await organiser.query("pledge.get", { pledgeId });
    await organiser.mutate("pledge.recordPayment", {
      pledgeId,
      amountCents: 107_000,
      paidAt: today,
      expectedVersion: pledge.version,
    });
    await page.reload();
    const section = page.getByTestId("pledge-documents");
    await section.getByRole("button", { name: /^Rechnung ausstellen/ }).click();
    const number = `RE-${today.slice(0, 4)}-0001`;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name: number }).click(),
    ]);
    const text = pdfText(await readFile(await download.path()));
    expect(text).toContain("Umsatzsteuer 7 %");
    expect(text).toContain("1.070,00 €");
    await page.close();
  });

  it("counts the sponsoring net on the dashboard and says how much VAT it left out", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/c/${campaignId}`);
    // €15,000 gross at 7 %: €981.31 VAT, €14,018.69 own funds.
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toContain("14.018,69");
    expect(await page.getByTestId("vat-excluded").textContent()).toContain("981,31");
    await page.close();
  });

  it("is listed under 'Ihre Belege' in the sponsor's portal, downloaded there as well", async () => {
    const sponsorContext = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const portal = await sponsorContext.newPage();
    await portal.goto(sponsorLink);
    const section = portal.getByTestId("portal-documents");
    await section.getByRole("heading", { name: "Ihre Belege" }).waitFor();
    const number = `ZB-${today.slice(0, 4)}-0001`;
    const [download] = await Promise.all([
      portal.waitForEvent("download"),
      section.getByRole("link", { name: number }).click(),
    ]);
    expect(pdfText(await readFile(await download.path()))).toContain(`Nr. ${number}`);
    await sponsorContext.close();
  });

  it("issues the year's collective receipts from the payments page, one per sponsor with an address", async () => {
    const donor = async (name: string, address: string | undefined, cents: number) => {
      const sponsor = await organiser.mutate("sponsor.create", {
        campaignId,
        name,
        kind: "company",
        country: "DE",
        ...(address && { address }),
      });
      const pledge = await organiser.mutate("pledge.create", {
        campaignId,
        sponsorId: sponsor.id,
        amountCents: cents,
        type: "cash",
        status: "confirmed",
      });
      await organiser.mutate("pledge.recordPayment", {
        pledgeId: pledge.id,
        amountCents: cents,
        paidAt: today,
        expectedVersion: pledge.version,
      });
    };
    await donor("Aachener Stiftung Kathy Beys", "Theaterplatz 14\n52062 Aachen", 250_000);
    await donor("Ohne Anschrift GmbH", undefined, 40_000);
    const page = await context.newPage();
    // Still signed in as the organiser (this context's earlier steps).
    await page.goto(`${server.url}/c/${campaignId}/payments`);
    const card = page.getByTestId("year-end-receipts");
    await expect.poll(() => card.getByTestId("year-end-summary").textContent()).toContain("1 Sponsor");
    expect(await card.textContent()).toContain("Ohne Anschrift GmbH");
    await card.getByRole("button", { name: /^Sammelbestätigungen \d{4} ausstellen \(1\)$/ }).click();
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("1 Sammelbestätigung für");
    // Issued: the sponsor is off the list; the one without an address still waits for it.
    await expect.poll(() => card.textContent()).not.toContain("Aachener Stiftung Kathy Beys");
    expect(await card.textContent()).toContain("Ohne Anschrift GmbH");
    const issued = await organiser.query("document.list", { campaignId });
    expect(issued.items[0]).toMatchObject({ kind: "collective_receipt", amountCents: 250_000 });
    // The campaign's list shows it first, with whose it is.
    const row = page.getByTestId("campaign-documents").getByRole("row").nth(1);
    await expect.poll(() => row.textContent()).toContain(issued.items[0].number);
    expect(await row.textContent()).toContain("Aachener Stiftung Kathy Beys");
    await page.close();
  });
});
