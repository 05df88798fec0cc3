// `npm run screenshots`: starts the app on the demo data and photographs its main screens
// into docs/screenshots/ for the README. Needs a built client (`npm run build`).
import { mkdirSync } from "node:fs";
import { apiClient, launchChromium, startServer } from "./harness";

const OUT = new URL("../../docs/screenshots/", import.meta.url).pathname;
const ORGANISER = { email: "organisation@aachen-digitalisiert.example", password: "demo-organiser" };

mkdirSync(OUT, { recursive: true });
const server = await startServer({ DEMO_DATA: "on" });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE", timezoneId: "Europe/Berlin" });
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").fill(ORGANISER.email);
  await page.getByLabel("Passwort").fill(ORGANISER.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByTestId("cumulative-chart").locator("svg").first().waitFor();
  await page.waitForTimeout(800); // let the chart's entry animation finish
  await page.screenshot({ path: `${OUT}dashboard.png`, fullPage: true });
  await page.getByRole("link", { name: "Zusagen" }).first().click();
  await page.getByRole("table").waitFor();
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

  // The sponsor portal of the StädteRegion, opened through a link as the sponsor would, on a phone.
  const organiser = apiClient(server.url);
  await organiser.mutate("auth.login", ORGANISER);
  const [region] = (await organiser.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items;
  const { url } = await organiser.mutate("sponsor.createAccessLink", { sponsorId: region.id });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "de-DE", timezoneId: "Europe/Berlin" });
  await phone.goto(url);
  await phone.getByTestId("portal-leverage").waitFor();
  await phone.screenshot({ path: `${OUT}portal-phone.png` });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.stop();
}
