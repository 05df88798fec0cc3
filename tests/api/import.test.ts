// pledge.importCsv and pledge.importFile (CONTRACT.md "Import format"): sponsors and pledges
// from a spreadsheet, all rows or none, idempotent by content, in CSV or .xlsx.
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import {
  addSponsor,
  callerForSponsor,
  expectCode,
  expectFieldError,
  fullSummary,
  rowCounts,
  setup,
  type Caller,
  type Setup,
} from "./helpers";

// Excel's German CSV: `;`, decimal commas, DD.MM.YYYY. Three sponsors, four pledges.
const GERMAN_CSV = [
  "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
  "Aachener Druck GmbH;Unternehmen;DE;15.000,00;Geld;Zugesagt;02.05.2016;für drei Jahre",
  "Université de Liège;Wissenschaft;BE;2.500,50;Sachleistung;Zugesagt;03.05.2016;Laborzeit",
  "Maastricht Tech BV;Unternehmen;NL;7.500;Geld;Absicht;04.05.2016;",
  "aachener  druck gmbh;Unternehmen;DE;1.000;Geld;Bezahlt;05.05.2016;Nachschlag",
].join("\r\n");

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");

async function importGerman(s: Setup, dryRun = false) {
  return s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv: GERMAN_CSV, dryRun });
}

async function sponsorsOf(caller: Caller, campaignId: number) {
  return (await caller.sponsor.list({ campaignId, limit: 500 })).items;
}

async function pledgesOf(caller: Caller, campaignId: number) {
  return (await caller.pledge.list({ campaignId, limit: 500 })).items;
}

describe("importing a German CSV", () => {
  it("creates the sponsors and pledges, and the summary changes", async () => {
    const s = await setup();
    const result = await importGerman(s);
    expect(result).toEqual({
      rows: 4,
      created: 4,
      duplicates: 0,
      sponsorsCreated: 3,
      dryRun: false,
      warnings: [],
      errors: [],
    });

    const sponsors = await sponsorsOf(s.as.organiser, s.campaign.id);
    expect(sponsors.map((sp) => [sp.name, sp.kind, sp.country])).toEqual([
      ["Aachener Druck GmbH", "company", "DE"],
      ["Maastricht Tech BV", "company", "NL"],
      ["Université de Liège", "research", "BE"],
    ]);
    const pledges = await pledgesOf(s.as.organiser, s.campaign.id);
    expect(
      pledges.map((p) => [p.sponsorName, p.amountCents, p.type, p.status, p.pledgedAt, p.note, p.description]),
    ).toEqual([
      ["Aachener Druck GmbH", 100_000, "cash", "paid", "2016-05-05", "Nachschlag", null],
      ["Maastricht Tech BV", 750_000, "cash", "intent", "2016-05-04", null, null],
      ["Université de Liège", 250_050, "in_kind", "confirmed", "2016-05-03", null, "Laborzeit"],
      ["Aachener Druck GmbH", 1_500_000, "cash", "confirmed", "2016-05-02", "für drei Jahre", null],
    ]);
    expect(await fullSummary(s.as.organiser, { campaignId: s.campaign.id })).toMatchObject({
      confirmedCents: 1_750_050,
      paidCents: 100_000,
      intentCents: 750_000,
      receivedCents: 100_000,
      countedCents: 1_850_050,
      sponsorCount: 2,
      pledgeCount: 4,
    });
    // Past days follow the business dates of the file.
    expect(await fullSummary(s.as.organiser, { campaignId: s.campaign.id, asOf: "2016-05-02" })).toMatchObject({
      countedCents: 1_500_000,
      pledgeCount: 1,
    });
  });

  it("matches existing sponsors by name up to case and spacing; X GmbH and X AG are two", async () => {
    const s = await setup();
    const existing = await addSponsor(s.as.organiser, s.campaign.id, {
      name: "Aachener Druck GmbH",
      kind: "company",
      country: "DE",
    });
    const csv =
      "name,kind,country,amount,type,status,date\nAACHENER DRUCK GMBH,company,DE,100,cash,intent,2016-05-01\nAachener Druck AG,company,DE,100,cash,intent,2016-05-01";
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    expect(result).toMatchObject({ created: 2, sponsorsCreated: 1, warnings: [] });
    const pledges = await pledgesOf(s.as.organiser, s.campaign.id);
    expect(pledges.map((p) => p.sponsorName)).toEqual(["Aachener Druck AG", "Aachener Druck GmbH"]);
    expect(pledges[1].sponsorId).toBe(existing.id);
  });
});

describe("all or nothing", () => {
  it("a dry run counts what would be created and writes nothing", async () => {
    const s = await setup();
    const before = rowCounts(s.db);
    expect(await importGerman(s, true)).toEqual({
      rows: 4,
      created: 4,
      duplicates: 0,
      sponsorsCreated: 3,
      dryRun: true,
      warnings: [],
      errors: [],
    });
    expect(rowCounts(s.db)).toEqual(before);
    // The real import afterwards creates exactly that.
    expect(await importGerman(s)).toMatchObject({ created: 4, sponsorsCreated: 3 });
  });

  it("one bad row writes nothing and names its line and field", async () => {
    const s = await setup();
    const before = rowCounts(s.db);
    const csv = `${GERMAN_CSV}\r\nKaputt GmbH;Unternehmen;DE;1,500;Geld;Zugesagt;05.05.2016;\r\nKaputt AG;Unternehmen;Deutschland;1.500;Geld;Zugesagt;32.05.2016;`;
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    expect(result).toMatchObject({ rows: 6, created: 0, duplicates: 0, sponsorsCreated: 0 });
    expect(result.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [6, "amount", "amount_ambiguous_comma"],
      [7, "country", "invalid_country"],
      [7, "date", "invalid_date"],
    ]);
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("importing the same file again creates nothing: every row is a duplicate", async () => {
    const s = await setup();
    await importGerman(s);
    const before = rowCounts(s.db);
    expect(await importGerman(s)).toMatchObject({ rows: 4, created: 0, duplicates: 4, sponsorsCreated: 0, errors: [] });
    expect(rowCounts(s.db)).toEqual(before);
  });

  it("a row repeated within one file is created once", async () => {
    const s = await setup();
    const row = "Aachener Druck GmbH;Unternehmen;DE;500;Geld;Zugesagt;02.05.2016;";
    const csv = `Name;Art;Land;Betrag;Typ;Status;Datum;Notiz\n${row}\n${row}\n${row.replace("500", "600")}\n${row.replace("Aachener", "AACHENER")}`;
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    expect(result).toMatchObject({ rows: 4, created: 2, duplicates: 2, sponsorsCreated: 1 });
    expect((await fullSummary(s.as.organiser, { campaignId: s.campaign.id })).confirmedCents).toBe(110_000);
  });
});

describe("sponsors that exist already", () => {
  it("keeps a matched sponsor's kind and country and warns about the row", async () => {
    const s = await setup();
    const existing = await addSponsor(s.as.organiser, s.campaign.id, {
      name: "Stadtwerke Aachen",
      kind: "public_company",
      country: "DE",
    });
    const csv =
      "Name;Art;Land;Betrag;Typ;Status;Datum\nStadtwerke Aachen;Unternehmen;NL;5.000;Geld;Zugesagt;10.05.2016\nStadtwerke Aachen;Kommunales Unternehmen;DE;1.000;Geld;Zugesagt;11.05.2016";
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
    expect(result).toMatchObject({ created: 2, sponsorsCreated: 0, errors: [] });
    expect(result.warnings.map((w) => [w.line, w.field, w.code])).toEqual([
      [2, "kind", "kind_differs"],
      [2, "country", "country_differs"],
    ]);
    const [sponsor] = await sponsorsOf(s.as.organiser, s.campaign.id);
    expect(sponsor).toMatchObject({ id: existing.id, kind: "public_company", country: "DE" });
  });

  it("puts a row naming a merged sponsor on the sponsor it was merged into", async () => {
    const s = await setup();
    const duplicate = await addSponsor(s.as.organiser, s.campaign.id, { name: "Aachener Druck GmbH" });
    const kept = await addSponsor(s.as.organiser, s.campaign.id, { name: "Aachener Druckerei GmbH" });
    await s.as.organiser.sponsor.merge({ intoSponsorId: kept.id, fromSponsorId: duplicate.id });
    const result = await importGerman(s);
    expect(result).toMatchObject({ created: 4, sponsorsCreated: 2, errors: [] });
    const pledges = await pledgesOf(s.as.organiser, s.campaign.id);
    expect(pledges.filter((p) => p.sponsorId === kept.id)).toHaveLength(2);
  });

  it("warns on a dry run too", async () => {
    const s = await setup();
    await addSponsor(s.as.organiser, s.campaign.id, {
      name: "Stadtwerke Aachen",
      kind: "public_company",
      country: "DE",
    });
    const csv =
      "name,kind,country,amount,type,status,date\nStadtwerke Aachen,company,DE,5000,cash,confirmed,2016-05-10";
    const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: true });
    expect(result.warnings).toEqual([expect.objectContaining({ line: 2, field: "kind", code: "kind_differs" })]);
  });
});

describe("statuses", () => {
  it("creates withdrawn rows as intents withdrawn on the same day, and paid rows paid", async () => {
    const s = await setup();
    const csv = [
      "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
      "Rückzieher GmbH;Unternehmen;DE;3.000;Geld;Zurückgezogen;06.05.2016;",
      "Zahler GmbH;Unternehmen;DE;4.000;Geld;Bezahlt;07.05.2016;",
    ].join("\n");
    expect(await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false })).toMatchObject({
      created: 2,
      errors: [],
    });
    const [paid, withdrawn] = await pledgesOf(s.as.organiser, s.campaign.id);
    expect(withdrawn).toMatchObject({ status: "withdrawn", pledgedAt: "2016-05-06" });
    const history = await s.as.organiser.pledge.history({ pledgeId: withdrawn.id });
    expect(history.map((e) => [e.kind, e.statusAfter, e.at, e.reason])).toEqual([
      ["created", "intent", "2016-05-06", null],
      ["status", "withdrawn", "2016-05-06", "imported as withdrawn"],
    ]);
    expect(paid).toMatchObject({ status: "paid", receivedCents: 400_000, pledgedAt: "2016-05-07" });
    expect(await fullSummary(s.as.organiser, { campaignId: s.campaign.id })).toMatchObject({
      withdrawnCents: 300_000,
      paidCents: 400_000,
      receivedCents: 400_000,
      intentCents: 0,
      pledgeCount: 2,
    });
    // Re-importing a withdrawn row finds it (it is no longer an intent) and leaves it alone.
    expect(await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false })).toMatchObject({
      created: 0,
      duplicates: 2,
    });
  });
});

describe("pledge.importFile", () => {
  it("imports an .xlsx made in a spreadsheet like the same CSV", async () => {
    const s = await setup();
    const may = (day: number) => new Date(Date.UTC(2016, 4, day));
    const sheet = [
      ["Name", "Art", "Land", "Betrag", "Typ", "Status", "Datum", "Notiz"],
      ["Aachener Druck GmbH", "Unternehmen", "DE", 15_000, "Geld", "Zugesagt", may(2), "für drei Jahre"],
      ["Université de Liège", "Wissenschaft", "BE", 2500.5, "Sachleistung", "Zugesagt", may(3), "Laborzeit"],
      ["Maastricht Tech BV", "Unternehmen", "NL", "7.500", "Geld", "Absicht", "04.05.2016", null],
      ["aachener  druck gmbh", "Unternehmen", "DE", 1000, "Geld", "Bezahlt", may(5), "Nachschlag"],
    ];
    const xlsx = await writeExcelFile(sheet, { dateFormat: "dd.mm.yyyy" }).toBuffer();
    const input = { campaignId: s.campaign.id, filename: "Zusagen.XLSX", contentBase64: base64(xlsx) };
    expect(await s.as.organiser.pledge.importFile({ ...input, dryRun: false })).toEqual({
      rows: 4,
      created: 4,
      duplicates: 0,
      sponsorsCreated: 3,
      dryRun: false,
      warnings: [],
      errors: [],
    });
    expect(await fullSummary(s.as.organiser, { campaignId: s.campaign.id })).toMatchObject({
      confirmedCents: 1_750_050,
      paidCents: 100_000,
      intentCents: 750_000,
    });
    // The same pledges as the CSV's: importing that now finds them all.
    expect(await importGerman(s)).toMatchObject({ created: 0, duplicates: 4 });
  });

  it("keeps the umlauts of a Windows-1252 CSV", async () => {
    const s = await setup();
    const text =
      "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz\r\nStädtische Müller GmbH;Kommunales Unternehmen;DE;5.000 €;Geld;Zugesagt;19.05.2016;Größe „XL“\r\n";
    // Windows-1252: one byte a character; umlauts as in Latin-1, € „ “ at 0x80, 0x84, 0x93.
    const special: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93 };
    const bytes = Uint8Array.from(text, (char) => special[char] ?? char.charCodeAt(0));
    const result = await s.as.organiser.pledge.importFile({
      campaignId: s.campaign.id,
      filename: "zusagen.csv",
      contentBase64: base64(bytes),
      dryRun: false,
    });
    expect(result).toMatchObject({ created: 1, errors: [] });
    const [pledge] = await pledgesOf(s.as.organiser, s.campaign.id);
    expect(pledge).toMatchObject({
      sponsorName: "Städtische Müller GmbH",
      sponsorKind: "public_company",
      amountCents: 500_000,
      note: "Größe „XL“",
    });
  });

  it("reads a UTF-8 CSV with a BOM", async () => {
    const s = await setup();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN_CSV, "utf8")]);
    const result = await s.as.organiser.pledge.importFile({
      campaignId: s.campaign.id,
      filename: "zusagen.csv",
      contentBase64: base64(bytes),
      dryRun: true,
    });
    expect(result).toMatchObject({ rows: 4, created: 4, errors: [] });
  });

  it("reports a file that is no .xlsx as an error of the file, writing nothing", async () => {
    const s = await setup();
    const result = await s.as.organiser.pledge.importFile({
      campaignId: s.campaign.id,
      filename: "zusagen.xlsx",
      contentBase64: base64(GERMAN_CSV),
      dryRun: false,
    });
    expect(result).toMatchObject({
      rows: 0,
      created: 0,
      errors: [{ line: 1, field: "file", code: "unreadable_file" }],
    });
  });

  it("refuses other file types and content that is not base64", async () => {
    const s = await setup();
    const input = { campaignId: s.campaign.id, contentBase64: base64(GERMAN_CSV), dryRun: true };
    await expectFieldError(s.as.organiser.pledge.importFile({ ...input, filename: "zusagen.xls" }), "filename");
    await expectFieldError(
      s.as.organiser.pledge.importFile({ ...input, filename: "zusagen.csv", contentBase64: "not base64!" }),
      "contentBase64",
    );
  });
});

describe("who may import", () => {
  const input = (campaignId: number) => ({ campaignId, csv: GERMAN_CSV, dryRun: true });
  const file = (campaignId: number) => ({
    campaignId,
    filename: "z.csv",
    contentBase64: base64(GERMAN_CSV),
    dryRun: true,
  });

  it("the committee reads and may not import", async () => {
    const s = await setup();
    await expectCode(s.as.committee.pledge.importCsv(input(s.campaign.id)), "FORBIDDEN");
    await expectCode(s.as.committee.pledge.importFile(file(s.campaign.id)), "FORBIDDEN");
  });

  it("another campaign's organiser does not see the campaign", async () => {
    const s = await setup();
    await expectCode(s.as.otherOrganiser.pledge.importCsv(input(s.campaign.id)), "NOT_FOUND");
    await expectCode(s.as.otherOrganiser.pledge.importFile(file(s.campaign.id)), "NOT_FOUND");
  });

  it("a sponsor session may not, and an admin may", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const asSponsor = await callerForSponsor(s.db, sponsor, s.clock);
    await expectCode(asSponsor.pledge.importCsv(input(s.campaign.id)), "FORBIDDEN");
    await expectCode(asSponsor.pledge.importFile(file(s.campaign.id)), "FORBIDDEN");
    await expectCode(s.as.anonymous.pledge.importCsv(input(s.campaign.id)), "UNAUTHORIZED");
    expect(await s.as.admin.pledge.importCsv(input(s.campaign.id))).toMatchObject({ created: 4 });
  });
});
