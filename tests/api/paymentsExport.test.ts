// GET /api/campaigns/:id/payments.{csv,xlsx} (issue 17.2), over real HTTP: every payment with
// the pledge's reference, the sponsor, the booking date, the amount, the installments it paid
// and how it came in (typed by hand, booked from a statement by its reference, or assigned in
// the review queue); for organisers and admins, not the committee.
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPledge, addSponsor, setup, type Setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let http: Server;
const as: Record<string, { cookie: string }> = {};

const statement = (rows: string[]) =>
  Buffer.from(["date;amount;text;name;iban", ...rows].join("\n")).toString("base64");

beforeAll(async () => {
  s = await setup({ now: "2016-06-01T10:00:00Z", campaign: { referencePrefix: "AD" } });
  useCheapPasswords(s.db);
  const o = s.as.organiser;
  const lambertz = await addSponsor(o, s.campaign.id, { name: "Printen Lambertz KG" });
  const klein = await addSponsor(o, s.campaign.id, { name: "Bäckerei Klein" });
  // €15,000 in three installments of €5,000; €900 in three of €300.
  const big = await addPledge(o, s.campaign.id, lambertz.id, 1_500_000, { pledgedAt: "2016-05-02" });
  const small = await addPledge(o, s.campaign.id, klein.id, 90_000, { pledgedAt: "2016-05-03" });
  await o.pledge.recordPayment({ pledgeId: big.id, amountCents: 400_000, paidAt: "2016-05-10", expectedVersion: 1 });
  const imported = await o.payment.importStatement({
    campaignId: s.campaign.id,
    filename: "mai.csv",
    contentBase64: statement([
      `2016-05-25;2.000,00;Zusage ${big.reference} Rate 1 Rest und Rate 2;Printen Lambertz KG;DE89370400440532013000`,
      "2016-05-26;300,00;Bäckerei Klein Spende;Bäckerei Klein;",
    ]),
    dryRun: false,
  });
  const [waiting] = imported.unmatched;
  await o.payment.assignEntry({ entryId: waiting.entryId ?? 0, pledgeId: small.id });
  http = await serve(s.db, s.clock.now);
  for (const [who, email] of Object.entries({
    organiser: "organiser@example.org",
    committee: "committee@example.org",
    admin: "admin@example.org",
  }))
    as[who] = { cookie: await http.login(email) };
});
afterAll(() => http?.close());

const download = (file: string, who: string, locale = "de") =>
  fetch(`${http.base}/api/campaigns/${s.campaign.id}/${file}?locale=${locale}`, { headers: as[who] });

describe("payments.csv", () => {
  it("lists each payment with reference, sponsor, booking date, amount, installments and how it came in", async () => {
    const res = await download("payments.csv", "organiser");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/zahlungen-excel-2016-06-01\.csv/);
    const rows = parse(await res.text(), { bom: true, delimiter: ";" }) as string[][];
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ["Referenz", "Sponsor", "Buchungstag", "Betrag", "Rate", "Zuordnung", "Storno"],
      ["AD-0001", "Printen Lambertz KG", "10.05.2016", "4000,00", "1", "von Hand erfasst", "nein"],
      ["AD-0001", "Printen Lambertz KG", "25.05.2016", "2000,00", "1–2", "Kontoauszug (Verwendungszweck)", "nein"],
      ["AD-0002", "Bäckerei Klein", "26.05.2016", "300,00", "1", "Kontoauszug (zugeordnet)", "nein"],
    ]);
    expect(rows[2][7]).toMatch(/^Zusage AD-0001 Rate 1 Rest/);
    expect(rows[2][8]).toBe("DE89370400440532013000");
  });

  it("in English: codes and ISO dates; and as .xlsx with the same rows", async () => {
    const rows = parse(await (await download("payments.csv", "admin", "en")).text(), { bom: true }) as string[][];
    expect(rows[0].slice(0, 6)).toEqual([
      "reference",
      "sponsor",
      "booking_date",
      "amount",
      "installment",
      "matched_by",
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[5]])).toEqual([
      ["2016-05-10", "4000.00", "hand"],
      ["2016-05-25", "2000.00", "reference"],
      ["2016-05-26", "300.00", "review"],
    ]);
    const res = await download("payments.xlsx", "organiser");
    expect(res.status).toBe(200);
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet[0][0]).toBe("Referenz");
    expect(sheet.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["AD-0001", 4000],
      ["AD-0001", 2000],
      ["AD-0002", 300],
    ]);
  });

  it("is the organisers' and admins': the committee is refused", async () => {
    expect((await download("payments.csv", "committee")).status).toBe(403);
    expect((await download("payments.xlsx", "committee")).status).toBe(403);
    expect((await fetch(`${http.base}/api/campaigns/${s.campaign.id}/payments.csv`)).status).toBe(401);
  });
});
