// payment.importStatement (issue 17.1): a bank statement's credits booked by their pledge
// reference where nothing is in doubt, suggested or left unmatched otherwise, never twice;
// every format the readers know, through the API; and the review queue that resolves the rest.
import { zipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/open";
import { addPledge, addSponsor, addUser, callerFor, expectCode, makeClock, setup, type Setup, TARGET } from "./helpers";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/bank/${name}`, import.meta.url)));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A generic CSV statement (date;amount;text;name;iban), one row per credit or debit. */
function genericCsv(rows: [date: string, amount: string, text: string, name?: string, iban?: string][]) {
  return utf8(
    ["date;amount;text;name;iban", ...rows.map(([d, a, t, n = "", i = ""]) => [d, a, t, n, i].join(";"))].join("\n"),
  );
}

const IBAN_GRUEN = "DE89370400440532013000";
const IBAN_OTHER = "DE02120300000000202051";

/**
 * "Aachen digitalisiert" (prefix AD) on 1 June 2016, with pledges numbered as the fixtures'
 * references: AD-0042 €15,000 confirmed (three €5,000 installments), AD-0007 €1,500
 * confirmed, AD-0011 an intent of €1,500, AD-0019 €400 confirmed, AD-0031 €300 confirmed.
 */
async function bankFixture(now = "2016-06-01T10:00:00Z") {
  const s = await setup({ now, campaign: { referencePrefix: "AD" } });
  const o = s.as.organiser;
  const numbered = async (n: number, name: string, cents: number, status: "confirmed" | "intent" = "confirmed") => {
    s.db.$client.prepare("update campaigns set last_reference_number = ? where id = ?").run(n - 1, s.campaign.id);
    const sponsor = await addSponsor(o, s.campaign.id, { name });
    return addPledge(o, s.campaign.id, sponsor.id, cents, { status, pledgedAt: "2016-05-10" });
  };
  const p42 = await numbered(42, "Müller & Söhne GmbH", 1_500_000);
  const p7 = await numbered(7, "Förderverein Euregio", 150_000);
  const p11 = await numbered(11, "Printenbäckerei Klein", 150_000, "intent");
  const p19 = await numbered(19, "Euregio Consult BV", 40_000);
  const p31 = await numbered(31, "Anna Beispiel", 30_000);
  const importFile = (filename: string, bytes: Uint8Array, dryRun = false) =>
    o.payment.importStatement({ campaignId: s.campaign.id, filename, contentBase64: base64(bytes), dryRun });
  const pledge = (id: number) => o.pledge.get({ pledgeId: id });
  return { s, o, p42, p7, p11, p19, p31, importFile, pledge };
}

const count = (s: Setup, table: string) =>
  (s.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe("a camt.053 statement", () => {
  it("books each credit with one reference to a confirmed pledge on its booking date, and keeps the doubtful ones for review", async () => {
    const { s, p42, p7, p11, p19, p31, importFile, pledge } = await bankFixture();
    const result = await importFile("2016-05-20.xml", fixture("camt053-v02.xml"));
    expect(result).toMatchObject({ format: "camt053", entries: 6, duplicates: 0 });
    // Two equal €100 transfers to AD-0031 on one day are two payments.
    expect(result.matched.map((m) => [m.pledgeId, m.amountCents, m.bookedAt])).toEqual([
      [p42.id, 500_000, "2016-05-19"],
      [p7.id, 150_000, "2016-05-19"],
      [p31.id, 10_000, "2016-05-19"],
      [p31.id, 10_000, "2016-05-19"],
    ]);
    // AD-0011 is an intent; €500 is more than AD-0019's open €400.
    expect(result.suggested.map((m) => [m.pledgeId, m.amountCents, m.reason])).toEqual([
      [p11.id, 150_000, "not_confirmed"],
      [p19.id, 50_000, "more_than_open"],
    ]);
    expect(result.unmatched).toEqual([]);
    expect(await pledge(p42.id)).toMatchObject({ receivedCents: 500_000, status: "confirmed" });
    expect(await pledge(p7.id)).toMatchObject({ receivedCents: 150_000, status: "paid" });
    expect(await pledge(p31.id)).toMatchObject({ receivedCents: 20_000 });
    expect(await pledge(p19.id)).toMatchObject({ receivedCents: 0 });
    // Paid on the bank's day, to the oldest installment.
    const detail = await pledge(p42.id);
    expect(detail.schedule[0]).toMatchObject({ number: 1, paidCents: 500_000 });
    expect(detail.payments).toMatchObject([{ amountCents: 500_000, paidAt: "2016-05-19" }]);
    expect(count(s, "bank_entries")).toBe(6);
  });

  it("imported again, or inside a zip with a second statement, books nothing twice", async () => {
    const { s, importFile, pledge, p42 } = await bankFixture();
    await importFile("2016-05-20.xml", fixture("camt053-v02.xml"));
    const payments = count(s, "payments");
    const again = await importFile("copy.xml", fixture("camt053-v02.xml"));
    expect(again).toMatchObject({ entries: 6, duplicates: 6, matched: [], suggested: [], unmatched: [] });
    expect(count(s, "payments")).toBe(payments);

    // A zip of the same statement and the next day's: only the new day's three credits are new.
    const zip = zipSync({ "0520.xml": fixture("camt053-v02.xml"), "0521.xml": fixture("camt053-v08.xml") });
    const zipped = await importFile("2016-05.zip", zip);
    expect(zipped).toMatchObject({ format: "camt053-zip", entries: 9, duplicates: 6 });
    expect(zipped.matched.map((m) => [m.pledgeId, m.amountCents, m.bookedAt])).toEqual([
      [p42.id, 123_456, "2016-05-20"],
    ]);
    expect(zipped.unmatched.map((u) => [u.amountCents, u.name])).toEqual([
      [20_000, "Jülich Research gGmbH"],
      [50_000, "Maastricht Digital BV"],
    ]);
    expect((await pledge(p42.id)).receivedCents).toBe(500_000 + 123_456);
  });
});

describe("overlapping statements", () => {
  it("add only the lines the earlier one did not have; equal lines of one day count as often as they occur", async () => {
    const { s, importFile, p42, p31 } = await bankFixture();
    const may20 = ["2016-05-20", "100,00", "Spende AD-0031", "Anna Beispiel", IBAN_OTHER] as const;
    const first = genericCsv([[...may20], [...may20], ["2016-05-21", "1.000,00", "AD-0042", "Müller & Söhne GmbH"]]);
    expect((await importFile("a.csv", first)).matched).toHaveLength(3);
    // The next export covers 21 and 22 May: 21 May's line again, and a new one.
    const second = genericCsv([
      ["2016-05-21", "1.000,00", "AD-0042", "Müller & Söhne GmbH"],
      ["2016-05-22", "1.000,00", "AD-0042", "Müller & Söhne GmbH"],
    ]);
    const result = await importFile("b.csv", second);
    expect(result).toMatchObject({ format: "generic-csv", entries: 2, duplicates: 1 });
    expect(result.matched.map((m) => [m.pledgeId, m.bookedAt])).toEqual([[p42.id, "2016-05-22"]]);
    expect(s.db.$client.prepare("select count(*) from payments where pledge_id = ?").pluck().get(p31.id)).toBe(2);
  });
});

describe("a credit is booked at once only when nothing is in doubt", () => {
  it("suggests the pledge when the text names two references, or an equal payment was typed in by hand within ten days", async () => {
    const { o, p42, p7, importFile } = await bankFixture();
    await o.pledge.recordPayment({
      pledgeId: p7.id,
      amountCents: 50_000,
      paidAt: "2016-05-12",
      expectedVersion: p7.version,
    });
    const result = await importFile(
      "s.csv",
      genericCsv([
        ["2016-05-20", "500,00", "AD-0042 und AD-0007"],
        // 10 days after the hand payment of €500: likely the same transfer.
        ["2016-05-22", "500,00", "AD-0007"],
      ]),
    );
    expect(result.matched).toEqual([]);
    expect(result.suggested.map((m) => [m.pledgeId, m.reason])).toEqual([
      [p42.id, "several_references"],
      [p7.id, "hand_payment_nearby"],
    ]);
  });

  it("books what a hand payment eleven days away or of another amount does not make doubtful", async () => {
    const { o, p7, importFile } = await bankFixture();
    await o.pledge.recordPayment({
      pledgeId: p7.id,
      amountCents: 50_000,
      paidAt: "2016-05-10",
      expectedVersion: p7.version,
    });
    const result = await importFile(
      "s.csv",
      genericCsv([
        ["2016-05-21", "500,00", "AD-0007"],
        ["2016-05-21", "400,00", "AD-0007"],
      ]),
    );
    expect(result.matched.map((m) => m.amountCents)).toEqual([50_000, 40_000]);
  });

  it("suggests a paid pledge, a date before the pledge, and leaves unknown references and plain texts unmatched", async () => {
    const { p7, importFile } = await bankFixture();
    const result = await importFile(
      "s.csv",
      genericCsv([
        ["2016-05-20", "1.500,00", "AD-0007"],
        ["2016-05-21", "10,00", "AD-0007 nochmal"],
        ["2016-05-09", "10,00", "AD-0042 vorab"],
        ["2016-05-20", "10,00", "AD-0999"],
        ["2016-05-20", "25,00", "Mitgliedsbeitrag", "Max Muster", IBAN_OTHER],
      ]),
    );
    expect(result.matched.map((m) => m.pledgeId)).toEqual([p7.id]);
    expect(result.suggested.map((m) => m.reason)).toEqual(["already_paid", "date_out_of_range"]);
    expect(result.unmatched.map((u) => [u.amountCents, u.text, u.name, u.iban, u.reason])).toEqual([
      [1_000, "AD-0999", null, null, "unknown_reference"],
      [2_500, "Mitgliedsbeitrag", "Max Muster", IBAN_OTHER, "no_reference"],
    ]);
  });

  it("suggests a credit dated before the pledge was confirmed, and books the rest of the file", async () => {
    const { o, s, importFile } = await bankFixture();
    const sponsor = await addSponsor(o, s.campaign.id, { name: "Spät GmbH" });
    s.db.$client.prepare("update campaigns set last_reference_number = 49 where id = ?").run(s.campaign.id);
    const late = await addPledge(o, s.campaign.id, sponsor.id, 100_000, { status: "intent", pledgedAt: "2016-05-10" });
    await o.pledge.setStatus({
      pledgeId: late.id,
      status: "confirmed",
      at: "2016-05-20",
      expectedVersion: late.version,
    });
    const result = await importFile(
      "s.csv",
      genericCsv([
        // An intent on 15 May: the payment would break the pledge's history.
        ["2016-05-15", "500,00", "AD-0050"],
        ["2016-05-21", "500,00", "AD-0050"],
      ]),
    );
    expect(result.suggested.map((m) => [m.pledgeId, m.bookedAt, m.reason])).toEqual([
      [late.id, "2016-05-15", "conflicts_with_history"],
    ]);
    expect(result.matched.map((m) => [m.pledgeId, m.bookedAt])).toEqual([[late.id, "2016-05-21"]]);
    expect((await o.pledge.get({ pledgeId: late.id })).receivedCents).toBe(50_000);
  });

  it("suggests the pledge an IBAN paid before when the amount is an installment still open", async () => {
    const { p42, importFile } = await bankFixture();
    await importFile("a.csv", genericCsv([["2016-05-20", "5.000,00", "AD-0042", "Müller", IBAN_GRUEN]]));
    const result = await importFile(
      "b.csv",
      genericCsv([
        ["2016-05-25", "5.000,00", "Rate 2", "Müller", IBAN_GRUEN],
        ["2016-05-25", "4.999,00", "Rate 2", "Müller", IBAN_GRUEN],
      ]),
    );
    expect(result.suggested.map((m) => [m.pledgeId, m.amountCents, m.reason])).toEqual([
      [p42.id, 500_000, "known_iban"],
    ]);
    expect(result.unmatched.map((u) => [u.amountCents, u.reason])).toEqual([[499_900, "no_reference"]]);
  });
});

describe("a dry run", () => {
  it("answers what an import would do and keeps nothing", async () => {
    const { s, importFile } = await bankFixture();
    const dry = await importFile("2016-05-20.xml", fixture("camt053-v02.xml"), true);
    expect(dry).toMatchObject({ dryRun: true, entries: 6, duplicates: 0 });
    expect(dry.matched).toHaveLength(4);
    expect(dry.matched.every((m) => m.entryId === null)).toBe(true);
    expect([count(s, "bank_entries"), count(s, "payments")]).toEqual([0, 0]);
    const real = await importFile("2016-05-20.xml", fixture("camt053-v02.xml"));
    expect(real.matched.map((m) => m.amountCents)).toEqual(dry.matched.map((m) => m.amountCents));
    expect(real.matched.every((m) => typeof m.entryId === "number")).toBe(true);
  });
});

describe("every format the readers know", () => {
  it("reads a camt.053.001.08, a Sparkasse CSV-CAMT V2 in Windows-1252, an MT940 and public samples", async () => {
    const { importFile, p42, p7, p31 } = await bankFixture("2017-01-10T10:00:00Z");
    const v08 = await importFile("v08.xml", fixture("camt053-v08.xml"));
    expect(v08).toMatchObject({ format: "camt053", entries: 3 });
    expect(v08.matched.map((m) => [m.pledgeId, m.amountCents])).toEqual([[p42.id, 123_456]]);

    const sparkasse = await importFile("umsaetze.csv", fixture("sparkasse-csv-camt-v2.csv"));
    expect(sparkasse).toMatchObject({ format: "sparkasse-csv", entries: 2 });
    expect(sparkasse.matched.map((m) => [m.pledgeId, m.amountCents, m.bookedAt])).toEqual([
      [p42.id, 123_456, "2016-05-23"],
    ]);
    // "15000" is €15,000 (no decimals), not €150.00: more than AD-0007's €1,500.
    expect(sparkasse.suggested.map((m) => [m.pledgeId, m.amountCents, m.reason])).toEqual([
      [p7.id, 1_500_000, "more_than_open"],
    ]);

    const mt940 = await importFile("auszug.sta", fixture("mt940.sta"));
    expect(mt940.format).toBe("mt940");
    expect(mt940.matched.map((m) => [m.pledgeId, m.amountCents, m.bookedAt])).toEqual([
      [p42.id, 50_000, "2017-01-02"],
      [p31.id, 10_000, "2017-01-02"],
      [p31.id, 10_000, "2017-01-02"],
    ]);
    // The cash deposit names AD-0011, an intent.
    expect(mt940.suggested.map((m) => [m.amountCents, m.reason])).toEqual([[2_500, "not_confirmed"]]);

    for (const [name, format] of [
      ["public/genkgo-camt053.v2.minimal.xml", "camt053"],
      ["public/jejik-volksbankenraiffeisenbanken.sta", "mt940"],
      ["public/omarkohl-sparkasse-simple1.csv", "sparkasse-csv"],
    ] as const) {
      const result = await importFile(name.split("/")[1], fixture(name));
      expect(result.format, name).toBe(format);
      expect(result.entries, name).toBeGreaterThan(0);
      expect(result.matched.length + result.suggested.length + result.unmatched.length + result.duplicates).toBe(
        result.entries,
      );
    }
  });

  it("refuses a broken file whole with the line and element at fault, and keeps nothing of it", async () => {
    const { s, o, importFile } = await bankFixture();
    const broken = new TextDecoder()
      .decode(fixture("camt053-v02.xml"))
      .replace('<Amt Ccy="EUR">1500.00</Amt>', '<Amt Ccy="EUR">1.500,00</Amt>');
    const error = await expectCode(importFile("broken.xml", utf8(broken)), "BAD_REQUEST");
    expect(error.message).toMatch(/^broken\.xml, line \d+, [A-Za-z/]*Amt: /);
    await expectCode(importFile("x.pdf", utf8("%PDF-1.4 not a statement")), "UNSUPPORTED_MEDIA_TYPE");
    await expectCode(
      o.payment.importStatement({ campaignId: s.campaign.id, filename: "x.csv", contentBase64: "!!", dryRun: false }),
      "BAD_REQUEST",
    );
    expect([count(s, "bank_entries"), count(s, "payments")]).toEqual([0, 0]);
  });
});

describe("a large statement", () => {
  it("is read and booked in a worker thread (from 128 KiB), with the same answers and refusals", async () => {
    // The worker needs a database file: it writes through a connection of its own.
    const dir = mkdtempSync(join(tmpdir(), "statement-"));
    const db = openDatabase(join(dir, "ledger.db"));
    try {
      const clock = makeClock("2016-06-01T10:00:00Z");
      const admin = await callerFor(db, await addUser(db, "admin@example.org", "admin"), clock);
      const campaign = await admin.campaign.create({
        name: "Aachen digitalisiert",
        referencePrefix: "AD",
        targetCents: TARGET,
        matchCapCents: TARGET,
        deadline: "2016-06-01",
        windowStart: "2016-04-20",
      });
      const sponsor = await addSponsor(admin, campaign.id, { name: "Müller & Söhne GmbH" });
      const pledge = await addPledge(admin, campaign.id, sponsor.id, 1_500_000, { pledgedAt: "2016-05-10" });
      const lines: [string, string, string, string][] = [["2016-05-20", "5.000,00", pledge.reference ?? "", "Müller"]];
      for (let i = 1; i <= 3_000; i++)
        lines.push(["2016-05-21", `${i},00`, `Sammelspende Nr. ${i} Schulfest`, "Kasse"]);
      const file = genericCsv(lines);
      expect(file.length).toBeGreaterThan(128 * 1024);
      const importFile = (filename: string, bytes: Uint8Array, dryRun = false) =>
        admin.payment.importStatement({ campaignId: campaign.id, filename, contentBase64: base64(bytes), dryRun });

      const dry = await importFile("jahr.csv", file, true);
      expect(dry).toMatchObject({ dryRun: true, entries: 3_001, duplicates: 0 });
      expect(db.$client.prepare("select count(*) from bank_entries").pluck().get()).toBe(0);
      const result = await importFile("jahr.csv", file);
      expect(result).toMatchObject({ entries: 3_001, duplicates: 0 });
      expect(result.matched.map((m) => [m.pledgeId, m.amountCents])).toEqual([[pledge.id, 500_000]]);
      expect(result.unmatched).toHaveLength(3_000);
      expect((await admin.pledge.get({ pledgeId: pledge.id })).receivedCents).toBe(500_000);
      expect((await importFile("jahr.csv", file)).duplicates).toBe(3_001);

      const broken = new TextDecoder().decode(file).replace("2016-05-21;17,00", "2016-05-21;17,0,0");
      const error = await expectCode(importFile("kaputt.csv", utf8(broken)), "BAD_REQUEST");
      expect(error.message).toMatch(/^kaputt\.csv, line 19, amount: /);
    } finally {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the review queue", () => {
  it("lists what waits, oldest first, with the pledge suggested; assigning books it, dismissing drops it", async () => {
    const { s, o, p11, p19, p42, importFile, pledge } = await bankFixture();
    await importFile(
      "s.csv",
      genericCsv([
        ["2016-05-21", "25,00", "Mitgliedsbeitrag", "Max Muster", IBAN_OTHER],
        ["2016-05-20", "1.500,00", "AD-0011"],
        ["2016-05-22", "300,00", "Rate Zusage 42", "Müller & Söhne GmbH"],
      ]),
    );
    const queue = await o.payment.reviewQueue({ campaignId: s.campaign.id });
    expect(queue.total).toBe(3);
    expect(
      queue.items.map((i) => [i.bookedOn, i.amountCents, i.state, i.reason, i.suggestion?.reference ?? null]),
    ).toEqual([
      ["2016-05-20", 150_000, "suggested", "not_confirmed", "AD-0011"],
      ["2016-05-21", 2_500, "unmatched", "no_reference", null],
      ["2016-05-22", 30_000, "unmatched", "no_reference", null],
    ]);
    expect(queue.items[0].suggestion).toMatchObject({ pledgeId: p11.id, sponsorName: "Printenbäckerei Klein" });
    expect(Object.keys(queue.items[0])).not.toContain("dedupeKey");

    // The intent cannot take money: assigning it there is refused, and nothing changes.
    await expectCode(o.payment.assignEntry({ entryId: queue.items[0].id, pledgeId: p11.id }), "CONFLICT");
    // "Zusage 42" is AD-0042 to a person: staff assign it.
    const assigned = await o.payment.assignEntry({ entryId: queue.items[2].id, pledgeId: p42.id });
    expect(assigned).toMatchObject({ state: "assigned", pledgeId: p42.id, bookedOn: "2016-05-22" });
    expect((await pledge(p42.id)).receivedCents).toBe(30_000);
    await expectCode(o.payment.assignEntry({ entryId: queue.items[2].id, pledgeId: p19.id }), "CONFLICT");
    expect(await o.payment.dismissEntry({ entryId: queue.items[1].id })).toMatchObject({ state: "dismissed" });
    await expectCode(o.payment.dismissEntry({ entryId: queue.items[1].id }), "CONFLICT");
    expect((await o.payment.reviewQueue({ campaignId: s.campaign.id })).items.map((i) => i.id)).toEqual([
      queue.items[0].id,
    ]);
    // Marked as not ours, it is listed apart, and can still be assigned should it be ours after all.
    const dismissed = await o.payment.reviewQueue({ campaignId: s.campaign.id, show: "dismissed" });
    expect(dismissed.items.map((i) => [i.id, i.state])).toEqual([[queue.items[1].id, "dismissed"]]);
    expect(await o.payment.assignEntry({ entryId: queue.items[1].id, pledgeId: p19.id })).toMatchObject({
      state: "assigned",
    });
    expect((await o.payment.reviewQueue({ campaignId: s.campaign.id, show: "dismissed" })).total).toBe(0);
  });

  it("is the organisers' and admins': the committee is refused, another campaign's staff find nothing", async () => {
    const { s, importFile, p42 } = await bankFixture();
    await importFile("s.csv", genericCsv([["2016-05-21", "25,00", "Beitrag"]]));
    const [entry] = (await s.as.admin.payment.reviewQueue({ campaignId: s.campaign.id })).items;
    await expectCode(s.as.committee.payment.reviewQueue({ campaignId: s.campaign.id }), "FORBIDDEN");
    await expectCode(s.as.committee.payment.assignEntry({ entryId: entry.id, pledgeId: p42.id }), "FORBIDDEN");
    await expectCode(s.as.otherOrganiser.payment.reviewQueue({ campaignId: s.campaign.id }), "NOT_FOUND");
    await expectCode(s.as.otherOrganiser.payment.dismissEntry({ entryId: entry.id }), "NOT_FOUND");
    await expectCode(
      s.as.committee.payment.importStatement({
        campaignId: s.campaign.id,
        filename: "s.csv",
        contentBase64: base64(genericCsv([["2016-05-21", "1,00", "x"]])),
        dryRun: true,
      }),
      "FORBIDDEN",
    );
    // A pledge of another campaign is not found from this campaign's credit.
    const bonn = await s.as.otherOrganiser.sponsor.create({
      campaignId: s.otherCampaign.id,
      name: "Bonn AG",
      kind: "company",
      country: "DE",
    });
    const bonnPledge = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, bonn.id, 10_000);
    await expectCode(s.as.organiser.payment.assignEntry({ entryId: entry.id, pledgeId: bonnPledge.id }), "NOT_FOUND");
  });
});
