// The steering committee's printable report on the Aachen demo: the figures it shows match
// the API, and printed on A4 no chart is wider than the page or split across two pages. The
// forecast of 19.05.2016, with the what-if switches set on the dashboard, is read back from the
// printed PDF; and the dashboard "as shown on 19.05.2016, 18:00" lists a correction entered later.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate, formatEuro } from "../../client/lib/format";
import type { ApplicationStatus } from "../../server/domain/codes";
import { CODE_LABELS } from "../../server/domain/labels";
import { apiClient, launchChromium, normalSpaces, pdfText, signIn, startServer, type RunningServer } from "./harness";

const COMMITTEE = { email: "lenkungskreis@aachen-digitalisiert.example", password: "demo-lenkungskreis" };
const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };
/** Amounts as the UI writes them, with plain spaces (as pdfText and normalSpaces give the page's text). */
const euro = (cents: number) => normalSpaces(formatEuro(cents));
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

async function committeePage(): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await signIn(page, server, COMMITTEE);
  await page.waitForURL(/\/c\/\d+$/);
  return page;
}

async function openReport(path: string, on?: Page): Promise<Page> {
  const page = on ?? (await committeePage());
  if (path) await page.goto(`${server.url}${path}`);
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

  it("prints the forecast of 19.05.2016 as campaign.summary gives it, with the what-if switches set on the dashboard", async () => {
    const day = { campaignId: 1, asOf: "2016-05-19" };
    const summary = await api.query("campaign.summary", day);
    const { conditionalCountedCents } = await api.query("campaign.breakdowns", day);
    const p = summary.projection;
    expect(p.pacePerDayCents).not.toBeNull(); // the demo has a projection on that day

    const page = await committeePage();
    await page.goto(`${server.url}/c/1?asOf=2016-05-19`);
    const forecast = page.getByTestId("projection");
    await expect
      .poll(() => forecast.getByTestId("forecast-range").textContent())
      .toBe(`${formatEuro(p.rangeLowCents)} bis ${formatEuro(p.rangeHighCents)}`);
    expect(await forecast.getByTestId("forecast-working-day").textContent()).toBe(
      formatEuro(p.requiredPerWorkingDayCents),
    );
    // The badge is the application's status on that day.
    expect(await page.getByTestId("application-status").textContent()).toBe(
      CODE_LABELS.applicationStatus[summary.applicationStatus as ApplicationStatus].de,
    );

    // What if the conditional pledges lapse and 30 % of the intents become binding?
    await page.getByLabel(/^Bedingte Zusagen fallen weg/).check();
    await page.getByLabel(/^Absichtserklärungen werden zu \d+ % verbindlich/).check();
    const slider = page.getByTestId("what-if-percent");
    await slider.focus();
    await slider.press("ArrowLeft");
    await slider.press("ArrowLeft"); // 50 % → 30 %
    await expect.poll(() => page.url()).toMatch(/withoutConditional=1&intentsAt=30|intentsAt=30&withoutConditional=1/);
    const whatIfCents =
      summary.countedCents - conditionalCountedCents + Math.floor((summary.intentCountedCents * 30) / 100);
    await expect.poll(() => page.getByTestId("what-if-counted").textContent()).toBe(formatEuro(whatIfCents));

    // The dashboard's "Bericht" carries the day and the switches to the report.
    await page.locator(".page__actions").getByRole("link", { name: "Bericht" }).click();
    await page.waitForURL(/\/c\/1\/report\?/);
    await openReport("", page);
    await page.getByTestId("what-if-counted").waitFor();
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize(PRINTABLE);
    const text = pdfText(await page.pdf({ format: "A4", printBackground: true }));

    expect(text).toContain("Stand: Ende des 19.05.2016");
    // pdftotext reads the figures' grid column by column: the values are checked, not their neighbours.
    expect(text).toContain("PROGNOSE BIS ZUR FRIST");
    expect(text).toContain(euro(p.pacePerDayCents));
    expect(text).toContain(euro(p.projectedCents));
    expect(text).toContain(formatDate(p.projectedReachDate));
    expect(text).toContain(`${euro(p.rangeLowCents)} bis ${euro(p.rangeHighCents)}`);
    expect(text).toContain(euro(p.requiredPerWorkingDayCents));
    expect(text).toContain(`noch ${p.workingDaysLeft} Arbeitstage`);
    expect(text).toContain(`${p.weekChangeCents > 0 ? "+" : "\u2212"} ${euro(Math.abs(p.weekChangeCents))}`);
    expect(text).toContain(`Bedingte Zusagen fallen weg (− ${euro(conditionalCountedCents)})`);
    expect(text).toContain("Absichtserklärungen werden zu 30 % verbindlich");
    expect(text).toContain(euro(whatIfCents));
    expect(text).toContain(euro(Math.max(summary.targetCents - whatIfCents, 0)));
    // Every panel follows the day: nothing says "today" (the pipeline's waits count to 19.05.2016).
    expect(text).toContain("Stand am 19.05.2016");
    expect(text).not.toMatch(/heute|heutig/i);
    await page.close();
  }, 60_000);

  it("shows 19.05.2016 as it was shown at 18:00 that day, with a confirmation entered later beside it", async () => {
    const day = { campaignId: 1, asOf: "2016-05-19" };
    const asShown = { ...day, knownAt: "2016-05-19T18:00:00+02:00" };
    const before = {
      shown: await api.query("campaign.summary", asShown),
      now: await api.query("campaign.summary", day),
    };
    // An organiser confirms an intent now, dated 18.05.2016: recorded long after 19.05.2016, 18:00.
    const organiser = apiClient(server.url);
    await organiser.mutate("auth.login", ORGANISER);
    const intents = (await organiser.query("pledge.list", { campaignId: 1, status: "intent", limit: 200 })).items;
    const pledge = intents.find((p: { pledgedAt: string }) => p.pledgedAt <= "2016-05-18");
    await organiser.mutate("pledge.setStatus", {
      pledgeId: pledge.id,
      status: "confirmed",
      expectedVersion: pledge.version,
      at: "2016-05-18",
    });
    const shown = await api.query("campaign.summary", asShown);
    const now = await api.query("campaign.summary", day);
    expect(shown.countedCents).toBe(before.shown.countedCents); // as shown then: unmoved
    expect(now.countedCents).toBe(before.now.countedCents + pledge.amountCents);
    const { total } = await api.query("campaign.corrections", asShown);

    const page = await committeePage();
    await page.goto(`${server.url}/c/1?asOf=2016-05-19`);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toBe(formatEuro(now.countedCents));
    await page.getByLabel("Wie damals angezeigt").check();
    await page.getByTestId("known-at-day").fill("19.05.2016");
    await page.getByTestId("known-at-time").fill("18:00");
    await page.getByTestId("known-at-time").blur();
    await expect.poll(() => page.url()).toContain("knownAt=2016-05-19T18%3A00");
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toBe(formatEuro(shown.countedCents));
    await expect
      .poll(() => page.getByTestId("as-of-notice").textContent())
      .toContain("wie sie am 19.05.2016, 18:00 Uhr erfasst waren");

    const corrections = page.getByTestId("corrections-section");
    await expect
      .poll(() => corrections.getByTestId("corrections-total").textContent())
      .toBe(`${total} nachträgliche Änderung${total === 1 ? "" : "en"}`);
    const row = normalSpaces((await corrections.locator("tbody tr").first().textContent()) ?? "");
    expect(row).toContain(pledge.sponsorName);
    expect(row).toContain("Status: Absicht → Zugesagt");
    expect(row).toContain("18.05.2016");

    // The pipeline as known then still waits for that intent.
    await page.getByTestId("pipeline-intent").waitFor();
    const pipeline = await api.query("campaign.pipeline", asShown);
    expect(await page.getByTestId("pipeline-intent").textContent()).toBe(formatEuro(pipeline.intentCents));
    const main = normalSpaces((await page.locator("main").textContent()) ?? "").replace("Zurück zu heute", "");
    expect(main).not.toMatch(/heute|heutig/i);
    await page.close();
  }, 60_000);
});
