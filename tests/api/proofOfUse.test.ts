// GET /api/campaigns/:id/proof-of-use.{xlsx,pdf} (issue 17.6), over real HTTP: own funds
// received per sponsor with dates and references (sponsoring net of VAT, in-kind left out),
// the state's money received, each year against the financing plan, and the totals.
import { execFileSync } from "node:child_process";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { campaigns } from "../../db/schema";
import { readFinancingPlan } from "../../server/queries/financingPlan";
import { addPledge, addSponsor, setup, type Setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let http: Server;
const as: Record<string, { cookie: string }> = {};

const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" }).replace(
    /[ \t]+/g,
    " ",
  );

beforeAll(async () => {
  s = await setup({ now: "2016-05-20T10:00:00Z", campaign: { referencePrefix: "AD", matchStart: "2016-06-01" } });
  useCheapPasswords(s.db);
  const o = s.as.organiser;
  const lambertz = await addSponsor(o, s.campaign.id, { name: "Printen Lambertz KG" });
  const aixtron = await addSponsor(o, s.campaign.id, { name: "Aixtron SE" });
  const raum = await addSponsor(o, s.campaign.id, { name: "Raumgeber GmbH" });
  // A €3,000 donation (three €1,000 installments from June 2016).
  const donation = await addPledge(o, s.campaign.id, lambertz.id, 300_000, { pledgedAt: "2016-05-02" });
  // €1,190 of sponsoring at 19 %: €190 VAT, €1,000 own funds.
  const sponsoring = await addPledge(o, s.campaign.id, aixtron.id, 119_000, { pledgedAt: "2016-05-03" });
  s.db.$client
    .prepare("update pledges set contribution = 'sponsoring', vat_rate_percent = 19 where id = ?")
    .run(sponsoring.id);
  await addPledge(o, s.campaign.id, raum.id, 500_000, {
    type: "in_kind",
    description: "Räume",
    pledgedAt: "2016-05-04",
  });
  await o.pledge.recordPayment({
    pledgeId: donation.id,
    amountCents: 100_000,
    paidAt: "2016-05-10",
    expectedVersion: 1,
  });
  await o.pledge.recordPayment({
    pledgeId: sponsoring.id,
    amountCents: 119_000,
    paidAt: "2016-05-12",
    expectedVersion: 1,
  });
  s.clock.set("2017-07-01T10:00:00Z");
  await o.pledge.recordPayment({
    pledgeId: donation.id,
    amountCents: 100_000,
    paidAt: "2017-06-05",
    expectedVersion: 2,
  });
  s.db.$client
    .prepare(
      "insert into state_payments (campaign_id, kind, amount_cents, \"on\", note, created_at) values (?, 'receipt', ?, ?, ?, 0)",
    )
    .run(s.campaign.id, 150_000, "2016-09-01", "Abruf 1");
  http = await serve(s.db, s.clock.now);
  for (const [who, email] of Object.entries({ committee: "committee@example.org", organiser: "organiser@example.org" }))
    as[who] = { cookie: await http.login(email) };
});
afterAll(() => http?.close());

const download = (file: string, who: string, query = "locale=de") =>
  fetch(`${http.base}/api/campaigns/${s.campaign.id}/${file}?${query}`, { headers: as[who] ?? {} });

describe("the proof of use", () => {
  it("lists own funds received per sponsor and year, net of VAT, the state's money, and the plan", async () => {
    const res = await download("proof-of-use.xlsx", "committee");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/verwendungsnachweis-2017-07-01\.xlsx/);
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    const rows = sheet.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]]);
    expect(sheet[0].slice(0, 8)).toEqual([
      "Zeile",
      "Jahr",
      "Datum",
      "Referenz",
      "Sponsor / Vermerk",
      "Eingegangen",
      "Anrechenbar (netto)",
      "Finanzierungsplan",
    ]);
    // Payments and state money as received; each year's sums beside the financing plan's.
    const row = s.db.select().from(campaigns).where(eq(campaigns.id, s.campaign.id)).get();
    if (!row) throw new Error("the campaign is gone");
    const plan = readFinancingPlan(s.db, row, "2017-07-01");
    const planned = (kind: "own_total" | "state", year: number) =>
      (plan.rows.find((r) => r.row === kind)?.byYear[plan.years.indexOf(year)] ?? 0) / 100;
    const yearRows = (year: number, own: number, state: number) => [
      ["Eigenmittel im Jahr", year, null, null, null, own, planned("own_total", year)],
      ["Landesmittel im Jahr", year, null, null, null, state, planned("state", year)],
    ];
    expect(plan.years).toEqual([2016, 2017, 2018, 2019]);
    expect(rows).toEqual([
      ["Eigenmittel", 2016, "AD-0002", "Aixtron SE", 1190, 1000, null],
      ["Eigenmittel", 2016, "AD-0001", "Printen Lambertz KG", 1000, 1000, null],
      yearRows(2016, 2000, 1500)[0],
      ["Landesmittel", 2016, null, "Abruf 1", 1500, 1500, null],
      yearRows(2016, 2000, 1500)[1],
      ["Eigenmittel", 2017, "AD-0001", "Printen Lambertz KG", 1000, 1000, null],
      ...yearRows(2017, 1000, 0),
      ...yearRows(2018, 0, 0),
      ...yearRows(2019, 0, 0),
      [
        "Gesamt",
        null,
        null,
        null,
        null,
        4500,
        Math.round(
          plan.years.reduce((sum: number, y) => sum + planned("own_total", y ?? 0) + planned("state", y ?? 0), 0) * 100,
        ) / 100,
      ],
    ]);
  });

  it("for one year, and as a PDF with the same figures", async () => {
    const sheet = await readSheet(
      Buffer.from(await (await download("proof-of-use.xlsx", "organiser", "locale=de&year=2017")).arrayBuffer()),
    );
    expect(sheet.slice(1).map((r) => r[1])).toEqual([2017, 2017, 2017, null]);
    const res = await download("proof-of-use.pdf", "organiser", "locale=de&year=2016");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const part of [
      "Verwendungsnachweis – Einnahmen",
      "Aachen digitalisiert · Jahr 2016",
      "12.05.2016 AD-0002 Aixtron SE 1.190,00 € 1.000,00 €",
      "Eigenmittel 2016 gesamt 2.000,00 €",
      "01.09.2016 Abruf 1 1.500,00 € 1.500,00 €",
      "Sponsoring zählt netto",
    ])
      expect(text).toContain(part);
    expect(text).not.toContain("Raumgeber");
  });

  it("refuses a year that is none, a sponsor, and no session", async () => {
    expect((await download("proof-of-use.xlsx", "organiser", "year=17")).status).toBe(400);
    expect((await download("proof-of-use.pdf", "nobody")).status).toBe(401);
  });
});
