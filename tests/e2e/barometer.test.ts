// In Chromium, as the initiative's website would show it: a page on another origin frames
// the Funding-Barometer with the snippet from the dashboard; a pledge logged through the API
// moves the bar without a reload; the page is accessible (axe) and fits small frames; the
// app's other pages refuse to be framed by that site; switching the public page off shows
// a neutral message in the frame.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, signIn, startWithTestCampaign, TEST_ADMIN, type RunningServer } from "./harness";

let server: RunningServer;
let admin: Awaited<ReturnType<typeof startWithTestCampaign>>["admin"];
let campaignId: number;
let sponsorId: number;
let browser: Browser;
let context: BrowserContext;
let host: Server;
let hostUrl: string;
/** The HTML the host site serves at a path: set by each test. */
const hostPages = new Map<string, string>();

async function campaignVersion(): Promise<number> {
  const list: { id: number; version: number }[] = await admin.query("campaign.list");
  return list.find((c) => c.id === campaignId)!.version;
}

const setPublicPage = async (publicPage: boolean) =>
  admin.mutate("campaign.update", { campaignId, expectedVersion: await campaignVersion(), publicPage });

beforeAll(async () => {
  const started = await startWithTestCampaign(["Printen Müller GmbH"]);
  ({ server, admin, campaignId } = started);
  sponsorId = started.sponsors[0].id;
  await setPublicPage(true);
  // The initiative's website: another site (the app runs on localhost, this on 127.0.0.1).
  host = createServer((req, res) => {
    const html = hostPages.get(req.url ?? "/");
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await server?.stop();
});

/** The dashboard's snippet, as an admin copies it. */
async function snippetFromDashboard(): Promise<string> {
  const page = await context.newPage();
  await signIn(page, server, TEST_ADMIN);
  await page.waitForURL((url) => url.pathname !== "/login");
  await page.goto(`${server.url}/c/${campaignId}`);
  await page.getByText("Funding-Barometer einbetten").click();
  const snippet = await page.getByTestId("barometer-snippet").inputValue();
  await page.close();
  return snippet;
}

async function hostPage(path: string, body: string): Promise<{ page: Page; frame: Frame }> {
  hostPages.set(
    path,
    `<!doctype html><html lang="de"><head><title>Aachen digitalisiert e.V.</title></head><body><h1>Unser Stand</h1>${body}</body></html>`,
  );
  const page = await context.newPage();
  await page.goto(hostUrl + path);
  await expect.poll(() => page.frames().length).toBe(2);
  return { page, frame: page.frames()[1] };
}

describe("the Funding-Barometer", () => {
  let page: Page;
  let frame: Frame;

  it("the dashboard hands out the snippet, and another site frames it with the figures", async () => {
    const snippet = await snippetFromDashboard();
    expect(snippet).toBe(
      `<iframe src="${server.url}/barometer/${campaignId}" title="Funding-Barometer Digitale Region Testland" width="360" height="220" style="border:0"></iframe>`,
    );
    ({ page, frame } = await hostPage("/", snippet));

    await expect.poll(() => frame.locator(".barometer__name").textContent()).toBe("Digitale Region Testland");
    expect(await frame.locator(".barometer__counted").textContent()).toBe("0\u00a0€");
    expect(await frame.locator(".barometer__target").textContent()).toBe("von 100.000\u00a0€");
    expect(await frame.getByText("0 Sponsoren").count()).toBe(1);
    expect(await frame.getByText("Noch nicht förderfähig").count()).toBe(1);
    expect(await frame.locator(".barometer__asof").textContent()).toMatch(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
    const meter = frame.getByRole("meter", { name: "Verbindliche Eigenmittel" });
    expect(await meter.getAttribute("aria-valuenow")).toBe("0");
  });

  it("a pledge logged through the API moves the framed barometer without a reload", async () => {
    await frame.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await admin.mutate("pledge.create", {
      campaignId,
      sponsorId,
      amountCents: 2_550_000,
      type: "cash",
      status: "confirmed",
    });
    await expect.poll(() => frame.locator(".barometer__counted").textContent()).toBe("25.500\u00a0€");
    const meter = frame.getByRole("meter");
    expect(await meter.getAttribute("aria-valuenow")).toBe("25");
    expect(await meter.getAttribute("aria-valuetext")).toBe("25\u00a0% des Ziels: 25.500\u00a0€ von 100.000\u00a0€");
    expect(await frame.locator(".barometer__percent").textContent()).toBe("25\u00a0%");
    expect(await frame.getByText("1 Sponsor", { exact: true }).count()).toBe(1);
    expect(await frame.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it("the app's other pages refuse to be framed by that site", async () => {
    const { page: other, frame: refused } = await hostPage(
      "/public-page",
      `<iframe src="${server.url}/p/${campaignId}" title="x"></iframe>`,
    );
    // Chromium blocks the frame (frame-ancestors 'self') and shows its error page instead.
    await expect.poll(() => refused.url()).toMatch(/^chrome-error:/);
    expect(await refused.locator("#root").count()).toBe(0);
    await other.close();
  });

  it("is accessible (axe: no serious or critical violations) and fits frames from 320×200 to 600×300 without scrolling", async () => {
    const own = await context.newPage();
    for (const [size, lang] of [
      [{ width: 320, height: 200 }, ""],
      [{ width: 360, height: 220 }, "?lang=en"],
      [{ width: 600, height: 300 }, ""],
    ] as const) {
      await own.setViewportSize(size);
      await own.goto(`${server.url}/barometer/${campaignId}${lang}`);
      await expect
        .poll(() => own.locator(".barometer__counted").textContent())
        .toBe(lang ? "€25,500" : "25.500\u00a0€");
      const overflow = await own.evaluate(() => ({
        x: document.documentElement.scrollWidth - innerWidth,
        y: document.documentElement.scrollHeight - innerHeight,
      }));
      expect(overflow, `${size.width}×${size.height}`).toEqual({ x: 0, y: 0 });
      expect(describeViolations(`${size.width}×${size.height}${lang}`, await axeViolations(own))).toBe("");
    }
    expect(await own.locator("html").getAttribute("lang")).toBe("de");
    await own.goto(`${server.url}/barometer/${campaignId}?lang=en`);
    await expect.poll(() => own.getByText("Not yet eligible").count()).toBe(1);
    expect(await own.getByText("1 sponsor", { exact: true }).count()).toBe(1);
    expect(await own.locator("html").getAttribute("lang")).toBe("en");
    await own.close();
  });

  it("switching the public page off turns the framed barometer into a neutral message", async () => {
    await setPublicPage(false);
    await expect
      .poll(() => frame.locator(".barometer__message").textContent())
      .toBe("Dieses Barometer ist nicht öffentlich.");
    expect(await frame.locator(".barometer__counted").count()).toBe(0);
    await page.close();
  });
});
