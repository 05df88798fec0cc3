// In Chromium: the organiser imports a German Excel CSV on the import page. The page sends the
// file itself to the upload route (POST /api/campaigns/:id/imports), first as a dry run that
// saves nothing, then for real; the pledges are there afterwards.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  apiClient,
  launchChromium,
  signIn,
  startWithTestCampaign,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

// Saved by Excel on a German PC: Windows-1252, semicolons, decimal commas.
function germanCsv(today: string): Buffer {
  const day = today.split("-").reverse().join("."); // DD.MM.YYYY
  return Buffer.from(
    [
      "Name;Art;Land;Betrag;Typ;Status;Datum",
      `Würselener Werkzeugbau GmbH;Unternehmen;DE;12.500,00;Geld;Zugesagt;${day}`,
      `Stadtwerke Eschweiler;Kommunales Unternehmen;DE;40.000;Geld;Absicht;${day}`,
    ].join("\r\n"),
    "latin1",
  );
}
let CSV: Buffer;

let server: RunningServer;
let browser: Browser;
let page: Page;
let campaignId: number;
let organiser: ReturnType<typeof apiClient>;

beforeAll(async () => {
  const started = await startWithTestCampaign([]);
  ({ server, campaignId } = started);
  CSV = germanCsv(started.today);
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
  organiser = apiClient(server.url);
  await organiser.mutate("auth.login", TEST_ORGANISER);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pledgeCount = async () => (await organiser.query("campaign.summary", { campaignId })).pledgeCount as number;

it("a dry run saves nothing, the import saves every row", async () => {
  await signIn(page, server, TEST_ORGANISER);
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
  await page.goto(`${server.url}/c/${campaignId}/import`);
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") uploads.push(new URL(request.url()).pathname + new URL(request.url()).search);
  });
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "Zusagen Mai.csv", mimeType: "text/csv", buffer: CSV });
  await page.getByText("Zusagen Mai.csv").waitFor();

  await page.getByRole("button", { name: "Probelauf" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect.poll(() => outcome.textContent()).toContain("Ergebnis des Probelaufs – noch nichts gespeichert");
  expect(await outcome.textContent()).toContain("Würden angelegt2");
  expect(await pledgeCount()).toBe(0);

  await page.getByRole("button", { name: "Importieren", exact: true }).click();
  await expect.poll(() => outcome.textContent()).toContain("Import abgeschlossen");
  expect(await outcome.textContent()).toContain("Neue Zusagen2");
  expect(await pledgeCount()).toBe(2);
  // The file went as a file, not as JSON through tRPC.
  expect(uploads.filter((u) => u.includes("/imports"))).toEqual([
    `/api/campaigns/${campaignId}/imports?dryRun=true`,
    `/api/campaigns/${campaignId}/imports?dryRun=false`,
  ]);
});
