// E-mail through the outbox (issue 16.5), against a real SMTP server: a queued sponsor link is
// sent and opens the portal, the outbox never holds a token, a server answering "try later" is
// retried with backoff until the mail fails with its reason, a permanent refusal fails at
// once, a restart picks up queued mail, and without SMTP_URL mail stays queued and the outbox
// says so.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/open";
import { createContextInner } from "../../server/context";
import { fieldErrorsOf } from "../../server/errors";
import type { MailSender } from "../../server/mail/sender";
import { createCaller } from "../../server/routers/_app";
import { createServices, type Services } from "../../server/services";
import { addSponsor, type Clock, servicesFor, setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";
import { startSmtp, testSender } from "./mailHelpers";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function mailFixture(options: { refuse?: string; deferTo?: string[] } = {}) {
  const s = await setup({ now: "2016-05-20T10:00:00.000Z" });
  const smtp = await startSmtp(options);
  cleanups.push(smtp.close);
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Printen Lambertz KG",
    contactName: "Erika Muster",
    contactEmail: "erika@lambertz.example",
  });
  return { s, smtp, sponsor };
}

function senderFor(services: Services, smtpUrl: string, clock: Clock, baseUrl = "http://tracker.example"): MailSender {
  const sender = testSender(services, smtpUrl, clock.now, baseUrl);
  cleanups.push(() => sender.stop());
  return sender;
}

/** The ids of the sponsor's links that are not revoked. */
const activeLinks = (db: Db, sponsorId: number) =>
  db.$client
    .prepare("select id from sponsor_access_links where sponsor_id = ? and revoked_at is null order by id")
    .pluck()
    .all(sponsorId);

const minutesLater = (clock: Clock, minutes: number) =>
  clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString());

describe("a sponsor's link by e-mail", () => {
  it("is queued, sent to the contact e-mail, and its link opens the sponsor portal", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.createAccessLink({ sponsorId: sponsor.id });
    const { messageId } = await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const queued = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(queued.items).toMatchObject([{ id: messageId, status: "queued", to: "erika@lambertz.example" }]);

    useCheapPasswords(s.db);
    const server: Server = await serve(s.db, s.clock.now);
    cleanups.push(server.close);
    const sender = senderFor(servicesFor(s.db), smtp.url, s.clock, server.base);
    expect(await sender.sendDue()).toBe(1);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.from?.text).toBe('"Kampagnen-Tracker" <noreply@localhost>');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe("erika@lambertz.example");
    expect(mail.subject).toBe("Ihr Zugang zur Kampagne „Aachen digitalisiert“");
    expect(mail.text).toContain("Guten Tag Erika Muster");
    const link = /(http\S+\/s\/(\S+))/.exec(mail.text ?? "");
    expect(link?.[1].startsWith(`${server.base}/s/`)).toBe(true);
    const token = link?.[2] ?? "";

    const opened = await server.request(new URL(link?.[1] ?? "").pathname);
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe("/portal");
    expect(opened.cookies[0]).toMatch(/^sid=/);
    expect((await server.me({ cookie: opened.cookies[0] })).sponsorId).toBe(sponsor.id);

    const sent = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(sent.items).toMatchObject([{ id: messageId, status: "sent", sentAt: "2016-05-20T10:00:00.000Z" }]);
    expect(sent.items[0]).not.toHaveProperty("error");
    const history = await s.as.organiser.sponsor.contacts({ sponsorId: sponsor.id });
    expect(history).toMatchObject([{ channel: "email", at: "2016-05-20", note: mail.subject }]);

    // The token rests nowhere: not in the outbox's rows, not anywhere in the database.
    const outbox = s.db.$client.prepare("select * from mail_outbox").all() as { access_link_id: number }[];
    expect(JSON.stringify(outbox)).not.toContain(token);
    expect(outbox[0].access_link_id).toBeGreaterThan(0);
    // The mailed link replaced the earlier one once it was out.
    expect(activeLinks(s.db, sponsor.id)).toEqual([outbox[0].access_link_id]);
    expect(s.db.$client.serialize().includes(Buffer.from(token))).toBe(false);
  });

  it("is written in English when asked", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id, locale: "en" });
    await senderFor(servicesFor(s.db), smtp.url, s.clock).sendDue();
    expect(smtp.received[0].subject).toBe("Your access to the campaign “Aachen digitalisiert”");
    expect(smtp.received[0].text).toContain("Dear Erika Muster");
    expect(smtp.received[0].text).toMatch(/http:\/\/tracker\.example\/s\/\S+/);
  });

  it("is refused with BAD_REQUEST naming contactEmail when the sponsor has none", async () => {
    const { s } = await mailFixture();
    const silent = await addSponsor(s.as.organiser, s.campaign.id, { name: "Ohne Mail AG" });
    const error = await s.as.organiser.sponsor.sendAccessLink({ sponsorId: silent.id }).catch((e) => e);
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toEqual(["contactEmail"]);
  });
});

describe("erasing a sponsor's contact data", () => {
  it("takes address and text out of its mail, and what was queued is not sent", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    await s.as.organiser.sponsor.eraseContact({ sponsorId: sponsor.id });
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list.items).toMatchObject([{ status: "failed", to: "", error: "contact data erased" }]);
    expect(await senderFor(servicesFor(s.db), smtp.url, s.clock).sendDue()).toBe(0);
    const outbox = JSON.stringify(s.db.$client.prepare("select * from mail_outbox").all());
    for (const personal of ["erika@lambertz.example", "Erika Muster"]) expect(outbox).not.toContain(personal);
  });
});

describe("a corrected contact e-mail", () => {
  it("sends what was queued to the new address, never the old one", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    await s.as.organiser.sponsor.update({
      sponsorId: sponsor.id,
      expectedVersion: sponsor.version,
      contactEmail: "erika@lambertz.test",
    });
    expect(await senderFor(servicesFor(s.db), smtp.url, s.clock).sendDue()).toBe(1);
    expect(smtp.received.map((m) => m.to && !Array.isArray(m.to) && m.to.text)).toEqual(["erika@lambertz.test"]);
  });

  it("removed, leaves the queued mail unsent with the reason", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    await s.as.organiser.sponsor.update({
      sponsorId: sponsor.id,
      expectedVersion: sponsor.version,
      contactEmail: null,
    });
    expect(await senderFor(servicesFor(s.db), smtp.url, s.clock).sendDue()).toBe(0);
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list.items).toMatchObject([{ status: "failed", error: "the sponsor's contact e-mail was removed" }]);
  });
});

describe("merging a sponsor away", () => {
  it("stops its queued mail: it has no portal of its own any more", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    const kept = await addSponsor(s.as.organiser, s.campaign.id, { name: "Lambertz Printen KG" });
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    await s.as.organiser.sponsor.merge({ intoSponsorId: kept.id, fromSponsorId: sponsor.id });
    expect(await senderFor(servicesFor(s.db), smtp.url, s.clock).sendDue()).toBe(0);
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list.items).toMatchObject([
      { status: "failed", error: expect.stringContaining("merged into Lambertz Printen KG") },
    ]);
  });
});

describe("a refusing mail server", () => {
  it("answering 4xx (try later) is tried again after 1, 5, 30, 120 and 360 minutes, then the mail fails with the reason", async () => {
    const { s, smtp, sponsor } = await mailFixture({ deferTo: ["erika@lambertz.example"] });
    // The sponsor has a link already: refused mail must not cut it off.
    await s.as.organiser.sponsor.createAccessLink({ sponsorId: sponsor.id });
    const [earlier] = activeLinks(s.db, sponsor.id);
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const sender = senderFor(servicesFor(s.db), smtp.url, s.clock);
    const state = async () => (await s.as.organiser.mail.list({ campaignId: s.campaign.id })).items[0];

    expect(await sender.sendDue()).toBe(0);
    expect(await state()).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: "2016-05-20T10:01:00.000Z" });
    expect((await state()).error).toMatch(/451 Mailbox busy/);
    minutesLater(s.clock, 0.5);
    await sender.sendDue();
    expect((await state()).attempts).toBe(1);
    for (const [wait, attempts] of [
      [0.5, 2],
      [5, 3],
      [30, 4],
      [120, 5],
    ] as const) {
      minutesLater(s.clock, wait);
      await sender.sendDue();
      expect(await state()).toMatchObject({ status: "queued", attempts });
    }
    minutesLater(s.clock, 360);
    await sender.sendDue();
    const failed = await state();
    expect(failed).toMatchObject({ status: "failed", attempts: 6 });
    expect(failed.error).toMatch(/451 Mailbox busy/);
    minutesLater(s.clock, 1000);
    await sender.sendDue();
    expect((await state()).attempts).toBe(6);
    expect(smtp.received).toHaveLength(0);
    expect(activeLinks(s.db, sponsor.id)).toEqual([earlier]);
  });

  it("answering 5xx (no such mailbox) fails the mail at its first attempt: no retry would change it", async () => {
    const { s, smtp, sponsor } = await mailFixture({ refuse: "Mailbox unavailable" });
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const sender = senderFor(servicesFor(s.db), smtp.url, s.clock);
    expect(await sender.sendDue()).toBe(0);
    const [failed] = (await s.as.organiser.mail.list({ campaignId: s.campaign.id })).items;
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.error).toMatch(/550 Mailbox unavailable/);
    minutesLater(s.clock, 60 * 24);
    await sender.sendDue();
    expect((await s.as.organiser.mail.list({ campaignId: s.campaign.id })).items[0].attempts).toBe(1);
    expect(activeLinks(s.db, sponsor.id)).toEqual([]);
  });
});

describe("a restart", () => {
  it("sends what was queued, and retries what was being sent when the process died", async () => {
    const { s, smtp, sponsor } = await mailFixture();
    const other = await addSponsor(s.as.organiser, s.campaign.id, { contactEmail: "other@example.org" });
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const { messageId: dying } = await s.as.organiser.sponsor.sendAccessLink({ sponsorId: other.id });
    // The process dies while sending the second: its attempt was counted, nothing was sent.
    await servicesFor(s.db).ledger.run((c) => c.startMailAttempt(dying, new Date("2016-05-20T10:01:00Z")));
    const file = join(mkdtempSync(join(tmpdir(), "mail-")), "campaigns.db");
    await s.db.$client.backup(file);

    const reopened: Db = openDatabase(file);
    cleanups.push(() => reopened.$client.close());
    const sender = senderFor(createServices(reopened), smtp.url, s.clock);
    expect(await sender.sendDue()).toBe(1);
    expect(smtp.received.map((m) => m.to && !Array.isArray(m.to) && m.to.text)).toEqual(["erika@lambertz.example"]);
    minutesLater(s.clock, 1);
    expect(await sender.sendDue()).toBe(1);
    expect(smtp.received).toHaveLength(2);
  });
});

describe("without SMTP_URL", () => {
  it("mail stays queued and the outbox says sending is off", async () => {
    const { s, sponsor } = await mailFixture();
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const list = await s.as.organiser.mail.list({ campaignId: s.campaign.id });
    expect(list).toMatchObject({ sending: "off", items: [{ status: "queued", attempts: 0 }], nextCursor: null });

    const on = createCaller(
      await createContextInner({
        services: { ...servicesFor(s.db), mailSending: true },
        user: s.users.organiser,
        now: s.clock.now,
      }),
    );
    expect((await on.mail.list({ campaignId: s.campaign.id })).sending).toBe("on");
  });
});
