// Issue 16 end to end, in Chromium against a real SMTP server: the admin sets up a campaign in
// the UI, logs a pledge from a new sponsor, gives it a contact e-mail and mails it its link;
// the link, read from the message the SMTP server received, opens the sponsor's portal in a
// browser without a session, and the confirmation downloaded there names the pledge's
// reference, its amount and the campaign's IBAN.
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "../../server/domain/dates";
import { startSmtp } from "../api/mailHelpers";
import { launchChromium, pdfText, signIn, startServer, TEST_ADMIN, type RunningServer } from "./harness";

const PAGE = { locale: "de-DE", timezoneId: "Europe/Berlin", viewport: { width: 1280, height: 900 } };
const SPONSOR = "Dreiländereck Robotik GmbH";
const CONTACT = "kontakt@dreilaendereck-robotik.example";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: RunningServer;
let browser: Browser;
/** PUBLIC_URL: where links in mail point to, the app's own address here. */
let publicUrl: string;

/** A port free right now: PUBLIC_URL must name the app's address before the app starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  smtp = await startSmtp();
  const port = await freePort();
  publicUrl = `http://localhost:${port}`;
  server = await startServer({
    DEMO_DATA: "off",
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Eifel vernetzt <kampagne@eifel-vernetzt.example>",
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

const germanDay = (day: string) => day.split("-").reverse().join(".");

describe("an organiser's journey from a new campaign to the sponsor's signed-for confirmation", () => {
  it("sets up a campaign, logs a pledge, mails the link, and the sponsor downloads the confirmation", async () => {
    const today = berlinDay(new Date());
    const page = await browser.newPage(PAGE);
    await signIn(page, server, TEST_ADMIN);

    // The setup form: the admin's first campaign.
    await page.getByRole("link", { name: "Neue Kampagne" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Neue Kampagne");
    const basics = page.getByRole("group", { name: "Kampagne" });
    await basics.getByLabel("Name", { exact: true }).fill("Eifel vernetzt");
    await basics.getByLabel("Region").fill("Eifel");
    const terms = page.getByRole("group", { name: "Förderung und Fristen" });
    await terms.getByLabel("Zielsumme").fill("200.000");
    await terms.getByLabel("Höchstbetrag der Förderung").fill("200.000");
    await terms.getByLabel("Förderverhältnis").fill("1");
    await terms.getByRole("textbox", { name: "Sammelbeginn" }).fill(germanDay(addDays(today, -10)));
    await terms.getByRole("textbox", { name: "Frist" }).fill(germanDay(addDays(today, 60)));
    const bank = page.getByRole("group", { name: "Bankverbindung" });
    await bank.getByLabel("Kontoinhaber").fill("Eifel vernetzt e. V.");
    await bank.getByLabel("IBAN").fill("DE89370400440532013000");
    const sender = page.getByRole("group", { name: "Absender für Briefe" });
    await sender.getByLabel("Name", { exact: true }).fill("Eifel vernetzt e. V.");
    await sender.getByLabel("Anschrift").fill("Markt 1\n53902 Bad Münstereifel");
    await page.getByRole("button", { name: "Kampagne anlegen" }).click();
    await expect.poll(() => page.locator(".toasts").textContent()).toContain("Kampagne „Eifel vernetzt“ angelegt.");
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/c\/\d+$/);
    const campaignPath = new URL(page.url()).pathname;

    // A pledge from a sponsor the campaign does not know yet, through the pledge form.
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Neuer Sponsor").check();
    await page.getByLabel("Name", { exact: true }).fill(SPONSOR);
    await page.getByLabel("Betrag").fill("25.000");
    await page.getByLabel("Status").selectOption("confirmed");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 25\.000,00\s€ gespeichert/);
    await page.getByRole("status").getByRole("link", { name: "Zusage öffnen" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(SPONSOR);
    const meta = (await page.locator(".page__meta").first().textContent()) ?? "";
    const reference = /Zusage ([A-Z]{2}-\d{4})/.exec(meta)?.[1];
    expect(reference, meta).toMatch(/^EV-\d{4}$/);

    // The sponsor gets a contact e-mail, then its link by mail.
    await page.goto(`${server.url}${campaignPath}/sponsors`);
    await page.getByRole("button", { name: `Aktionen für ${SPONSOR}` }).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Bearbeiten" }).click();
    const dialog = page.getByRole("dialog", { name: `${SPONSOR} bearbeiten` });
    await dialog.getByLabel("E-Mail").fill(CONTACT);
    await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole("button", { name: `Aktionen für ${SPONSOR}` }).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Link per E-Mail senden" }).click();
    await expect
      .poll(() => page.locator(".toasts").textContent())
      .toContain(`Die E-Mail an ${CONTACT} ist in der Warteschlange.`);

    // The sender looks at the outbox every few seconds: wait for the message at the SMTP server.
    await expect.poll(() => smtp.received.length, { timeout: 30_000 }).toBe(1);
    const [mail] = smtp.received;
    expect(mail.to).toMatchObject({ text: CONTACT });
    expect(mail.from?.text).toContain("kampagne@eifel-vernetzt.example");
    expect(mail.subject).toBe("Ihr Zugang zur Kampagne „Eifel vernetzt“");
    const link = new RegExp(`${publicUrl}/s/\\S+`).exec(mail.text ?? "")?.[0];
    expect(link, mail.text).toBeDefined();
    await page.close();

    // The sponsor has no session: a fresh browser context, as on its own computer.
    const sponsorContext = await browser.newContext(PAGE);
    const portal = await sponsorContext.newPage();
    await portal.goto(link!);
    await expect.poll(() => new URL(portal.url()).pathname).toBe("/portal");
    await expect.poll(() => portal.getByTestId("portal-greeting").textContent()).toContain(SPONSOR);
    const [download] = await Promise.all([
      portal.waitForEvent("download"),
      portal.getByRole("link", { name: "Bestätigung der Zusage (PDF)" }).click(),
    ]);
    const text = pdfText(await readFile(await download.path()));
    expect(text).toContain(reference);
    expect(text).toContain("25.000,00 €");
    expect(text).toContain("DE89 3704 0044 0532 0130 00");
    await portal.screenshot({ path: "/tmp/organiser-journey-portal.png", fullPage: true });
    await sponsorContext.close();
  });
});
