// What the export files hold (CONTRACT.md "CSV export"), over real HTTP: BOM, CRLF, header,
// separators and decimal marks per locale, exact amounts from cents, German labels, formulas
// neutralised, contact columns only for those who may see them, and an .xlsx that reads back
// as the same rows.
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEuroAmount } from "../../server/domain/money";
import { strFromU8, unzipSync } from "fflate";
import { formatCents, neutralise } from "../../server/domain/spreadsheet";
import { pledgePages } from "../../server/queries/pledgeExport";
import { addPledge, addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let http: Server;
let organiser: { cookie: string };
let committee: { cookie: string };

beforeAll(async () => {
  s = await setup({ now: "2016-05-20T10:00:00Z" });
  useCheapPasswords(s.db);
  const o = s.as.organiser;
  const injector = await addSponsor(o, s.campaign.id, {
    name: '=HYPERLINK("http://x")',
    contactName: "Erika Mustermann",
    contactEmail: "erika@example.org",
    sector: "IT",
    vatId: "DE123456789",
    membershipType: "Mitglied",
    listing: "name_and_amount",
  });
  const werke = await addSponsor(o, s.campaign.id, { name: "Stadtwerke; Aachen", kind: "public_company" });
  const printen = await addSponsor(o, s.campaign.id, { name: "Printen, Lambertz KG", country: "BE" });
  const first = await addPledge(o, s.campaign.id, injector.id, 150_050, {
    pledgedAt: "2016-05-02",
    note: "+1",
    conditional: true,
  });
  await o.pledge.recordPayment({
    pledgeId: first.id,
    amountCents: 50_000,
    paidAt: "2016-05-10",
    expectedVersion: first.version,
  });
  await addPledge(o, s.campaign.id, werke.id, 5, {
    type: "in_kind",
    status: "intent",
    description: "Räume",
    pledgedAt: "2016-05-03",
    raisedBySponsorId: injector.id,
    note: 'Zeile 1\nZeile 2 "zitiert"',
  });
  await addPledge(o, s.campaign.id, printen.id, 100_000_000, {
    status: "paid",
    pledgedAt: "2016-05-04",
    raisedByName: "Frau Müller",
    contribution: "sponsoring",
  });
  const other = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner Sponsor" });
  await addPledge(s.as.otherOrganiser, s.otherCampaign.id, other.id, 777);
  http = await serve(s.db, s.clock.now);
  organiser = { cookie: await http.login("organiser@example.org") };
  committee = { cookie: await http.login("committee@example.org") };
});
afterAll(() => http?.close());

const url = (file: string, locale?: string) =>
  `/api/campaigns/${s.campaign.id}/${file}${locale ? `?locale=${locale}` : ""}`;
const download = async (file: string, headers: Record<string, string>, locale?: string) => {
  const res = await fetch(http.base + url(file, locale), { headers });
  expect(res.status, file).toBe(200);
  return res;
};

describe("pledges.csv", () => {
  it("is UTF-8 with BOM, comma-separated, CRLF, codes and ISO dates, amounts with a decimal point", async () => {
    const res = await download("pledges.csv", organiser);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="aachen-digitalisiert-zusagen-2016-05-20.csv"; filename*=UTF-8''aachen-digitalisiert-zusagen-2016-05-20.csv`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFid,name,kind,country,amount,type,status,date,received,outstanding,conditional,raised_by,note,created_at,contribution,vat_rate,net\r\n" +
        `1,"'=HYPERLINK(""http://x"")",company,DE,1500.50,cash,confirmed,2016-05-02,500.00,1000.50,true,,'+1,2016-05-20 12:00:00,donation,,1500.50\r\n` +
        `2,Stadtwerke; Aachen,public_company,DE,0.05,in_kind,intent,2016-05-03,0.00,,false,"'=HYPERLINK(""http://x"")","Zeile 1\nZeile 2 ""zitiert""",2016-05-20 12:00:00,donation,,0.05\r\n` +
        `3,"Printen, Lambertz KG",company,BE,1000000.00,cash,paid,2016-05-04,1000000.00,0.00,false,Frau Müller,,2016-05-20 12:00:00,sponsoring,19,840336.13\r\n`,
    );
  });

  it.each([
    ["pledges.csv", "zusagen"],
    ["sponsors.csv", "sponsoren"],
    ["financing-plan.csv", "finanzierungsplan"],
  ])("%s with ?locale=de saves under another name than the plain CSV", async (file, word) => {
    const german = (await download(file, organiser, "de")).headers.get("content-disposition");
    const plain = (await download(file, organiser)).headers.get("content-disposition");
    expect(german).toBe(
      `attachment; filename="aachen-digitalisiert-${word}-excel-2016-05-20.csv"; filename*=UTF-8''aachen-digitalisiert-${word}-excel-2016-05-20.csv`,
    );
    expect(plain).toContain(`filename="aachen-digitalisiert-${word}-2016-05-20.csv"`);
  });

  it("with ?locale=de has German headers and labels, semicolons, decimal commas and DD.MM.YYYY", async () => {
    const text = await (await download("pledges.csv", organiser, "de")).text();
    const [header, first, second] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(
      "ID;Name;Art;Land;Betrag;Typ;Status;Datum;Eingegangen;Offen;Bedingt;Eingeworben von;Notiz;Erfasst am;Spende oder Sponsoring;USt.-Satz;Netto",
    );
    expect(first).toBe(
      `1;"'=HYPERLINK(""http://x"")";Unternehmen;DE;1500,50;Geld;Zugesagt;02.05.2016;500,00;1000,50;ja;;'+1;20.05.2016 12:00:00;Spende;;1500,50`,
    );
    expect(second).toBe(
      `2;"Stadtwerke; Aachen";Kommunales Unternehmen;DE;0,05;Sachleistung;Absicht;03.05.2016;0,00;;nein;"'=HYPERLINK(""http://x"")";"Zeile 1\nZeile 2 ""zitiert""";20.05.2016 12:00:00;Spende;;0,05`,
    );
    const records = parse(text, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.Betrag)).toEqual(["1500,50", "0,05", "1000000,00"]);
    expect(records[2].Status).toBe("Bezahlt");
  });

  it("holds only the campaign's own pledges, the committee's copy included", async () => {
    const text = await (await download("pledges.csv", committee)).text();
    expect(text).not.toContain("Bonner Sponsor");
    expect(parse(text, { bom: true, columns: true })).toHaveLength(3);
  });
});

describe("reading the pledges", () => {
  it("goes page by page along the ids, and every page boundary keeps every pledge once", async () => {
    const pages: number[][] = [];
    for await (const page of pledgePages(s.db, s.campaign.id, 2)) pages.push(page.map((p) => p.id));
    expect(pages).toEqual([[1, 2], [3]]);
  });

  it("writes amounts that the import's money rule reads back to the same cents", async () => {
    for (const [locale, delimiter] of [
      ["en", ","],
      ["de", ";"],
    ]) {
      const text = await (await download("pledges.csv", organiser, locale)).text();
      const rows = parse(text, { bom: true, delimiter, from_line: 2 }) as string[][];
      expect(rows.map((r) => parseEuroAmount(r[4]))).toEqual(
        [150_050, 5, 100_000_000].map((cents) => ({ ok: true, cents })),
      );
    }
  });
});

describe("sponsors.csv", () => {
  it("gives organisers the contact columns, with the binding amount and the number of pledges", async () => {
    const text = await (await download("sponsors.csv", organiser)).text();
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0])).toEqual([
      "id",
      "name",
      "kind",
      "country",
      "sector",
      "vat_id",
      "membership_type",
      "contact_name",
      "contact_email",
      "listing",
      "binding_amount",
      "pledge_count",
    ]);
    // Sorted by name: the neutralised "=HYPERLINK…" sorts by its name key, "=hyperlink…", first.
    expect(records.map((r) => [r.name, r.binding_amount, r.pledge_count])).toEqual([
      [`'=HYPERLINK("http://x")`, "1500.50", "1"],
      ["Printen, Lambertz KG", "1000000.00", "1"],
      ["Stadtwerke; Aachen", "0.00", "1"],
    ]);
    expect(records[0]).toMatchObject({
      contact_name: "Erika Mustermann",
      contact_email: "erika@example.org",
      listing: "name_and_amount",
      vat_id: "DE123456789",
    });
    const logged = s.db.$client
      .prepare("select detail from audit_log where action = 'contact_exported' and campaign_id = ?")
      .all(s.campaign.id) as { detail: string }[];
    expect(logged.map((l) => JSON.parse(l.detail))).toContainEqual({ export: "sponsors.csv", sponsors: 3 });
  });

  it("leaves the contact columns out for the committee", async () => {
    const text = await (await download("sponsors.csv", committee, "de")).text();
    const header = text.replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(header).toBe(
      "ID;Name;Art;Land;Branche;USt-IdNr.;Mitgliedschaft;Öffentliche Nennung;Verbindlich zugesagt;Zusagen",
    );
    expect(text).not.toContain("Erika");
    expect(text).not.toContain("erika@example.org");
    expect(text).toContain(";Name und Betrag;1500,50;1\r\n");
  });
});

/** An .xlsx cell in the CSV's words, to compare the two files row by row (only the CSV neutralises). */
function asCsvText(value: unknown, column: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutralise(value);
  if (value instanceof Date)
    return column === "created_at"
      ? value.toISOString().slice(0, 19).replace("T", " ")
      : value.toISOString().slice(0, 10);
  if (typeof value === "number")
    return ["amount", "received", "outstanding", "binding_amount", "net"].includes(column)
      ? formatCents(Math.round(value * 100), ".")
      : String(value);
  return String(value);
}

describe(".xlsx", () => {
  it.each(["pledges", "sponsors"])("%s.xlsx reads back as the same rows as the CSV", async (list) => {
    const res = await download(`${list}.xlsx`, organiser);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toContain(
      `-${list === "pledges" ? "zusagen" : "sponsoren"}-2016-05-20.xlsx"`,
    );
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    const csv = parse(await (await download(`${list}.csv`, organiser)).text(), { bom: true }) as string[][];
    const header = csv[0];
    expect(sheet[0]).toEqual(header);
    expect(sheet.slice(1).map((row) => header.map((column, i) => asCsvText(row[i], column)))).toEqual(csv.slice(1));
  });

  it("keeps text exactly as typed, without the CSV's apostrophe, in cells styled as text", async () => {
    const file = unzipSync(new Uint8Array(await (await download("pledges.xlsx", organiser, "de")).arrayBuffer()));
    const sheetXml = strFromU8(file["xl/worksheets/sheet1.xml"]);
    const stylesXml = strFromU8(file["xl/styles.xml"]);
    expect(sheetXml).not.toContain("<f>");
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]* s="(\\d+)"`).exec(sheetXml)?.[1]);
    const formats = [...stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)];
    const textFormatId = formats.find((f) => f[2] === "@")?.[1];
    const xfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "").matchAll(/<xf ([^>]*)>/g)];
    // B2 is the sponsor's name '=HYPERLINK("http://x")', M2 the note "+1".
    for (const ref of ["B2", "M2"]) expect(xfs[styleOf(ref)][1]).toContain(`numFmtId="${textFormatId}"`);
    expect(textFormatId).toBeDefined();
  });

  it("writes text as strings, amounts as numbers and dates as dates", async () => {
    const sheet = await readSheet(Buffer.from(await (await download("pledges.xlsx", organiser, "de")).arrayBuffer()));
    expect(sheet[0][4]).toBe("Betrag");
    expect(sheet[1]).toEqual([
      1,
      `=HYPERLINK("http://x")`,
      "Unternehmen",
      "DE",
      1500.5,
      "Geld",
      "Zugesagt",
      new Date("2016-05-02T00:00:00Z"),
      500,
      1000.5,
      true,
      null,
      "+1",
      new Date("2016-05-20T12:00:00Z"),
      "Spende",
      null,
      1500.5,
    ]);
    expect(sheet[2][4]).toBe(0.05);
    // Sponsoring: its rate as a number, and its net beside the gross amount.
    expect(sheet[3].slice(-3)).toEqual(["Sponsoring", 19, 840336.13]);
  });
});
