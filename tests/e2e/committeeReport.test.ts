// The steering committee's printable report on the Aachen demo: the figures it shows match
// the API, and printed on A4 no chart is wider than the page or split across two pages.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuro } from "../../client/lib/format";
import { apiClient, launchChromium, signIn, startServer, type RunningServer } from "./harness";

const COMMITTEE = { email: "lenkungskreis@aachen-digitalisiert.example", password: "demo-lenkungskreis" };
/** A4 at 96 CSS px per inch between 15 mm margins: 180 mm × 267 mm. */
const PRINTABLE = { width: Math.floor((180 / 25.4) * 96), height: Math.floor((267 / 25.4) * 96) };

let server: RunningServer;
let browser: Browser;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "on" });
  browser = await launchChromium();
  api = apiClient(server.url);
  await api.mutate("auth.login", COMMITTEE);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openReport(path: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await signIn(page, server, COMMITTEE);
  await page.waitForURL(/\/c\/\d+$/);
  await page.goto(`${server.url}${path}`);
  await page.getByTestId("report-chart").locator("svg").first().waitFor();
  await page.getByTestId("cash-flow-chart").locator("svg").first().waitFor();
  await page.getByTestId("pipeline-intent").waitFor();
  await page.getByTestId("breakdown-raised-by").waitFor();
  return page;
}

describe("the committee's report", () => {
  it("is linked from the navigation and shows counted total, rules, cash flow and pipeline", async () => {
    const summary = await api.query("campaign.summary", { campaignId: 1 });
    const pipeline = await api.query("campaign.pipeline", { campaignId: 1 });
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: "de-DE",
      timezoneId: "Europe/Berlin",
    });
    await signIn(page, server, COMMITTEE);
    await page.getByRole("navigation").getByRole("link", { name: "Bericht" }).click();
    await page.waitForURL(/\/c\/1\/report$/);

    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Aachen digitalisiert");
    await expect.poll(() => page.getByTestId("report-counted").textContent()).toBe(formatEuro(summary.countedCents));
    expect(await page.getByTestId("report-taken-at").textContent()).toMatch(
      /^Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/,
    );

    const rules = page.getByTestId("report-rules");
    expect(await rules.locator("[data-rule=target]").textContent()).toContain("erfüllt");
    expect(await rules.locator("[data-rule=deadline]").textContent()).toContain("erfüllt");

    const first = summary.cashFlow[0];
    const row = page.getByTestId("cash-flow-table").locator("tbody tr").first();
    expect(await row.textContent()).toContain(String(first.year));
    expect(await row.textContent()).toContain(formatEuro(first.ownScheduledCents));
    expect(await row.textContent()).toContain(formatEuro(first.stateCents));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByTestId("cash-flow-table")
        .getByRole("button", { name: /als CSV herunterladen/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^aachen-digitalisiert-eigenmittel-und-landesanteil-je-jahr-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = (await readFile(await download.path())).toString("utf8"); // keeps the BOM, unlike Response.text()
    expect(csv.startsWith("\uFEFFJahr;Eigenmittel geplant;")).toBe(true);
    expect(csv).toContain(`\r\n${first.year};${(first.ownScheduledCents / 100).toFixed(2).replace(".", ",")};`);

    await page.getByTestId("pipeline-intent").waitFor();
    expect(await page.getByTestId("pipeline-intent").textContent()).toBe(formatEuro(pipeline.intentCents));
    expect(await page.getByTestId("pipeline-sponsors").locator("tbody tr").count()).toBe(
      Math.min(pipeline.sponsorCount, 10),
    );
    expect(await page.getByTestId("financing-plan-xlsx").getAttribute("href")).toBe(
      "/api/campaigns/1/financing-plan.xlsx?locale=de",
    );
    await page.close();
  }, 60_000);

  it("shows the figures of an earlier day with ?asOf=", async () => {
    const summary = await api.query("campaign.summary", { campaignId: 1, asOf: "2016-05-19" });
    const page = await openReport("/c/1/report?asOf=2016-05-19");
    expect(await page.getByTestId("report-taken-at").textContent()).toMatch(
      /^Stand: Ende des 19\.05\.2016 \(abgerufen am .+ Uhr\)$/,
    );
    expect(await page.getByTestId("report-counted").textContent()).toBe(formatEuro(summary.countedCents));
    await page.close();
  }, 60_000);

  it("prints on at most six A4 pages, with every chart inside the page and kept whole", async () => {
    const page = await openReport("/c/1/report");
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize(PRINTABLE);

    expect(await page.locator("header.header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole("button", { name: /als CSV herunterladen/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE.width);

    const charts = await page.evaluate(() =>
      [...document.querySelectorAll(".recharts-wrapper, .recharts-wrapper > svg")].map((el) => {
        const box = el.getBoundingClientRect();
        const section = el.closest(".chart")!;
        return {
          left: box.left,
          right: box.right,
          width: box.width,
          breakInside: getComputedStyle(section).breakInside,
          sectionHeight: section.getBoundingClientRect().height,
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4); // two charts, wrapper and svg each
    for (const chart of charts) {
      expect(chart.left).toBeGreaterThanOrEqual(0);
      expect(chart.width).toBeLessThanOrEqual(PRINTABLE.width);
      expect(chart.right).toBeLessThanOrEqual(PRINTABLE.width);
      expect(chart.breakInside).toBe("avoid");
      expect(chart.sectionHeight).toBeLessThan(PRINTABLE.height);
    }
    const chartSection = page.locator(".report-section--chart");
    expect(await chartSection.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    await page.close();
  }, 60_000);
});
