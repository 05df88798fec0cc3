// In Chromium, as an organiser would: sign in, see the dashboard, log pledges through the
// form, and watch the total, the eligibility verdict and the chart change without a reload.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../server/domain/dates";
import { launchChromium, signIn, startWithTestCampaign, TEST_ORGANISER, type RunningServer } from "./harness";

let server: RunningServer;
let browser: Browser;
let started: Awaited<ReturnType<typeof startWithTestCampaign>>;

beforeAll(async () => {
  started = await startWithTestCampaign(["Eifel Cloud GmbH"]);
  server = started.server;
  browser = await launchChromium();
  await started.admin.mutate("pledge.create", {
    campaignId: started.campaignId,
    sponsorId: started.sponsors[0].id,
    amountCents: 6_000_000,
    type: "cash",
    status: "confirmed",
    pledgedAt: addDays(started.today, -5),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The drawn line of the cumulative chart: it changes when the figures do. */
const chartLine = (page: Page) =>
  page.getByTestId("cumulative-chart").locator("path.recharts-area-curve").first().getAttribute("d");

describe("logging a pledge in the browser", () => {
  it("a confirmed pledge that closes the gap shows in the total, the verdict and the chart at once", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/60\.000,00\s€/);
    await expect.poll(() => page.getByTestId("eligibility-status").textContent()).toContain("Noch nicht förderfähig");
    const lineBefore = await chartLine(page);

    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Sponsor", { exact: true }).fill("Eifel");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Eifel Cloud GmbH/ })
      .click();
    await page.getByLabel("Betrag").fill("40.000");
    await page.getByRole("button", { name: "Zusage speichern" }).click();

    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 40\.000,00\s€ gespeichert/);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);
    await expect.poll(() => page.getByTestId("eligibility-status").textContent()).toBe("Förderfähig");
    await expect.poll(() => chartLine(page)).not.toBe(lineBefore);
    await page.close();
  });

  it("an ambiguous amount is refused with a German message; an intent from a new sponsor does not count", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Neuer Sponsor").check();
    await page.getByLabel("Name", { exact: true }).fill("Maasvallei Software B.V.");
    await page.getByLabel("Art").selectOption("company");
    await page.getByLabel("Land").selectOption("NL");
    await page.getByLabel("Betrag").fill("1,500");
    await page.getByLabel("Status").selectOption("intent");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByText("mehrdeutig").first().isVisible()).toBe(true);

    await page.getByLabel("Betrag").fill("1.500,50 €");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 1\.500,50\s€ gespeichert/);
    await expect.poll(() => page.getByTestId("counted-total").textContent()).toMatch(/100\.000,00\s€/);

    await page.getByRole("link", { name: "Zusagen" }).first().click();
    const row = page.getByTestId("pledge-table").getByRole("row", { name: /Maasvallei Software B\.V\./ });
    await expect.poll(() => row.textContent()).toMatch(/1\.500,50\s€.*Absicht/);
    await page.close();
  });
});

describe("a pledge for a new sponsor", () => {
  it("leaves no sponsor behind when the server refuses the pledge, and saves both on the next try", async () => {
    const { admin, campaignId } = started;
    const name = "Vaalser Quelle Analytics B.V.";
    const sponsorsNamed = async () => (await admin.query("sponsor.list", { campaignId, search: name })).items;
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Neuer Sponsor").check();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Betrag").fill("2.000");
    // A refusal the form cannot foresee: the pledge's date is changed on its way to one
    // before the campaign's range, so the server refuses the pledge.
    await page.route("**/trpc/pledge.create**", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, { pledgedAt?: string }>;
      for (const input of Object.values(body)) input.pledgedAt = "2000-01-03";
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.locator("[aria-invalid='true']").count()).toBeGreaterThan(0);
    expect(await sponsorsNamed()).toEqual([]);

    await page.unroute("**/trpc/pledge.create**");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Zusage über 2\.000,00\s€ gespeichert/);
    expect((await sponsorsNamed()).map((s: { name: string }) => s.name)).toEqual([name]);
    await page.close();
  });
});

describe("filtering the pledge list", () => {
  /** The sponsor names of the rows shown, in order. */
  // At 390 px the list is cards (issue 16, point 7): one title per pledge.
  const shownSponsors = (page: Page) => page.getByTestId("pledge-cards").locator(".list-card__title").allTextContents();

  it("overdue only, a sponsor kind and a search by name each narrow the rows, and the filters reset", async () => {
    const { admin, campaignId, today } = started;
    const research = await admin.mutate("sponsor.create", {
      campaignId,
      name: "Hohes Venn Forschung",
      kind: "research",
      country: "BE",
    });
    const utility = await admin.mutate("sponsor.create", {
      campaignId,
      name: "Aachener Stadtwerke",
      kind: "public_company",
      country: "DE",
    });
    await admin.mutate("pledge.create", {
      campaignId,
      sponsorId: research.id,
      amountCents: 200_000,
      type: "cash",
      status: "intent",
      pledgedAt: addDays(today, -3),
    });
    const late = await admin.mutate("pledge.create", {
      campaignId,
      sponsorId: utility.id,
      amountCents: 3_000_000,
      type: "cash",
      status: "confirmed",
      pledgedAt: addDays(today, -8),
    });
    // One installment, due three days ago and unpaid: the pledge is overdue.
    await admin.mutate("pledge.update", {
      pledgeId: late.id,
      expectedVersion: late.version,
      schedule: [{ dueOn: addDays(today, -3), amountCents: 3_000_000 }],
    });

    const page = await browser.newPage({
      locale: "de-DE",
      timezoneId: "Europe/Berlin",
      viewport: { width: 390, height: 844 },
    });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "Zusagen" }).first().click();
    // Newest first; the tests above may have added pledges of their own further down.
    await expect
      .poll(async () => (await shownSponsors(page)).slice(0, 2))
      .toEqual(["Aachener Stadtwerke", "Hohes Venn Forschung"]);
    const allRows = (await shownSponsors(page)).length;
    // At 390 px nothing of the list's content reaches past the screen (the table may scroll,
    // inside its wrapper). The app's header is the Shell's, not this page's.
    const widest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll("main *")]
          .filter((e) => !e.closest(".table-wrap"))
          .map((e) => e.getBoundingClientRect().right),
      ),
    );
    expect(widest).toBeGreaterThan(300);
    expect(widest).toBeLessThanOrEqual(390);

    // On a phone the filters fold away behind one button.
    expect(await page.getByLabel("Nur überfällige").isVisible()).toBe(false);
    await page.getByRole("button", { name: /^Filter/ }).click();
    // The filters live in the URL and the router updates it in a transition: click, then wait
    // for the URL, rather than check()/uncheck(), which expect the box to flip at once.
    await page.getByLabel("Nur überfällige").click();
    await expect.poll(() => page.url()).toContain("overdue=1");
    await expect.poll(() => shownSponsors(page)).toEqual(["Aachener Stadtwerke"]);
    await page.getByLabel("Nur überfällige").click();
    await expect.poll(() => page.url()).not.toContain("overdue=1");

    await page.getByLabel("Art").selectOption("research");
    await expect.poll(() => shownSponsors(page)).toEqual(["Hohes Venn Forschung"]);

    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await page.getByLabel("Sponsor suchen").fill("eifel");
    await expect.poll(async () => [...new Set(await shownSponsors(page))]).toEqual(["Eifel Cloud GmbH"]);
    expect(page.url()).toContain("q=eifel");

    await page.getByLabel("Sponsor suchen").fill("Nirgendwo");
    await expect
      .poll(() => page.getByRole("heading", { name: "Keine Zusagen passen zu diesen Filtern." }).isVisible())
      .toBe(true);
    await expect.poll(() => page.locator(".state--empty").textContent()).toContain("Sponsor enthält „Nirgendwo“");
    await page.locator(".state--empty").getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(() => shownSponsors(page)).toHaveLength(allRows);
    await expect.poll(() => page.getByLabel("Sponsor suchen").inputValue()).toBe("");
    await page.close();
  });
});
