// The financing plan export (GET /api/campaigns/:id/financing-plan.{csv,xlsx}), over real HTTP:
// one row per sponsor with binding pledges (confirmed, paid), the installments due per year of
// the cash flow, then own funds in total, the state share and the total funding. Its sums per
// year are the summary's cashFlow: own funds = ownScheduledCents, state = stateCents.
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCents } from "../../server/domain/spreadsheet";
import { financingPlanColumns } from "../../server/export/financingPlanColumns";
import { campaignById } from "../../server/queries/campaigns";
import { readFinancingPlan } from "../../server/queries/financingPlan";
import { addPledge, addSponsor, fullSummary, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let http: Server;
let organiser: { cookie: string };

// Match start = deadline 1 June 2016, three years: the period to 31 May 2019 touches 2016–2019.
beforeAll(async () => {
  s = await setup({ now: "2016-05-20T10:00:00Z" });
  useCheapPasswords(s.db);
  const o = s.as.organiser;
  const c = s.campaign.id;
  const printen = await addSponsor(o, c, { name: "Printen KG", country: "BE" });
  const werke = await addSponsor(o, c, { name: "Stadtwerke Aachen", kind: "public_company" });
  const injector = await addSponsor(o, c, { name: "=SUM(A1)" });
  const duplicate = await addSponsor(o, c, { name: "Printen Kommanditgesellschaft", country: "BE" });
  const hesitant = await addSponsor(o, c, { name: "Zögerlich GmbH" });
  // Printen: cash €15,000 → 5,000 a year; in kind €300 → 100 a year; its duplicate's €30 merged in → 10 a year.
  await addPledge(o, c, printen.id, 1_500_000, { pledgedAt: "2016-05-02" });
  await addPledge(o, c, printen.id, 30_000, { type: "in_kind", description: "Räume", pledgedAt: "2016-05-03" });
  await addPledge(o, c, duplicate.id, 3_000, { pledgedAt: "2016-05-03" });
  await o.sponsor.merge({ intoSponsorId: printen.id, fromSponsorId: duplicate.id });
  // Stadtwerke: paid €9,000.01, re-scheduled: 2016 3,000.01, 2017 1,000, 2019 5,000.
  const paid = await addPledge(o, c, werke.id, 900_001, { status: "paid", pledgedAt: "2016-05-04" });
  await o.pledge.update({
    pledgeId: paid.id,
    expectedVersion: paid.version,
    schedule: [
      { dueOn: "2016-06-01", amountCents: 300_001 },
      { dueOn: "2017-06-01", amountCents: 100_000 },
      { dueOn: "2019-06-01", amountCents: 500_000 },
    ],
  });
  await addPledge(o, c, injector.id, 300, { pledgedAt: "2016-05-05" }); // 1.00 a year
  // Not binding: an intent, and a withdrawn pledge.
  await addPledge(o, c, hesitant.id, 5_000_000, { status: "intent" });
  const gone = await addPledge(o, c, hesitant.id, 60_000, { pledgedAt: "2016-05-06" });
  await o.pledge.setStatus({ pledgeId: gone.id, status: "withdrawn", expectedVersion: gone.version, reason: "budget" });
  const bonn = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner AG" });
  await addPledge(s.as.otherOrganiser, s.otherCampaign.id, bonn.id, 700);
  http = await serve(s.db, s.clock.now);
  organiser = { cookie: await http.login("organiser@example.org") };
});
afterAll(() => http?.close());

async function download(file: string, locale?: string) {
  const res = await fetch(`${http.base}/api/campaigns/${s.campaign.id}/${file}${locale ? `?locale=${locale}` : ""}`, {
    headers: organiser,
  });
  expect(res.status, file).toBe(200);
  return res;
}

const euros = (cents: number) => formatCents(cents, ".");

describe("financing-plan.csv", () => {
  it("lists binding sponsors by name with their installments per year, then the totals", async () => {
    const res = await download("financing-plan.csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="aachen-digitalisiert-finanzierungsplan-2016-05-20.csv"; filename*=UTF-8''aachen-digitalisiert-finanzierungsplan-2016-05-20.csv`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // own funds per year: 2016 5,000 + 100 + 10 + 3,000.01 + 1 = 8,111.01; 2017 5,000 + 100 + 10 + 1,000 + 1 = 6,111.00;
    // 2018 5,000 + 100 + 10 + 1 = 5,111.00; 2019 5,000.00 → in total 24,333.01.
    // counted (1:1, in kind at 100%) = 24,333.01 → state 2,433,301 split by the period's days 214 | 365 | 365 | 151
    // of 1,095: 475,549.24 | 811,100.33 | 811,100.33 | 335,551.10, the leftover cent to 2017.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFname,kind,country,2016,2017,2018,2019,total,in_kind\r\n" +
        "'=SUM(A1),company,DE,1.00,1.00,1.00,0.00,3.00,0.00\r\n" +
        "Printen KG,company,BE,5110.00,5110.00,5110.00,0.00,15330.00,300.00\r\n" +
        "Stadtwerke Aachen,public_company,DE,3000.01,1000.00,0.00,5000.00,9000.01,0.00\r\n" +
        "Own funds total,,,8111.01,6111.00,5111.00,5000.00,24333.01,300.00\r\n" +
        "State funds (share),,,4755.49,8111.01,8111.00,3355.51,24333.01,\r\n" +
        "Total funding,,,12866.50,14222.01,13222.00,8355.51,48666.02,\r\n",
    );
  });

  it("sums per year to the summary's cashFlow: own funds = ownScheduledCents, state = stateCents", async () => {
    const summary = await fullSummary(s.as.organiser, { campaignId: s.campaign.id });
    const [header, ...lines] = parse(await (await download("financing-plan.csv")).text(), { bom: true }) as string[][];
    // (records as objects would list the year keys first: integer-like keys lead in JavaScript)
    const records = lines.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]])));
    const rowNamed = (name: string) => records.find((r) => r.name === name)!;
    expect(header.slice(3, -2)).toEqual(summary.cashFlow.map((y) => String(y.year)));
    const sponsorRows = records.slice(0, -3);
    for (const y of summary.cashFlow) {
      const year = String(y.year);
      const fromSponsors = sponsorRows.reduce((sum, r) => sum + Math.round(Number(r[year]) * 100), 0);
      expect(fromSponsors, year).toBe(y.ownScheduledCents);
      expect(rowNamed("Own funds total")[year], year).toBe(euros(y.ownScheduledCents));
      expect(rowNamed("State funds (share)")[year], year).toBe(euros(y.stateCents));
      expect(rowNamed("Total funding")[year], year).toBe(euros(y.ownScheduledCents + y.stateCents));
    }
    expect(rowNamed("State funds (share)").total).toBe(euros(summary.potentialMatchCents));
    expect(rowNamed("Own funds total").total).toBe(euros(summary.countedCents)); // every binding pledge is planned in full
  });

  it("with ?locale=de has German headers and row labels, semicolons and decimal commas", async () => {
    const text = (await (await download("financing-plan.csv", "de")).text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")).toEqual([
      "Name;Art;Land;2016;2017;2018;2019;Summe;davon Sachleistung",
      "'=SUM(A1);Unternehmen;DE;1,00;1,00;1,00;0,00;3,00;0,00",
      "Printen KG;Unternehmen;BE;5110,00;5110,00;5110,00;0,00;15330,00;300,00",
      "Stadtwerke Aachen;Kommunales Unternehmen;DE;3000,01;1000,00;0,00;5000,00;9000,01;0,00",
      "Eigenmittel gesamt;;;8111,01;6111,00;5111,00;5000,00;24333,01;300,00",
      "Landesmittel (Anteil);;;4755,49;8111,01;8111,00;3355,51;24333,01;",
      "Gesamtfinanzierung;;;12866,50;14222,01;13222,00;8355,51;48666,02;",
      "",
    ]);
  });

  it("for a campaign without binding pledges holds the state row at 0 and the three total rows only", async () => {
    const cookie = await http.login("bonn@example.org");
    const res = await fetch(`${http.base}/api/campaigns/${s.otherCampaign.id}/financing-plan.csv`, {
      headers: { cookie },
    });
    const lines = (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
    // Bonn's €7 confirmed pledge (2.34 + 2.33 + 2.33) and its state share at 1:1 by days
    // (1.3680 | 2.3333 | 2.3333 | 0.9653 → 1.37 | 2.33 | 2.33 | 0.97).
    expect(lines).toEqual([
      "name,kind,country,2016,2017,2018,2019,total,in_kind",
      "Bonner AG,company,DE,2.34,2.33,2.33,0.00,7.00,0.00",
      "Own funds total,,,2.34,2.33,2.33,0.00,7.00,0.00",
      "State funds (share),,,1.37,2.33,2.33,0.97,7.00,",
      "Total funding,,,3.71,4.66,4.66,0.97,14.00,",
      "",
    ]);
  });
});

describe("financing-plan.xlsx", () => {
  it("reads back as the CSV's rows, amounts as numbers", async () => {
    const res = await download("financing-plan.xlsx", "de");
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet[0]).toEqual(["Name", "Art", "Land", "2016", "2017", "2018", "2019", "Summe", "davon Sachleistung"]);
    expect(sheet[3]).toEqual(["Stadtwerke Aachen", "Kommunales Unternehmen", "DE", 3000.01, 1000, 0, 5000, 9000.01, 0]);
    expect(sheet[5]).toEqual(["Landesmittel (Anteil)", null, null, 4755.49, 8111.01, 8111, 3355.51, 24333.01, null]);
    expect(sheet.map((r) => r[0])).toEqual([
      "Name",
      "=SUM(A1)", // as typed: an .xlsx string cell is no formula
      "Printen KG",
      "Stadtwerke Aachen",
      "Eigenmittel gesamt",
      "Landesmittel (Anteil)",
      "Gesamtfinanzierung",
    ]);
  });
});

describe("installments due outside the match period", () => {
  it("share one column, 'außerhalb des Zeitraums', and a late payment adds no column of zeros", async () => {
    const t = await setup({ now: "2021-02-01T10:00:00Z" });
    const o = t.as.organiser;
    const sponsor = await addSponsor(o, t.campaign.id, { name: "Spät GmbH" });
    const pledge = await addPledge(o, t.campaign.id, sponsor.id, 300_000, { pledgedAt: "2016-05-02" });
    const moved = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      at: "2016-05-19",
      schedule: [
        { dueOn: "2016-06-01", amountCents: 100_000 },
        { dueOn: "2017-06-01", amountCents: 100_000 },
        { dueOn: "2020-06-01", amountCents: 100_000 },
      ],
    });
    await o.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents: 50_000,
      paidAt: "2020-03-01",
      expectedVersion: moved.version,
    });
    const campaign = campaignById(t.db, t.campaign.id)!;
    const plan = readFinancingPlan(t.db, campaign, "2021-02-01");
    expect(plan.years).toEqual([2016, 2017, 2018, 2019, null]);
    expect(plan.rows[0]).toMatchObject({ name: "Spät GmbH", byYear: [100_000, 100_000, 0, 0, 100_000] });
    expect(financingPlanColumns(plan.years, "de")[7].header).toEqual({
      en: "outside_period",
      de: "außerhalb des Zeitraums",
    });
    const summary = await fullSummary(o, { campaignId: t.campaign.id });
    expect(summary.cashFlow.at(-1)).toEqual({
      year: null,
      ownScheduledCents: 100_000,
      ownReceivedCents: 50_000,
      stateCents: 0,
      short: false,
    });

    // Without installments outside the period, a payment in 2020 alone adds no plan column.
    await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: moved.version + 1,
      schedule: [
        { dueOn: "2016-06-01", amountCents: 150_000 },
        { dueOn: "2017-06-01", amountCents: 150_000 },
      ],
    });
    expect(readFinancingPlan(t.db, campaign, "2021-02-01").years).toEqual([2016, 2017, 2018, 2019]);
  });
});
