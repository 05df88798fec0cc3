// A pledge's letters by e-mail (issue 16.5): pledge.sendConfirmation and pledge.sendThanks queue
// a mail that names the pledge and the letter's language, never a PDF; the sender renders the
// letter when it sends, from the pledge as it then stands, and attaches it. Against a real SMTP
// server; the attachment is read back with mailparser and pdftotext.
import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { addPledge, addSponsor, callerForSponsor, expectCode, expectFieldError, servicesFor, setup } from "./helpers";
import { startSmtp, testSender } from "./mailHelpers";

const BANK = { holder: "Aachen digitalisiert e.V.", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" };
const SENDER = {
  name: "Initiative Aachen digitalisiert",
  address: "Theaterstraße 1\n52062 Aachen",
  contactName: "Eva Engel",
  contactEmail: "eva@example.org",
};

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The PDF's text as poppler reads it, runs of white space as one space. */
function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Campaign A with a bank account; a sponsor with a contact e-mail and its €15,000 confirmed pledge (AD-0001). */
async function fixture() {
  const s = await setup({ campaign: { bankAccount: BANK, sender: SENDER } });
  const smtp = await startSmtp();
  cleanups.push(smtp.close);
  const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
    name: "Printen Lambertz KG",
    contactName: "Erika Muster",
    contactEmail: "erika@lambertz.example",
  });
  const pledge = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 1_500_000);
  const sender = testSender(servicesFor(s.db), smtp.url, s.clock.now);
  cleanups.push(() => sender.stop());
  const outbox = async () => (await s.as.organiser.mail.list({ campaignId: s.campaign.id })).items;
  return { s, smtp, sponsor, pledge, sender, outbox };
}

describe("pledge.sendConfirmation", () => {
  it("queues a mail to the contact e-mail that names the pledge and language, with no PDF in the database", async () => {
    const { s, pledge, outbox } = await fixture();
    const { messageId } = await s.as.organiser.pledge.sendConfirmation({ pledgeId: pledge.id });
    expect(await outbox()).toMatchObject([
      {
        id: messageId,
        kind: "confirmation",
        status: "queued",
        to: "erika@lambertz.example",
        subject: "Bestätigung Ihrer Zusage AD-0001 zur Kampagne „Aachen digitalisiert“",
      },
    ]);
    const row = s.db.$client.prepare("select pledge_id, locale from mail_outbox where id = ?").get(messageId);
    expect(row).toEqual({ pledge_id: pledge.id, locale: "de" });
    expect(s.db.$client.serialize().includes(Buffer.from("%PDF-"))).toBe(false);
  });

  it("is sent with the confirmation attached as zusage-AD-0001.pdf, and is an e-mail in the sponsor's history", async () => {
    const { s, smtp, sponsor, pledge, sender, outbox } = await fixture();
    await s.as.organiser.pledge.sendConfirmation({ pledgeId: pledge.id });
    expect(await sender.sendDue()).toBe(1);

    const [mail] = smtp.received;
    expect(mail.subject).toBe("Bestätigung Ihrer Zusage AD-0001 zur Kampagne „Aachen digitalisiert“");
    expect(mail.text).toContain("Guten Tag Erika Muster");
    expect(mail.text).toContain("Eva Engel\nInitiative Aachen digitalisiert");
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["zusage-AD-0001.pdf", "application/pdf"],
    ]);
    const text = pdfText(mail.attachments[0].content);
    for (const part of [
      "Bestätigung Ihrer Zusage AD-0001",
      "15.000,00 €",
      "DE89 3704 0044 0532 0130 00",
      "Printen Lambertz KG",
    ])
      expect(text).toContain(part);

    expect(await outbox()).toMatchObject([{ status: "sent", kind: "confirmation" }]);
    expect(await s.as.organiser.sponsor.contacts({ sponsorId: sponsor.id })).toMatchObject([
      { channel: "email", at: "2016-05-20", note: mail.subject },
    ]);
  });

  it("is refused for a withdrawn pledge with the letter's reason, and writes nothing", async () => {
    const { s, pledge, outbox } = await fixture();
    await s.as.organiser.pledge.setStatus({
      pledgeId: pledge.id,
      status: "withdrawn",
      expectedVersion: pledge.version,
      reason: "Budget gestrichen",
    });
    const error = await expectCode(s.as.organiser.pledge.sendConfirmation({ pledgeId: pledge.id }), "CONFLICT");
    expect(error.message).toBe("a withdrawn pledge gets no confirmation");
    expect(await outbox()).toEqual([]);
  });

  it("names contactEmail when the sponsor has none", async () => {
    const { s } = await fixture();
    const silent = await addSponsor(s.as.organiser, s.campaign.id, { name: "Ohne Mail AG" });
    const pledge = await addPledge(s.as.organiser, s.campaign.id, silent.id, 100_000);
    await expectFieldError(s.as.organiser.pledge.sendConfirmation({ pledgeId: pledge.id }), "contactEmail");
    await expectFieldError(s.as.organiser.pledge.sendThanks({ pledgeId: pledge.id }), "contactEmail");
  });

  it("may not be sent by the committee or a sponsor, nor by another campaign's organiser", async () => {
    const { s, sponsor, pledge, outbox } = await fixture();
    await expectCode(s.as.committee.pledge.sendConfirmation({ pledgeId: pledge.id }), "FORBIDDEN");
    await expectCode(s.as.committee.pledge.sendThanks({ pledgeId: pledge.id }), "FORBIDDEN");
    const asSponsor = await callerForSponsor(s.db, sponsor, s.clock);
    await expectCode(asSponsor.pledge.sendConfirmation({ pledgeId: pledge.id }), "FORBIDDEN");
    await expectCode(asSponsor.pledge.sendThanks({ pledgeId: pledge.id }), "FORBIDDEN");
    await expectCode(s.as.otherOrganiser.pledge.sendConfirmation({ pledgeId: pledge.id }), "NOT_FOUND");
    expect(await outbox()).toEqual([]);
  });
});

describe("pledge.sendThanks", () => {
  it("attaches the letter as the pledge stands when sent, in the language it was queued in", async () => {
    const { s, smtp, pledge, sender } = await fixture();
    await s.as.organiser.pledge.sendThanks({ pledgeId: pledge.id, locale: "en" });
    // A payment arrives after the mail was queued: the letter, made when sending, says so.
    await s.as.organiser.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents: 600_000,
      paidAt: "2016-05-20",
      expectedVersion: pledge.version,
    });
    expect(await sender.sendDue()).toBe(1);
    const [mail] = smtp.received;
    expect(mail.subject).toBe("Thank you for your pledge AD-0001 to “Aachen digitalisiert”");
    expect(mail.text).toContain("Dear Erika Muster");
    expect(mail.attachments.map((a) => a.filename)).toEqual(["dankesbrief-AD-0001.pdf"]);
    const text = pdfText(mail.attachments[0].content);
    expect(text).toContain("AD-0001");
    expect(text).toContain("€6,000.00");
    expect(text).toContain("€9,000.00");
  });

  it("is refused for an intent, as the thank-you letter over HTTP is", async () => {
    const { s, sponsor, outbox } = await fixture();
    const intent = await addPledge(s.as.organiser, s.campaign.id, sponsor.id, 100_000, { status: "intent" });
    const error = await expectCode(s.as.organiser.pledge.sendThanks({ pledgeId: intent.id }), "CONFLICT");
    expect(error.message).toBe("a thank-you letter is for confirmed or paid pledges");
    await s.as.organiser.pledge.sendConfirmation({ pledgeId: intent.id });
    expect((await outbox()).map((m) => m.kind)).toEqual(["confirmation"]);
  });
});

describe("a letter that can no longer be made when the mail is sent", () => {
  it("fails at once with the reason: nothing goes out, and no retry is spent on it", async () => {
    const { s, smtp, sponsor, pledge, sender, outbox } = await fixture();
    await s.as.organiser.pledge.sendConfirmation({ pledgeId: pledge.id });
    await s.as.organiser.pledge.setStatus({
      pledgeId: pledge.id,
      status: "withdrawn",
      expectedVersion: pledge.version,
      reason: "Budget gestrichen",
    });
    expect(await sender.sendDue()).toBe(0);
    expect(smtp.received).toEqual([]);
    expect(await outbox()).toMatchObject([
      { status: "failed", attempts: 1, error: "a withdrawn pledge gets no confirmation" },
    ]);
    expect(await s.as.organiser.sponsor.contacts({ sponsorId: sponsor.id })).toEqual([]);
  });
});
