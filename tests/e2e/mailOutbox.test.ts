// In Chromium, as an organiser: the outbox ("E-Mail") lists mail in its states and says that
// sending is not set up, and a pledge's confirmation is mailed from the pledge's page, with a
// link to the outbox. The server runs without SMTP_URL; the mail is sent by a sender in the
// test process on the server's database file, to a real SMTP server that refuses one address,
// so the outbox shows mail sent, failed and queued as the real sender leaves it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/open";
import type { MailSender } from "../../server/mail/sender";
import { createServices } from "../../server/services";
import { startSmtp, testSender } from "../api/mailHelpers";
import { axeViolations, describeViolations } from "./axe";
import { launchChromium, pdfText, signIn, startWithTestCampaign, TEST_ORGANISER, type RunningServer } from "./harness";

const REFUSED = "niemand@gibtsnicht.example";
let server: RunningServer;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let db: Db;
let sender: MailSender;
/** The test sender's clock: moved on to reach a refused mail's later attempts. */
let senderNow: Date;
let campaignId: number;
let confirmed: { id: number; reference: string };
let intentWithoutMail: { id: number };

beforeAll(async () => {
  const setup = await startWithTestCampaign(["Ohne Mail AG"]);
  server = setup.server;
  campaignId = setup.campaignId;
  const admin = setup.admin;
  const sponsor = (name: string, contactEmail: string) =>
    admin.mutate("sponsor.create", {
      campaignId,
      name,
      kind: "company",
      country: "DE",
      contactName: "Erika Muster",
      contactEmail,
    });
  const lambertz = await sponsor("Printen Lambertz KG", "erika@lambertz.example");
  const nowhere = await sponsor("Nirgendwo GmbH", REFUSED);
  confirmed = await admin.mutate("pledge.create", {
    campaignId,
    sponsorId: lambertz.id,
    amountCents: 1_500_000,
    type: "cash",
    status: "confirmed",
  });
  intentWithoutMail = await admin.mutate("pledge.create", {
    campaignId,
    sponsorId: setup.sponsors[0].id,
    amountCents: 200_000,
    type: "cash",
    status: "intent",
  });

  smtp = await startSmtp({ refuseTo: [REFUSED] });
  db = openDatabase(server.databaseFile);
  sender = testSender(createServices(db), smtp.url, () => senderNow, server.url);
  // One link goes out; the other is refused for good (550, no such mailbox) and fails at once.
  await admin.mutate("sponsor.sendAccessLink", { sponsorId: lambertz.id });
  await admin.mutate("sponsor.sendAccessLink", { sponsorId: nowhere.id });
  senderNow = new Date();
  await sender.sendDue();
  // The sender's clock runs ahead from here, so what the tests queue later is due at once.
  senderNow = new Date(senderNow.getTime() + 42 * 3_600_000);
  // And one more waits in the queue.
  await admin.mutate("sponsor.sendAccessLink", { sponsorId: lambertz.id });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await sender?.stop();
  db?.$client.close();
  await smtp?.close();
  await server?.stop();
});

const rows = (page: Page) => page.getByTestId("mail-table").locator("tbody tr");
const rowTexts = (page: Page) => rows(page).allTextContents();

describe("the outbox", () => {
  it("lists mail sent, failed with the server's reason, and queued, and says sending is not set up", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "E-Mail" }).first().click();
    await expect
      .poll(() => page.getByTestId("mail-sending-off").textContent())
      .toContain("Der Versand ist nicht eingerichtet");
    await expect.poll(() => rows(page).count()).toBe(3);
    const [queued, failed, sent] = await rowTexts(page);
    expect(queued).toMatch(/^In der Warteschlange.*erika@lambertz\.example.*Sponsor-Link/);
    expect(failed).toMatch(new RegExp(`^Fehlgeschlagen.*${REFUSED}.*Sponsor-Link`));
    expect(failed).toContain("550");
    expect(sent).toMatch(/^Versandt.*erika@lambertz\.example.*Ihr Zugang zur Kampagne/);
    expect(describeViolations("outbox", await axeViolations(page))).toBe("");
  });
});

describe("mailing a pledge's letters from its page", () => {
  it("queues the confirmation, links to the outbox, and the mail goes out with the PDF", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "E-Mail" }).first().waitFor();
    await page.goto(`${server.url}/c/${campaignId}/pledges/${confirmed.id}`);
    await page.getByRole("button", { name: "Dankesbrief per E-Mail senden" }).waitFor();
    await page.getByRole("button", { name: "Zusage per E-Mail senden" }).click();
    const toast = page.locator(".toasts");
    await expect
      .poll(() => toast.textContent())
      .toContain("Die Zusage geht als PDF per E-Mail an erika@lambertz.example.");
    await toast.getByRole("link", { name: "Zum Postausgang (E-Mail)" }).click();

    await expect.poll(() => rows(page).count()).toBe(4);
    const [newest] = await rowTexts(page);
    expect(newest).toMatch(
      new RegExp(
        `^In der Warteschlange.*Bestätigung Ihrer Zusage ${confirmed.reference} zur Kampagne.*Zusage \\(PDF\\)`,
      ),
    );

    // The sender (here the test's) sends it with the letter attached, and the outbox says so.
    await sender.sendDue();
    const mail = smtp.received.find((m) => m.subject?.startsWith("Bestätigung Ihrer Zusage"));
    expect(mail?.attachments.map((a) => a.filename)).toEqual([`zusage-${confirmed.reference}.pdf`]);
    expect(pdfText(mail?.attachments[0].content ?? Buffer.alloc(0))).toContain(
      `Bestätigung Ihrer Zusage ${confirmed.reference}`,
    );
    await page.reload();
    await expect.poll(async () => (await rowTexts(page))[0]).toMatch(/^Versandt.*Bestätigung Ihrer Zusage/);
  });

  it("is not possible without a contact e-mail, and says why; an intent gets no thank-you letter", async () => {
    const page = await browser.newPage({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(page, server, TEST_ORGANISER);
    await page.getByRole("link", { name: "E-Mail" }).first().waitFor();
    await page.goto(`${server.url}/c/${campaignId}/pledges/${intentWithoutMail.id}`);
    const send = page.getByRole("button", { name: "Zusage per E-Mail senden" });
    await send.waitFor();
    expect(await send.isDisabled()).toBe(true);
    expect(await page.getByText("Der Sponsor hat keine Kontakt-E-Mail").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Dankesbrief per E-Mail senden" }).count()).toBe(0);
    expect(describeViolations("pledge page", await axeViolations(page))).toBe("");
  });
});
