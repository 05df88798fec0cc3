// What a newcomer sees on `npm start`: the demo, read by the steering committee.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, startServer, type RunningServer } from "./harness";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "on" }, { fresh: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the demo for the steering committee", () => {
  it("the console says how each demo user signs in", () => {
    expect(server.output()).toContain("lenkungskreis@aachen-digitalisiert.example / demo-lenkungskreis");
    expect(server.output()).toMatch(/Admin created: admin@example\.org \/ \S{10,}/);
  });

  it("shows Aachen eligible with its chart, and offers no way to write", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await page.goto(`${server.url}/`);
    await page.getByLabel("E-Mail").fill("lenkungskreis@aachen-digitalisiert.example");
    await page.getByLabel("Passwort").fill("demo-lenkungskreis");
    await page.getByRole("button", { name: "Anmelden" }).click();

    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Aachen digitalisiert");
    await expect.poll(() => page.getByTestId("eligibility-status").textContent()).toBe("Förderfähig");
    await expect
      .poll(() => page.getByTestId("cumulative-chart").locator("path.recharts-area-curve").count())
      .toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Zusage erfassen" }).count()).toBe(0);
    // The demo's membership codes (sponsor, user) in words.
    const memberships = page.getByTestId("breakdown-membership");
    await expect.poll(() => memberships.textContent()).toMatch(/Fördermitglied.*Nutzermitglied/s);
    expect(await memberships.textContent()).not.toMatch(/\b(sponsor|user)\b/);

    await page.getByRole("link", { name: "Zusagen" }).first().click();
    await expect.poll(() => page.getByTestId("pledge-table").locator("tbody tr").count()).toBeGreaterThan(10);
    expect(await page.getByRole("button", { name: "Bestätigen" }).count()).toBe(0);
    await page.close();
  });
});
