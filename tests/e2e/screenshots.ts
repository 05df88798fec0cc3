// `npm run screenshots`: starts the app on the demo data and photographs its main screens
// into docs/screenshots/ for the README. Needs a built client (`npm run build`).
import { mkdirSync } from "node:fs";
import { startSmtp } from "../api/mailHelpers";
import { apiClient, launchChromium, startServer } from "./harness";
import { fillOutbox } from "./outboxShot";
import { importDemoStatement } from "./paymentsShot";

const OUT = new URL("../../docs/screenshots/", import.meta.url).pathname;
const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };
const ADMIN = { email: "admin@example.org", password: "screenshot-admin-1" };
const HEINSBERG = { email: "organisation@heinsberg.example", password: "demo-organiser" };
const PHONE = { width: 390, height: 844 };

mkdirSync(OUT, { recursive: true });
// Mail goes to a local SMTP server (the outbox's picture); it refuses the addresses put in
// `refuseTo` and defers those in `deferTo`.
const smtpLists = { refuseTo: [] as string[], deferTo: [] as string[] };
const smtp = await startSmtp(smtpLists);
const server = await startServer({
  DEMO_DATA: "on",
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  SMTP_URL: smtp.url,
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").waitFor();
  await page.screenshot({ path: `${OUT}login.png` });
  await page.getByLabel("E-Mail").fill(ORGANISER.email);
  await page.getByLabel("Passwort").fill(ORGANISER.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByTestId("cumulative-chart").locator("svg").first().waitFor();
  await page.waitForTimeout(800); // let the chart's entry animation finish
  await page.screenshot({ path: `${OUT}dashboard.png`, fullPage: true });
  await page.getByRole("link", { name: "Zusagen", exact: true }).first().click();
  await page.waitForURL(/\/pledges$/);
  await page.getByTestId("pledge-table").waitFor();
  await page.screenshot({ path: `${OUT}pledges.png` });

  // The committee's report as its first printed page: A4 at 96 dpi (794 × 1123 CSS px), print
  // media, and the page's 15 mm margins as padding, so the content is as wide as on paper.
  await page.goto(`${server.url}/c/1/report`);
  await page.getByTestId("report-chart").locator("svg").first().waitFor();
  await page.getByTestId("cash-flow-chart").locator("svg").first().waitFor();
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.addStyleTag({ content: "body { padding: 15mm; background: #fff; }" });
  await page.screenshot({ path: `${OUT}report.png` });
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The sponsor portal of the StädteRegion, opened through a link as the sponsor would, on a phone.
  const organiser = apiClient(server.url);
  await organiser.mutate("auth.login", ORGANISER);
  const [region] = (await organiser.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items;
  const { url } = await organiser.mutate("sponsor.createAccessLink", { sponsorId: region.id });
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await phone.goto(url);
  await phone.getByTestId("portal-leverage").waitFor();
  await phone.screenshot({ path: `${OUT}portal-phone.png` });

  // The public page and its barometer: an admin switches the page on.
  const admin = apiClient(server.url);
  await admin.mutate("auth.login", ADMIN);
  const [campaign] = await admin.query("campaign.list");
  await admin.mutate("campaign.update", { campaignId: 1, expectedVersion: campaign.version, publicPage: true });
  await page.goto(`${server.url}/p/1`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}public.png` });
  await phone.goto(`${server.url}/p/1`);
  await phone.getByRole("heading", { level: 1 }).waitFor();
  await phone.screenshot({ path: `${OUT}public-phone.png` });
  const frame = await browser.newPage({
    viewport: { width: 360, height: 220 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await frame.goto(`${server.url}/barometer/1`);
  await frame.getByRole("meter").or(frame.getByRole("progressbar")).first().waitFor();
  await frame.screenshot({ path: `${OUT}barometer.png` });

  // The organiser's dashboard and pledge form on a phone.
  const organiserPhone = await browser.newPage({ viewport: PHONE, locale: "de-DE", timezoneId: "Europe/Berlin" });
  await organiserPhone.goto(`${server.url}/login`);
  await organiserPhone.getByLabel("E-Mail").fill(ORGANISER.email);
  await organiserPhone.getByLabel("Passwort").fill(ORGANISER.password);
  await organiserPhone.getByRole("button", { name: "Anmelden" }).click();
  await organiserPhone.getByTestId("cumulative-chart").locator("svg").first().waitFor();
  await organiserPhone.waitForTimeout(800);
  await organiserPhone.screenshot({ path: `${OUT}dashboard-phone.png` });
  await organiserPhone.goto(`${server.url}/c/1/pledges/new`);
  await organiserPhone.getByRole("button", { name: "Zusage speichern" }).waitFor();
  await organiserPhone.screenshot({ path: `${OUT}pledge-form-phone.png` });
  // The pledge and sponsor lists on a phone: cards, the filters folded away.
  await organiserPhone.goto(`${server.url}/c/1/pledges`);
  await organiserPhone.getByTestId("pledge-cards").waitFor();
  await organiserPhone.screenshot({ path: `${OUT}pledges-phone.png` });
  await organiserPhone.goto(`${server.url}/c/1/sponsors`);
  await organiserPhone.getByRole("heading", { level: 1 }).waitFor();
  await organiserPhone.waitForTimeout(300);
  await organiserPhone.screenshot({ path: `${OUT}sponsors-phone.png` });

  // The running campaign's organiser and their call list.
  const heinsberg = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await heinsberg.goto(`${server.url}/login`);
  await heinsberg.getByLabel("E-Mail").fill(HEINSBERG.email);
  await heinsberg.getByLabel("Passwort").fill(HEINSBERG.password);
  await heinsberg.getByRole("button", { name: "Anmelden" }).click();
  await heinsberg.getByRole("link", { name: "Anrufliste" }).click();
  await heinsberg.getByTestId("call-list").waitFor();
  await heinsberg.screenshot({ path: `${OUT}call-list.png` });
  // The admin's campaign setup screen, on the demo campaign's settings.
  const adminPage = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  await adminPage.goto(`${server.url}/login`);
  await adminPage.getByLabel("E-Mail").fill(ADMIN.email);
  await adminPage.getByLabel("Passwort").fill(ADMIN.password);
  await adminPage.getByRole("button", { name: "Anmelden" }).click();
  await adminPage.getByTestId("cumulative-chart").waitFor();
  await adminPage.goto(`${server.url}/c/1/settings`);
  await adminPage.getByTestId("campaign-setup").waitFor();
  await adminPage.screenshot({ path: `${OUT}campaign-setup.png` });

  // The outbox with mail sent, refused and queued for a retry, and failed.
  await fillOutbox(server, organiser, smtp.url, smtpLists);
  await page.goto(`${server.url}/c/1/mail`);
  await page.getByTestId("mail-table").waitFor();
  await page.screenshot({ path: `${OUT}outbox.png` });

  // The payments page: a statement read, with what waits for review.
  await importDemoStatement(organiser, 1);
  await page.goto(`${server.url}/c/1/payments`);
  await page.getByTestId("review-entry").first().waitFor();
  await page.screenshot({ path: `${OUT}payments.png` });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.stop();
  await smtp.close();
}
// The outbox's picture runs a sender in this process (outboxShot.ts); some handle of it, or of
// the HTTP clients, outlives the cleanup above, so the script ends itself once all is written.
process.exit(0);
