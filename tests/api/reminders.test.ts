// Payment and intent reminders (issue 16.6) on a campaign with reminder days and a clock the
// test moves: the right mail is queued to the right person with reference and amount, never
// twice, not to a sponsor that opted out, not at all when the campaign has no reminder days;
// and one goes out through a real SMTP server.
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../../server/config";
import { scanReminders } from "../../server/mail/reminders";
import { startApp } from "../../server/start";
import { addPledge, addSponsor, addUser, callerFor, callerForSponsor, servicesFor, setup, type Setup } from "./helpers";
import { startSmtp, testSender } from "./mailHelpers";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const REMINDERS = { intentAfterDays: 14, installmentBeforeDays: 7, overdueAfterDays: 10 };
const BANK = { holder: "Aachen digitalisiert e.V.", iban: "DE89370400440532013000", bic: "COBADEFFXXX" };

/**
 * Campaign "Aachen digitalisiert" (prefix AD, match from 1 June 2016 over three years) with:
 * Printen Lambertz KG, €15,000 confirmed on 10 May (three €5,000 installments from 1 June
 * 2016), €2,000 of it paid; and Nadel & Co. (owned by Lena, who reads English), an intent of
 * €30,000 dated 1 May.
 */
async function fixture(options: { reminders?: typeof REMINDERS } = { reminders: REMINDERS }) {
  const s = await setup({
    campaign: {
      referencePrefix: "AD",
      bankAccount: BANK,
      ...(options.reminders ? { reminders: options.reminders } : {}),
    },
  });
  const lena = await addUser(s.db, "lena@example.org", "organiser", s.campaign.id);
  await (await callerFor(s.db, lena, s.clock)).user.setLocale({ locale: "en" });
  const lambertz = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Printen Lambertz KG",
    contactName: "Erika Muster",
    contactEmail: "erika@lambertz.example",
  });
  const nadel = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Nadel & Co.",
    contactEmail: "info@nadel.example",
    ownerUserId: lena.id,
  });
  const confirmed = await addPledge(s.as.organiser, s.campaign.id, lambertz.id, 1_500_000, { pledgedAt: "2016-05-10" });
  await s.as.organiser.pledge.recordPayment({
    pledgeId: confirmed.id,
    amountCents: 200_000,
    paidAt: "2016-05-15",
    expectedVersion: confirmed.version,
  });
  const intent = await addPledge(s.as.organiser, s.campaign.id, nadel.id, 3_000_000, {
    status: "intent",
    pledgedAt: "2016-05-01",
  });
  return { s, lena, lambertz, nadel, confirmed, intent };
}

const scanOn = (s: Setup, isoInstant: string) => {
  s.clock.set(isoInstant);
  return scanReminders(servicesFor(s.db), s.clock.now());
};

interface OutboxRow {
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  sponsor_id: number | null;
  pledge_id: number | null;
  locale: string | null;
}
/** German amounts have a no-break space before the €; read as a plain one. */
const plain = (text: string | false | undefined) => (text || "").replace(/\u00a0/g, " ");
const outbox = (s: Setup) =>
  (
    s.db.$client
      .prepare("select kind, recipient, subject, body, sponsor_id, pledge_id, locale from mail_outbox order by id")
      .all() as OutboxRow[]
  ).map((m) => ({ ...m, body: plain(m.body) }));

describe("reminders of a campaign with reminder days", () => {
  it("tell the intent's owner after 14 days, in the owner's language, and not the sponsor", async () => {
    const { s, intent } = await fixture();
    expect(await scanOn(s, "2016-05-14T10:00:00Z")).toBe(0); // 13 days after 1 May
    expect(await scanOn(s, "2016-05-15T10:00:00Z")).toBe(1);
    const [mail] = outbox(s);
    expect(mail).toMatchObject({
      kind: "intent_reminder",
      recipient: "lena@example.org",
      subject: `Intent ${intent.reference} of Nadel & Co. not confirmed yet`,
      sponsor_id: null,
      pledge_id: intent.id,
      locale: "en",
    });
    expect(intent.reference).toMatch(/^AD-\d{4}$/);
    expect(mail.body).toContain("€30,000.00");
    expect(mail.body).toContain("1 May 2016");
  });

  it("go to whoever entered the intent when the sponsor has no owner, in German by default", async () => {
    const { s, nadel } = await fixture();
    await s.as.organiser.sponsor.update({ sponsorId: nadel.id, expectedVersion: nadel.version, ownerUserId: null });
    await scanOn(s, "2016-05-20T10:00:00Z");
    expect(outbox(s)).toMatchObject([
      {
        kind: "intent_reminder",
        recipient: "organiser@example.org",
        subject: expect.stringMatching(/^Absichtserklärung AD-/),
      },
    ]);
  });

  it("remind the sponsor's contact 7 days before an installment, with reference, open amount, due date and account", async () => {
    const { s, confirmed } = await fixture();
    expect(await scanOn(s, "2016-05-24T10:00:00Z")).toBe(1); // only the intent: the window opens on 25 May
    expect(await scanOn(s, "2016-05-25T10:00:00Z")).toBe(1);
    const mail = outbox(s)[1];
    expect(mail).toMatchObject({
      kind: "installment_reminder",
      recipient: "erika@lambertz.example",
      pledge_id: confirmed.id,
      subject: `Zahlungserinnerung: Rate 1 der Zusage ${confirmed.reference} fällig am 1. Juni 2016`,
    });
    // €5,000 due, €2,000 paid: €3,000 open.
    for (const text of [
      "Guten Tag Erika Muster",
      "Printen Lambertz KG",
      "„Aachen digitalisiert“",
      "davon sind 3.000,00 € offen",
      "IBAN: DE89 3704 0044 0532 0130 00",
      `Verwendungszweck: ${confirmed.reference}`,
      "über Ihren persönlichen Zugang",
    ])
      expect(mail.body).toContain(text);
  });

  it("remind of an overdue installment 10 days after it was due", async () => {
    const { s, confirmed } = await fixture();
    await scanOn(s, "2016-05-25T10:00:00Z");
    expect(await scanOn(s, "2016-06-10T10:00:00Z")).toBe(0);
    expect(await scanOn(s, "2016-06-11T10:00:00Z")).toBe(1);
    const mail = outbox(s).at(-1);
    expect(mail).toMatchObject({
      kind: "overdue_reminder",
      recipient: "erika@lambertz.example",
      subject: `Zahlung überfällig: Rate 1 der Zusage ${confirmed.reference}`,
    });
    expect(mail?.body).toContain("war am 1. Juni 2016 fällig; davon sind noch 3.000,00 € offen");
  });

  it("are never queued twice: not by a second scan, not on the next day", async () => {
    const { s } = await fixture();
    expect(await scanOn(s, "2016-05-25T10:00:00Z")).toBe(2);
    expect(await scanOn(s, "2016-05-25T11:00:00Z")).toBe(0);
    expect(await scanOn(s, "2016-05-26T10:00:00Z")).toBe(0);
    // Two scans at once (two servers, or a restart mid-scan) still queue each once.
    const services = servicesFor(s.db);
    s.clock.set("2016-06-11T10:00:00Z");
    const both = await Promise.all([scanReminders(services, s.clock.now()), scanReminders(services, s.clock.now())]);
    expect(both[0] + both[1]).toBe(1);
    expect(await scanOn(s, "2016-06-12T10:00:00Z")).toBe(0);
    expect(outbox(s).map((m) => m.kind)).toEqual(["intent_reminder", "installment_reminder", "overdue_reminder"]);
  });

  it("stop once the installment is paid; a confirmed intent gets its installment's reminder instead", async () => {
    const { s, confirmed, intent } = await fixture();
    const paid = await s.as.organiser.pledge.get({ pledgeId: confirmed.id });
    await s.as.organiser.pledge.recordPayment({
      pledgeId: confirmed.id,
      amountCents: 300_000,
      paidAt: "2016-05-20",
      expectedVersion: paid.version,
    });
    await s.as.organiser.pledge.setStatus({
      pledgeId: intent.id,
      status: "confirmed",
      expectedVersion: intent.version,
    });
    expect(await scanOn(s, "2016-05-25T10:00:00Z")).toBe(1);
    expect(await scanOn(s, "2016-06-20T10:00:00Z")).toBe(1);
    // Lambertz paid its first €5,000 in full: nothing for it. Nadel's €30,000 now owes €10,000 a year.
    expect(outbox(s).map((m) => [m.kind, m.recipient])).toEqual([
      ["installment_reminder", "info@nadel.example"],
      ["overdue_reminder", "info@nadel.example"],
    ]);
    expect(outbox(s)[1].body).toContain("davon sind noch 10.000,00 € offen");
  });

  it("a sponsor that opted out through its link gets no installment reminders; the owner still hears of intents", async () => {
    const { s, lambertz, nadel } = await fixture();
    const asLambertz = await callerForSponsor(s.db, lambertz, s.clock);
    expect((await asLambertz.sponsorPortal.me()).remindersEnabled).toBe(true);
    expect(await asLambertz.sponsorPortal.setReminders({ enabled: false })).toEqual({ remindersEnabled: false });
    expect((await asLambertz.sponsorPortal.me()).remindersEnabled).toBe(false);
    // Staff see since when; the committee, which gets no contact data, does not.
    const row = async (role: "organiser" | "committee") =>
      (await s.as[role].sponsor.list({ campaignId: s.campaign.id, search: "Lambertz" })).items[0];
    expect((await row("organiser")).remindersOptedOutAt).toBe(s.clock.now().toISOString());
    expect((await row("committee")).remindersOptedOutAt).toBeNull();
    // Nadel & Co. opts out too: its intent is internal, so its owner is still told.
    await (await callerForSponsor(s.db, nadel, s.clock)).sponsorPortal.setReminders({ enabled: false });

    expect(await scanOn(s, "2016-05-25T10:00:00Z")).toBe(1);
    expect(await scanOn(s, "2016-06-11T10:00:00Z")).toBe(0);
    expect(outbox(s).map((m) => m.kind)).toEqual(["intent_reminder"]);

    // Opted in again, the overdue installment is reminded of.
    await asLambertz.sponsorPortal.setReminders({ enabled: true });
    expect((await row("organiser")).remindersOptedOutAt).toBeNull();
    expect(await scanOn(s, "2016-06-12T10:00:00Z")).toBe(1);
    expect(outbox(s).at(-1)?.kind).toBe("overdue_reminder");
    const changes = s.db.$client
      .prepare("select sponsor_id, detail from audit_log where action = 'reminders_changed' order by id")
      .all();
    expect(changes).toEqual([
      { sponsor_id: lambertz.id, detail: JSON.stringify({ before: true, after: false }) },
      { sponsor_id: nadel.id, detail: JSON.stringify({ before: true, after: false }) },
      { sponsor_id: lambertz.id, detail: JSON.stringify({ before: false, after: true }) },
    ]);
  });

  it("owe nothing on a pledge conditional on the state's approval until the application is approved", async () => {
    const { s } = await fixture({});
    const aixtron = await addSponsor(s.as.organiser, s.campaign.id, {
      name: "Aixtron SE",
      contactEmail: "foerderung@aixtron.example",
    });
    await addPledge(s.as.organiser, s.campaign.id, aixtron.id, 900_000, { pledgedAt: "2016-05-10", conditional: true });
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      reminders: { overdueAfterDays: 10 },
    });
    // Lambertz's unconditional installment is overdue; Aixtron's is not owed yet.
    expect(await scanOn(s, "2016-06-11T10:00:00Z")).toBe(1);
    expect(outbox(s).map((m) => m.recipient)).toEqual(["erika@lambertz.example"]);
    const submitted = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version + 1,
      applicationStatus: "submitted",
    });
    expect(await scanOn(s, "2016-06-12T10:00:00Z")).toBe(0);
    await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: submitted.version,
      applicationStatus: "approved",
    });
    expect(await scanOn(s, "2016-06-13T10:00:00Z")).toBe(1);
    expect(outbox(s).at(-1)).toMatchObject({ kind: "overdue_reminder", recipient: "foerderung@aixtron.example" });
  });

  it("skip sponsors without a contact e-mail", async () => {
    const { s, lambertz } = await fixture();
    await s.as.organiser.sponsor.update({
      sponsorId: lambertz.id,
      expectedVersion: lambertz.version,
      contactEmail: null,
    });
    expect(await scanOn(s, "2016-06-11T10:00:00Z")).toBe(1);
    expect(outbox(s).map((m) => m.kind)).toEqual(["intent_reminder"]);
  });
});

describe("a campaign without reminder days", () => {
  it("queues nothing: reminders are off by default", async () => {
    const { s } = await fixture({});
    expect(await scanOn(s, "2016-05-25T10:00:00Z")).toBe(0);
    expect(await scanOn(s, "2017-07-01T10:00:00Z")).toBe(0);
    expect(outbox(s)).toEqual([]);
  });
});

describe("a reminder through a real mail server", () => {
  it("arrives with its text, and is an entry in the sponsor's history unlike the owner's intent reminder", async () => {
    const { s, lambertz, confirmed } = await fixture();
    const smtp = await startSmtp();
    cleanups.push(smtp.close);
    await scanOn(s, "2016-05-25T10:00:00Z");
    const sender = testSender(servicesFor(s.db), smtp.url, s.clock.now);
    cleanups.push(() => sender.stop());
    expect(await sender.sendDue()).toBe(2);

    const toErika = smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === "erika@lambertz.example");
    expect(toErika?.subject).toBe(
      `Zahlungserinnerung: Rate 1 der Zusage ${confirmed.reference} fällig am 1. Juni 2016`,
    );
    expect(plain(toErika?.text)).toContain("davon sind 3.000,00 € offen");
    expect(toErika?.text).toContain("Sie können sie über Ihren persönlichen Zugang zur Kampagne abbestellen.");
    const history = await s.as.organiser.sponsor.contacts({ sponsorId: lambertz.id });
    expect(history).toMatchObject([{ channel: "email", at: "2016-05-25", note: toErika?.subject }]);
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list.items.map((m) => [m.kind, m.status])).toEqual([
      ["installment_reminder", "sent"],
      ["intent_reminder", "sent"],
    ]);
  });
});

describe("a started server", () => {
  it("scans for reminders at start, without SMTP_URL: they wait queued in the outbox", async () => {
    const { s } = await fixture();
    const config = readConfig({
      PORT: "0",
      DEMO_DATA: "off",
      DATABASE_FILE: join(mkdtempSync(join(tmpdir(), "reminders-start-")), "c.db"),
    });
    const { app } = await startApp(config, s.db, () => {});
    try {
      // Today (real time) the 2016 intent is long unconfirmed and the 2016 installment long overdue.
      await expect
        .poll(() => outbox(s).map((m) => m.kind), { timeout: 5_000, interval: 100 })
        .toEqual(expect.arrayContaining(["intent_reminder", "overdue_reminder"]));
    } finally {
      await app.close();
    }
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list.sending).toBe("off");
    expect(list.items.every((m) => m.status === "queued")).toBe(true);
  });
});
