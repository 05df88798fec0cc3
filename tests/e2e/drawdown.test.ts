// In Chromium: the state's share drawn down (issue 17, points 5 and 7). Before approval the
// dashboard's "Landesmittel" card says nothing can be called; once the application is approved
// the admin records the grant on the card, and the organiser sees granted, retention and what
// may be called at most, is stopped above it, calls funds and records the state's payment, and
// the card follows. A funder signs in, lands
// on its portfolio and finds the campaign with its grant, calls and receipts.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import {
  type apiClient,
  launchChromium,
  normalSpaces,
  signIn,
  startWithTestCampaign,
  TEST_ADMIN,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

const FUNDER = { email: "ministerium@example.org", password: "funder-password" };

let server: RunningServer;
let browser: Browser;
let admin: ReturnType<typeof apiClient>;
let campaignId: number;

beforeAll(async () => {
  const setup = await startWithTestCampaign(["Printen Lambertz KG"]);
  server = setup.server;
  admin = setup.admin;
  campaignId = setup.campaignId;
  const pledge = await admin.mutate("pledge.create", {
    campaignId,
    sponsorId: setup.sponsors[0].id,
    amountCents: 5_000_000,
    type: "cash",
    status: "confirmed",
  });
  // €20,000 of own funds received: at 1:1, €20,000 of the state's share may be called.
  await admin.mutate("pledge.recordPayment", {
    pledgeId: pledge.id,
    amountCents: 2_000_000,
    paidAt: setup.today,
    expectedVersion: pledge.version,
  });
  await admin.mutate("user.create", { ...FUNDER, name: "Ministerium", role: "funder", campaignId });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const card = (page: Page) => page.getByTestId("drawdown-section");
const figure = async (page: Page, testId: string) => normalSpaces((await page.getByTestId(testId).textContent()) ?? "");

describe("the Landesmittel card", () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
    await signIn(page, server, TEST_ORGANISER);
    await page.waitForURL(`${server.url}/c/${campaignId}`);
  });

  it("says that nothing can be called before the grant is recorded", async () => {
    await expect
      .poll(async () => normalSpaces((await page.getByTestId("drawdown-no-grant").textContent()) ?? ""), {
        timeout: 15_000,
      })
      .toContain("Vor der Bewilligung kann nichts abgerufen werden");
  });

  it("lets the admin record the grant on the card once the application is approved", async () => {
    await admin.mutate("campaign.update", { campaignId, expectedVersion: 1, applicationStatus: "submitted" });
    await admin.mutate("campaign.update", { campaignId, expectedVersion: 2, applicationStatus: "approved" });
    const adminPage = await browser.newPage();
    await signIn(adminPage, server, TEST_ADMIN);
    await adminPage.waitForURL(`${server.url}/c/${campaignId}`);
    const grantForm = adminPage.getByTestId("drawdown-grant-form");
    await grantForm.getByLabel("Bewilligte Landesmittel").fill("100.000");
    await grantForm.getByLabel("Einbehalt bis zum Verwendungsnachweis (%)").fill("101");
    await grantForm.getByRole("button", { name: "Bewilligung speichern" }).click();
    await expect
      .poll(async () => normalSpaces((await grantForm.textContent()) ?? ""))
      .toContain("Bitte eine ganze Zahl von 0 bis 100 angeben.");
    await grantForm.getByLabel("Einbehalt bis zum Verwendungsnachweis (%)").fill("10");
    await grantForm.getByRole("button", { name: "Bewilligung speichern" }).click();
    await expect.poll(() => figure(adminPage, "drawdown-granted"), { timeout: 15_000 }).toBe("100.000,00 €");
    expect(describeViolations("grant form", await axeViolations(adminPage))).toBe("");
    await adminPage.close();
  });

  it("shows the organiser the grant, its retention and what may be called at most", async () => {
    await page.reload();
    await expect.poll(() => figure(page, "drawdown-granted"), { timeout: 15_000 }).toBe("100.000,00 €");
    expect(await figure(page, "drawdown-retention")).toBe("10.000,00 €");
    expect(await figure(page, "drawdown-callable")).toBe("20.000,00 €");
    expect(normalSpaces((await card(page).textContent()) ?? "")).toContain("höchstens abrufbar");
    expect(describeViolations("drawdown card", await axeViolations(page))).toBe("");
  });

  it("refuses a call above the ceiling at the field, then records a call and the state's payment", async () => {
    const callForm = page.getByTestId("drawdown-call-form");
    await callForm.getByLabel("Betrag des Abrufs").fill("25.000");
    await callForm.getByRole("button", { name: "Abruf erfassen" }).click();
    await expect
      .poll(async () => normalSpaces((await callForm.textContent()) ?? ""))
      .toContain("Höchstens 20.000,00 € sind an diesem Tag abrufbar.");
    expect(await figure(page, "drawdown-called")).toBe("0,00 €");

    await callForm.getByLabel("Betrag des Abrufs").fill("15.000");
    await callForm.getByRole("button", { name: "Abruf erfassen" }).click();
    await expect.poll(() => figure(page, "drawdown-called")).toBe("15.000,00 €");
    expect(await figure(page, "drawdown-callable")).toBe("5.000,00 €");

    const receiptForm = page.getByTestId("drawdown-receipt-form");
    await receiptForm.getByLabel("Eingegangener Betrag").fill("15.000");
    await receiptForm.getByLabel("Notiz (optional)").fill("Abruf 1");
    await receiptForm.getByRole("button", { name: "Eingang erfassen" }).click();
    await expect.poll(() => figure(page, "drawdown-received")).toBe("15.000,00 €");
  });
});

describe("the funder's portfolio", () => {
  it("is where a funder lands, with the campaign's grant, calls and receipts", async () => {
    const page = await browser.newPage();
    await signIn(page, server, FUNDER);
    await page.waitForURL(`${server.url}/portfolio`);
    const row = page.getByTestId(`portfolio-row-${campaignId}`);
    const cells = async () => (await row.locator("th, td").allTextContents()).map(normalSpaces);
    await expect
      .poll(cells, { timeout: 15_000 })
      .toEqual([
        "Digitale Region Testland",
        "100.000,00 €",
        "50.000,00 €",
        "Nein",
        "100.000,00 €",
        "15.000,00 €",
        "15.000,00 €",
      ]);
    expect(await page.title()).toBe("Portfolio – Kampagnen-Tracker");
    // The navigation offers the portfolio alone: no campaign screens.
    const nav = page.getByRole("navigation");
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Portfolio"]);
    expect(describeViolations("portfolio", await axeViolations(page))).toBe("");
  });
});
