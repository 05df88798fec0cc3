// In Chromium, as an organiser would: log an intent through the form, open it from the
// pledge list, confirm it, record a payment, undo the payment, and read the whole story
// in the pledge's history. Then the dates of status changes (issue 14): typed the German way
// in a browser set to American English, an impossible day refused, a day long after the
// deadline asked about first, and the same field in English reading DD/MM/YYYY.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "../../server/domain/dates";
import { apiClient, launchChromium, startServer, type RunningServer } from "./harness";

const ORGANISER = { email: "orga@example.org", password: "organiser-password" };
const ADMIN = { email: "admin@example.org", password: "admin-password" };
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "off", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  browser = await launchChromium();
  const admin = apiClient(server.url);
  await admin.mutate("auth.login", ADMIN);
  const today = berlinDay(new Date());
  const campaign = await admin.mutate("campaign.create", {
    name: "Digitale Region Testland",
    targetCents: 10_000_000,
    matchCapCents: 10_000_000,
    windowStart: addDays(today, -10),
    deadline: addDays(today, 30),
  });
  await admin.mutate("user.create", {
    ...ORGANISER,
    name: "Olga Organisation",
    role: "organiser",
    campaignId: campaign.id,
  });
  await admin.mutate("sponsor.create", {
    campaignId: campaign.id,
    name: "Rurtal Robotik GmbH",
    kind: "company",
    country: "DE",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, who = ORGANISER) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").fill(who.email);
  await page.getByLabel("Passwort").fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();
const toasts = (page: Page) => page.locator(".toasts").textContent();
/** The start of "detail.conflict": the pledge was changed meanwhile. */
const CONFLICT_TEXT = /inzwischen geändert/;

describe("a pledge's life on its own page", () => {
  it("an intent is confirmed, paid in part, the payment undone, and the history tells it in order", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page);

    // Log the intent through the form.
    await page.getByRole("button", { name: "Zusage erfassen" }).first().click();
    await page.getByLabel("Sponsor", { exact: true }).fill("Rurtal");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Rurtal Robotik GmbH/ })
      .click();
    await page.getByLabel("Betrag").fill("15.000");
    await page.getByLabel("Status").selectOption("intent");
    await page.getByRole("button", { name: "Zusage speichern" }).click();
    await expect.poll(() => toasts(page)).toMatch(/Zusage über 15\.000,00\s€ gespeichert/);

    // Open it from the pledge list.
    await page.getByRole("link", { name: "Zusagen" }).first().click();
    await page.getByTestId("pledge-table").getByRole("link", { name: "Rurtal Robotik GmbH" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Rurtal Robotik GmbH");
    await expect.poll(() => text(page, "pledge-amount")).toMatch(/^15\.000,00\s€$/);
    await expect.poll(() => text(page, "pledge-status")).toBe("Absicht");

    // Confirm it: the dialog asks for the day, today unless told otherwise.
    await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
    const confirm = page.getByRole("dialog");
    const today = berlinDay(new Date()).split("-").reverse().join(".");
    await expect.poll(() => confirm.getByLabel("Bestätigt am", { exact: true }).inputValue()).toBe(today);
    // A double click (issue 16): one confirmation, and no warning that someone else changed it.
    await confirm.getByRole("button", { name: "Zusage bestätigen" }).dblclick();
    await expect.poll(() => text(page, "pledge-status")).toBe("Zugesagt");
    await expect.poll(() => toasts(page)).toMatch(/Zusage von Rurtal Robotik GmbH über 15\.000,00\s€ bestätigt/);
    expect(await page.getByText(CONFLICT_TEXT).count()).toBe(0);

    // Record a payment of "5.000", typed the German way.
    await page.getByRole("button", { name: "Zahlung erfassen" }).click();
    const payment = page.getByRole("dialog");
    await payment.getByLabel("Betrag").fill("5.000");
    await payment.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => toasts(page)).toMatch(/Zahlung über 5\.000,00\s€/);
    await expect.poll(() => text(page, "pledge-received")).toMatch(/^5\.000,00\s€$/);
    await expect.poll(() => text(page, "pledge-outstanding")).toMatch(/^10\.000,00\s€$/);

    // Undo it: the dialog names the payment first; afterwards a reversal row shows.
    await page.getByRole("button", { name: "Letzte Änderung rückgängig machen" }).click();
    const undo = page.getByRole("dialog");
    await expect.poll(() => undo.getByTestId("undo-preview").textContent()).toMatch(/Zahlung: 5\.000,00\s€/);
    await undo.getByRole("button", { name: "Rückgängig machen" }).click();
    await expect.poll(() => toasts(page)).toContain("Änderung rückgängig gemacht");
    await expect.poll(() => text(page, "pledge-received")).toMatch(/^0,00\s€$/);
    await expect.poll(() => text(page, "pledge-status")).toBe("Zugesagt");
    const storno = page.getByTestId("pledge-payments").getByRole("row", { name: /Storno/ });
    await expect.poll(() => storno.textContent()).toMatch(/-5\.000,00\s€/);

    // The history, oldest first.
    const entries = page.getByTestId("pledge-history").locator(":scope > li");
    await expect.poll(() => entries.count()).toBe(4);
    const lines = await entries.allTextContents();
    expect(lines[0]).toMatch(/Zusage erfasst: 15\.000,00\s€ \(Absicht\)/);
    expect(lines[1]).toContain("Status: Absicht → Zugesagt");
    expect(lines[2]).toMatch(/Zahlung: 5\.000,00\s€/);
    expect(lines[3]).toMatch(/Rückgängig gemacht: Zahlung: 5\.000,00\s€/);
    expect(lines[3]).toMatch(/Storno: -5\.000,00\s€/);
    for (const line of lines) expect(line).toContain("Olga Organisation");
    await page.close();
  });
});

describe("the dates of status changes and corrections", () => {
  it("a confirmation typed as 15.05.2016 counts from that day, a late day is asked about, and English reads DD/MM/YYYY", async () => {
    // A campaign of 2016, as Aachen's ran: bid due 1 June 2016, so a day after 30 August 2016 is unusual.
    const admin = apiClient(server.url);
    await admin.mutate("auth.login", ADMIN);
    const campaign = await admin.mutate("campaign.create", {
      name: "Aachen digitalisiert 2016",
      targetCents: 150_000_000,
      matchCapCents: 150_000_000,
      windowStart: "2016-04-15",
      deadline: "2016-06-01",
    });
    const sponsor = await admin.mutate("sponsor.create", {
      campaignId: campaign.id,
      name: "Kaiserstadt Software GmbH",
      kind: "company",
      country: "DE",
    });
    const intent = (pledgedAt: string) =>
      admin.mutate("pledge.create", {
        campaignId: campaign.id,
        sponsorId: sponsor.id,
        amountCents: 2_500_000,
        type: "cash",
        status: "intent",
        pledgedAt,
      });
    const pledge = await intent("2016-05-02");
    const lastEvent = async (pledgeId: number) => (await admin.query("pledge.history", { pledgeId })).at(-1);

    // The browser speaks American English: the field still shows and reads German dates.
    const page = await browser.newPage({ locale: "en-US", timezoneId: "America/New_York" });
    await signIn(page, ADMIN);
    await page.waitForURL(/\/c\/\d+$/);
    await page.goto(`${server.url}/c/${campaign.id}/pledges/${pledge.id}`);

    await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
    const confirm = page.getByRole("dialog");
    const confirmedOn = confirm.getByLabel("Bestätigt am", { exact: true });
    await expect.poll(() => confirmedOn.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    // A day that does not exist is named when the field is left, and nothing is sent.
    await confirmedOn.fill("31.02.2016");
    await confirmedOn.press("Tab");
    await expect
      .poll(() => confirm.locator(".field__error").first().textContent())
      .toBe("Den 31.02.2016 gibt es nicht. Bitte prüfen Sie Tag und Monat.");
    expect(await confirmedOn.getAttribute("aria-invalid")).toBe("true");
    await confirm.getByRole("button", { name: "Zusage bestätigen" }).click();
    expect(await lastEvent(pledge.id)).toMatchObject({ kind: "created" });

    await confirmedOn.fill("15.05.2016");
    await confirm.getByRole("button", { name: "Zusage bestätigen" }).click();
    await expect.poll(() => toasts(page)).toMatch(/Zusage von Kaiserstadt Software GmbH über 25\.000,00\s€ bestätigt/);
    expect(await lastEvent(pledge.id)).toMatchObject({ kind: "status", statusAfter: "confirmed", at: "2016-05-15" });

    // Withdrawn on a day four months after the deadline, typed short: asked first, then kept.
    await page.getByRole("button", { name: "Zurückziehen", exact: true }).click();
    const withdraw = page.getByRole("dialog");
    const withdrawnOn = withdraw.getByLabel("Zurückgezogen am", { exact: true });
    await withdrawnOn.fill("1.10.2016");
    await withdraw.getByLabel("Grund").fill("Absage per Brief");
    await expect.poll(() => withdrawnOn.inputValue()).toBe("01.10.2016"); // read as 01.10.2016 once left
    await withdraw.getByRole("button", { name: "Zusage zurückziehen" }).click();
    const ask = page.getByRole("dialog", { name: "Datum nach der Frist?" });
    await expect
      .poll(() => ask.textContent())
      .toContain("Der 01.10.2016 liegt mehr als 90 Tage nach der Frist (01.06.2016). Stimmt das Datum?");
    await ask.getByRole("button", { name: "Datum übernehmen" }).click();
    await expect.poll(() => text(page, "pledge-status")).toBe("Zurückgezogen");
    expect(await lastEvent(pledge.id)).toMatchObject({
      statusAfter: "withdrawn",
      at: "2016-10-01",
      reason: "Absage per Brief",
    });

    // Correcting another pledge's date to long after the deadline asks too (pledge.update).
    const other = await intent("2016-05-02");
    await page.goto(`${server.url}/c/${campaign.id}/pledges/${other.id}`);
    await page.getByRole("button", { name: "Bearbeiten" }).click();
    await page.getByLabel("Datum", { exact: true }).fill("03.10.2016");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page
      .getByRole("dialog", { name: "Datum nach der Frist?" })
      .getByRole("button", { name: "Datum übernehmen" })
      .click();
    await expect
      .poll(async () => (await admin.query("pledge.get", { pledgeId: other.id })).pledgedAt)
      .toBe("2016-10-03");

    // In English the same field reads and shows DD/MM/YYYY.
    await page.goto(`${server.url}/c/${campaign.id}/pledges/${pledge.id}`);
    await page.getByLabel("Sprache").selectOption("en");
    await page.getByRole("button", { name: "Reinstate", exact: true }).click();
    const reinstate = page.getByRole("dialog");
    const reinstatedOn = reinstate.getByLabel("Reinstated on", { exact: true });
    await expect.poll(() => reinstatedOn.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await reinstatedOn.fill("31/02/2016");
    await reinstatedOn.press("Tab");
    await expect
      .poll(() => reinstate.locator(".field__error").first().textContent())
      .toBe("There is no 31/02/2016. Please check the day and the month.");
    await reinstatedOn.fill("4/10/2016");
    await reinstate.getByRole("button", { name: "Reinstate", exact: true }).click();
    await page
      .getByRole("dialog", { name: "A date after the deadline?" })
      .getByRole("button", { name: "Keep the date" })
      .click();
    await expect.poll(() => toasts(page)).toMatch(/Pledge of Kaiserstadt Software GmbH for €25,000\.00 reinstated/);
    await expect.poll(async () => (await lastEvent(pledge.id)).at).toBe("2016-10-04");
    expect(await lastEvent(pledge.id)).toMatchObject({ statusAfter: "intent" });
    await page.close();
  });
});
