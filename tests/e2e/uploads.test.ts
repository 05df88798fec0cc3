// In Chromium, the files an organiser uploads, on one server. The signed commitment on the
// pledge's page: listed (a wrong or too large file is refused in German first); the sponsor,
// through a real access link, finds it on its portal and downloads exactly those bytes;
// removed, it is gone from both. A German Excel CSV on the import page: sent as a file to the
// upload route (POST /api/campaigns/:id/imports), first as a dry run that saves nothing,
// then for real.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiClient,
  launchChromium,
  signIn,
  startWithTestCampaign,
  TEST_ORGANISER,
  type RunningServer,
} from "./harness";

/** A small but real PDF: one empty page. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
    "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);

let server: RunningServer;
let browser: Browser;
let organiser: ReturnType<typeof apiClient>;
let campaignId: number;
let today: string;
let pledgeId: number;
let sponsorId: number;

beforeAll(async () => {
  const started = await startWithTestCampaign(["Rurtal Robotik GmbH"]);
  ({ server, campaignId, today } = started);
  sponsorId = started.sponsors[0].id;
  browser = await launchChromium();
  organiser = apiClient(server.url);
  await organiser.mutate("auth.login", TEST_ORGANISER);
  pledgeId = (
    await organiser.mutate("pledge.create", {
      campaignId,
      sponsorId,
      amountCents: 1_500_000,
      type: "cash",
      status: "confirmed",
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Unterschriebene Zusage hochladen" }).click();
  await (await chooser).setFiles(file);
}

describe("attachments of a pledge", () => {
  let organiserContext: BrowserContext;
  let page: Page;
  let sponsorContext: BrowserContext;

  beforeAll(async () => {
    organiserContext = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    page = await organiserContext.newPage();
    sponsorContext = await browser.newContext({
      locale: "de-DE",
      timezoneId: "Europe/Berlin",
      viewport: { width: 390, height: 844 },
    });
  });

  it("the organiser uploads the signed pledge on its page and sees it listed; a wrong or too large file is refused", async () => {
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
    await page.goto(`${server.url}/c/${campaignId}/pledges/${pledgeId}`);
    const section = page.getByTestId("pledge-attachments");
    await expect.poll(() => section.textContent()).toContain("Noch keine Unterlagen hochgeladen.");

    await choose(page, { name: "notizen.txt", mimeType: "text/plain", buffer: Buffer.from("keine Zusage") });
    await expect
      .poll(() => page.getByTestId("attachment-problem").textContent())
      .toContain("Bitte wählen Sie ein PDF oder ein Bild");
    await choose(page, {
      name: "riesig.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    });
    await expect.poll(() => page.getByTestId("attachment-problem").textContent()).toContain("Die Datei ist zu groß");
    // A PNG named .pdf gets past the page's check, and the server refuses it by its bytes.
    await choose(page, {
      name: "getarnt.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    });
    await expect
      .poll(() => page.getByTestId("attachment-problem").textContent())
      .toContain("Diese Datei lässt sich nicht hochladen");

    await choose(page, { name: "Zusage Rurtal Robotik.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Zusage Rurtal Robotik.pdf hochgeladen");
    await expect.poll(() => page.getByTestId("attachment-problem").count()).toBe(0);
    const link = section.getByRole("link", { name: "Zusage Rurtal Robotik.pdf", exact: true });
    await expect.poll(() => link.count()).toBe(1);
    const facts = await section.locator(".attachment-list__item").textContent();
    expect(facts).toContain("PDF");
    expect(facts).toContain("Olga Organisation");
    expect(facts).toMatch(new RegExp(`${PDF.length}\\sByte`));

    // The link opens the very bytes, with the headers that keep a PDF in its box.
    const href = (await link.getAttribute("href"))!;
    const file = await organiserContext.request.get(server.url + href);
    expect(file.status()).toBe(200);
    expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["content-security-policy"]).toContain("sandbox");
  });

  it("the sponsor, through its access link, finds the document on its portal and downloads it", async () => {
    const { url } = await organiser.mutate("sponsor.createAccessLink", { sponsorId });
    const portal = await sponsorContext.newPage();
    await portal.goto(url);
    await expect.poll(() => new URL(portal.url()).pathname).toBe("/portal");
    const documents = portal.locator(`[data-pledge-id="${pledgeId}"]`).getByTestId("portal-attachments");
    await expect.poll(() => documents.textContent()).toContain("Zusage Rurtal Robotik.pdf");
    const download = documents.getByRole("link", { name: "Zusage Rurtal Robotik.pdf herunterladen" });
    const response = await sponsorContext.request.get(server.url + (await download.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);
    // Built for a phone: nothing sticks out sideways.
    expect(await portal.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await portal.close();
  });

  it("removed after a question, the document is gone for the organiser and the sponsor", async () => {
    const section = page.getByTestId("pledge-attachments");
    await section.getByRole("button", { name: "Zusage Rurtal Robotik.pdf entfernen" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain("„Zusage Rurtal Robotik.pdf“");
    await dialog.getByRole("button", { name: "Entfernen" }).click();
    await expect.poll(() => section.textContent()).toContain("Noch keine Unterlagen hochgeladen.");

    const portal = await sponsorContext.newPage();
    await portal.goto(`${server.url}/portal`);
    await expect.poll(() => portal.getByTestId("portal-attachments").textContent()).toContain("keine Unterlagen");
    await portal.close();
  });
});

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

describe("the import page", () => {
  const pledgeCount = async () => (await organiser.query("campaign.summary", { campaignId })).pledgeCount as number;

  it("a dry run saves nothing, the import saves every row", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
    await page.goto(`${server.url}/c/${campaignId}/import`);
    const sent: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (request.method() === "POST" && url.pathname.endsWith("/imports")) sent.push(url.pathname + url.search);
    });
    const before = await pledgeCount();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "Zusagen Mai.csv", mimeType: "text/csv", buffer: germanCsv(today) });
    await page.getByText("Zusagen Mai.csv").waitFor();

    await page.getByRole("button", { name: "Probelauf" }).click();
    const outcome = page.getByTestId("import-outcome");
    await expect.poll(() => outcome.textContent()).toContain("Ergebnis des Probelaufs – noch nichts gespeichert");
    expect(await outcome.textContent()).toContain("Würden angelegt2");
    expect(await pledgeCount()).toBe(before);

    await page.getByRole("button", { name: "Importieren", exact: true }).click();
    await expect.poll(() => outcome.textContent()).toContain("Import abgeschlossen");
    expect(await outcome.textContent()).toContain("Neue Zusagen2");
    expect(await pledgeCount()).toBe(before + 2);
    // The file went as a file, not as JSON through tRPC.
    expect(sent).toEqual([
      `/api/campaigns/${campaignId}/imports?dryRun=true`,
      `/api/campaigns/${campaignId}/imports?dryRun=false`,
    ]);
  });
});
