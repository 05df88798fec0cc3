// CONTRACT.md "Import format": reading a spreadsheet's rows without a database. Headers in
// English or German, `,` or `;`, German amounts and dates, and every refusal with its line
// (the header is line 1) and its column.
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, readCsv, separatorOf } from "../../server/import/csv";
import { importKeyOf } from "../../server/import/key";
import { checkSheet } from "../../server/import/rows";
import type { Cell, CheckedSheet, SheetRow } from "../../server/import/types";

const TODAY = "2016-05-20";
const EN = "name,kind,country,amount,type,status,date,note";
const DE = "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz";

/** Reads and checks CSV text; fails the test when the file itself cannot be read. */
function check(text: string, maxRows?: number): CheckedSheet {
  const sheet = readCsv(text);
  if (!sheet.ok) throw new Error(`unreadable: ${sheet.problem.message}`);
  return checkSheet(sheet.rows, TODAY, maxRows);
}

/** The errors as [line, field, code]. */
const errorsOf = (checked: CheckedSheet) => checked.errors.map((e) => [e.line, e.field, e.code]);

/** A sheet of typed cells, as an .xlsx gives them. */
const typedSheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));

describe("the header", () => {
  it("names the columns in English", () => {
    const { rows, errors } = check(`${EN}\nMüller GmbH,company,DE,1500,cash,confirmed,2016-05-19,`);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: "Müller GmbH",
        nameKey: "müller gmbh",
        kind: "company",
        country: "DE",
        amountCents: 150_000,
        type: "cash",
        status: "confirmed",
        date: "2016-05-19",
        note: null,
      },
    ]);
  });

  it("names the columns in German, in any order, any case, with spaces around", () => {
    const { rows, errors } = check(
      " DATUM ;betrag;  Name;Art;LAND;typ;status;notiz\n19.05.2016;1.500,50;Müller GmbH;Unternehmen;de;Geld;Zugesagt;Danke",
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      name: "Müller GmbH",
      kind: "company",
      country: "DE",
      amountCents: 150_050,
      date: "2016-05-19",
      note: "Danke",
    });
  });

  it("may leave out the note column", () => {
    expect(check("name,kind,country,amount,type,status,date\nA,company,DE,1,cash,intent,2016-05-01").rows).toHaveLength(
      1,
    );
  });

  it("reports each missing column on line 1 and checks no row", () => {
    const checked = check("Name;Betrag;Datum\nA;1;2016-05-01");
    expect(errorsOf(checked)).toEqual([
      [1, "kind", "missing_column"],
      [1, "country", "missing_column"],
      [1, "type", "missing_column"],
      [1, "status", "missing_column"],
    ]);
    expect(checked.rows).toEqual([]);
    expect(checked.rowCount).toBe(1);
  });

  it("refuses a column named twice (English and German)", () => {
    expect(errorsOf(check(`${EN},Betrag\nA,company,DE,1,cash,intent,2016-05-01,,1`))).toEqual([
      [1, "amount", "duplicate_column"],
    ]);
  });

  it("ignores an unknown column with a warning", () => {
    const checked = check(`${EN},Ansprechpartner\nA,company,DE,1,cash,intent,2016-05-01,,Frau B`);
    expect(checked.errors).toEqual([]);
    expect(checked.warnings).toEqual([
      expect.objectContaining({ line: 1, field: "Ansprechpartner", code: "column_ignored" }),
    ]);
  });
});

describe("the separator", () => {
  it.each([
    ["name;kind;country;amount;type;status;date;note", ";"],
    ["name,kind,country,amount,type,status,date,note", ","],
    ["Name;Art;Land;Betrag;Typ;Status;Datum;Notiz,mit Komma", ";"],
    ["name", ","],
  ])("of %j is %j", (line, separator) => {
    expect(separatorOf(line)).toBe(separator);
  });

  it("is taken from the header line, so commas in later lines are text", () => {
    const { rows } = check(`${DE}\nMüller, Meier & Co. KG;Verband;DE;1.500,50;Geld;Absicht;01.05.2016;Frist: 1, 2, 3`);
    expect(rows[0]).toMatchObject({ name: "Müller, Meier & Co. KG", amountCents: 150_050, note: "Frist: 1, 2, 3" });
  });

  it("keeps a separator inside quotes, and quotes inside a value", () => {
    const { rows } = check(
      `${EN}\n"Meier, Schulz GmbH",company,DE,"1.500,50",cash,intent,2016-05-01,"Bäckerei ""Zum Korn"""`,
    );
    expect(rows[0]).toMatchObject({ name: "Meier, Schulz GmbH", amountCents: 150_050, note: 'Bäckerei "Zum Korn"' });
  });

  it("refuses a line with more values than columns (a decimal comma in a comma file)", () => {
    expect(errorsOf(check(`${EN}\nA GmbH,company,DE,1500,50,cash,intent,2016-05-01,x`))).toEqual([
      [2, "row", "extra_cells"],
    ]);
  });
});

describe("amounts and dates as Germans and others type them", () => {
  it.each([
    ["1.500,50", 150_050],
    ["15.000", 1_500_000],
    ["1.500.000", 150_000_000],
    ["0,5", 50],
    ["1500.50", 150_050],
    ["1500", 150_000],
    ["15.000 €", 1_500_000],
    ["EUR 2.500", 250_000],
  ])("amount %j is %i cents", (amount, cents) => {
    expect(check(`${DE}\nA;Unternehmen;DE;${amount};Geld;Absicht;01.05.2016;`).rows[0].amountCents).toBe(cents);
  });

  it.each([
    ["2016-05-19", "2016-05-19"],
    ["19.05.2016", "2016-05-19"],
    ["1.6.2015", "2015-06-01"],
    ["29.02.2016", "2016-02-29"],
    ["20.05.2016", "2016-05-20"], // today is not the future
  ])("date %j is %s", (date, iso) => {
    expect(check(`${DE}\nA;Unternehmen;DE;1;Geld;Absicht;${date};`).rows[0].date).toBe(iso);
  });

  it.each([
    ["kind", "Öffentliche Hand", "public_body"],
    ["kind", "OEFFENTLICHE HAND", "public_body"],
    ["kind", "Kommunales Unternehmen", "public_company"],
    ["kind", "public body", "public_body"],
    ["kind", "Wissenschaft", "research"],
    ["kind", "verband", "association"],
    ["kind", "Privatperson", "individual"],
    ["type", "Sachleistung", "in_kind"],
    ["type", "in-kind", "in_kind"],
    ["status", "Zurückgezogen", "withdrawn"],
    ["status", "zurueckgezogen", "withdrawn"],
    ["status", "Bezahlt", "paid"],
    ["status", "CONFIRMED", "confirmed"],
  ])("%s %j is %s", (field, text, code) => {
    const cells = { kind: "company", type: "cash", status: "intent", [field]: text };
    const { rows, errors } = check(`${EN}\nA,${cells.kind},DE,1,${cells.type},${cells.status},2016-05-01,Laptops`);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ [field]: code });
  });
});

describe("every refusal names its line and column", () => {
  const good = ["Müller GmbH", "Unternehmen", "DE", "1.500", "Geld", "Zugesagt", "19.05.2016", ""];
  const line = (changes: Record<number, string>) => good.map((cell, i) => changes[i] ?? cell).join(";");

  it.each([
    ["an empty name", { 0: "" }, "name", "required"],
    ["a name of 201 characters", { 0: "x".repeat(201) }, "name", "too_long"],
    ["an unknown kind", { 1: "Firma" }, "kind", "unknown_kind"],
    ["an empty kind", { 1: "" }, "kind", "required"],
    ["a country name", { 2: "Deutschland" }, "country", "invalid_country"],
    ["an empty country", { 2: "" }, "country", "required"],
    ["an ambiguous amount", { 3: "1,500" }, "amount", "amount_ambiguous_comma"],
    ["three decimals", { 3: "1,5000" }, "amount", "amount_too_many_decimals"],
    ["a word as amount", { 3: "viel" }, "amount", "amount_invalid"],
    ["1,500.50", { 3: "1,500.50" }, "amount", "amount_invalid"],
    ["a zero amount", { 3: "0" }, "amount", "amount_range"],
    ["more than €1bn", { 3: "1.000.000.001" }, "amount", "amount_range"],
    ["an empty amount", { 3: "" }, "amount", "required"],
    ["an unknown type", { 4: "Bar" }, "type", "unknown_type"],
    ["an unknown status", { 5: "Offen" }, "status", "unknown_status"],
    ["30 February", { 6: "30.02.2016" }, "date", "invalid_date"],
    ["a two-digit year", { 6: "19.05.16" }, "date", "invalid_date"],
    ["a US date", { 6: "05/19/2016" }, "date", "invalid_date"],
    ["tomorrow", { 6: "21.05.2016" }, "date", "future_date"],
    ["an empty date", { 6: "" }, "date", "required"],
    ["in kind without a note", { 4: "Sachleistung" }, "note", "note_required"],
    ["an in-kind description over 2,000 characters", { 4: "Sachleistung", 7: "x".repeat(2001) }, "note", "too_long"],
    ["a note over 5,000 characters", { 7: "x".repeat(5001) }, "note", "too_long"],
  ])("%s", (_what, changes, field, code) => {
    const checked = check(`${DE}\n${line({})}\n${line(changes)}`);
    expect(errorsOf(checked)).toEqual([[3, field, code]]);
    expect(checked.errors[0].message).not.toBe("");
  });

  it("says what an ambiguous amount could mean", () => {
    expect(check(`${DE}\n${line({ 3: "1,500" })}`).errors[0]).toMatchObject({
      value: "1,500",
      message: expect.stringContaining("1.500"),
    });
  });

  it("reports every bad cell of every bad row, not only the first", () => {
    const checked = check(`${DE}\n${line({ 1: "Firma", 3: "1,500" })}\n${line({})}\n${line({ 6: "31.04.2016" })}`);
    expect(errorsOf(checked)).toEqual([
      [2, "kind", "unknown_kind"],
      [2, "amount", "amount_ambiguous_comma"],
      [4, "date", "invalid_date"],
    ]);
    expect(checked.rows.map((r) => r.line)).toEqual([3]);
  });

  it("counts lines as in the file: blank lines and quoted line breaks included", () => {
    const text = `${DE}\r\n${line({})}\r\n\r\n;;;;;;;\r\n${line({ 7: '"zwei\r\nZeilen"' })}\r\n${line({ 3: "x" })}\r\n`;
    const checked = check(text);
    expect(checked.rowCount).toBe(3);
    expect(checked.rows.map((r) => [r.line, r.note])).toEqual([
      [2, null],
      [5, "zwei\nZeilen"],
    ]);
    expect(errorsOf(checked)).toEqual([[7, "amount", "amount_invalid"]]);
  });

  it("refuses more rows than one import takes, naming the first line too many", () => {
    const checked = check(`${DE}\n${line({})}\n${line({})}\n${line({})}`, 2);
    expect(errorsOf(checked)).toEqual([[4, "file", "too_many_rows"]]);
  });
});

describe("reading the file", () => {
  it("reads Windows-1252 (umlauts and € are single bytes)", () => {
    const text = `${DE}\nStädtische Müller GmbH;Kommunales Unternehmen;DE;5.000 €;Geld;Zugesagt;19.05.2016;Straße`;
    const bytes = Uint8Array.from(text, (char) => (char === "€" ? 0x80 : char.charCodeAt(0)));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toBe(text);
    const sheet = readCsv(decoded);
    expect(sheet.ok && checkSheet(sheet.rows, TODAY).rows[0]).toMatchObject({
      name: "Städtische Müller GmbH",
      amountCents: 500_000,
      note: "Straße",
    });
  });

  it("reads Windows-1252's € „ “ – as such (Node's own decoder takes them for Latin-1)", () => {
    const bytes = Uint8Array.from([0x84, 0x5a, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0xe4]);
    expect(decodeCsvBytes(bytes)).toBe("„Z“ – 5 €ä");
  });

  it("reads UTF-8 with and without a BOM alike", () => {
    const text = `${DE}\nÖko AG;Unternehmen;DE;1;Geld;Absicht;01.05.2016;`;
    const plain = new TextEncoder().encode(text);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(withBom)).toBe(text);
    expect(decodeCsvBytes(plain)).toBe(text);
    // A BOM left in text (importCsv takes text) does not spoil the first header.
    expect(check(`\uFEFF${text}`).rows[0].name).toBe("Öko AG");
  });

  it("names the line of a quote that is never closed", () => {
    const sheet = readCsv(`${EN}\nA,company,DE,1,cash,intent,2016-05-01,"open\nB,company,DE,1,cash,intent,2016-05-01,`);
    expect(sheet).toMatchObject({ ok: false, problem: { field: "file", code: "csv_syntax" } });
  });

  it.each(["", "\n\n", "\uFEFF", ";;;\n"])("calls %j an empty file", (text) => {
    expect(readCsv(text)).toMatchObject({ ok: false, problem: { line: 1, field: "file", code: "empty_file" } });
  });

  it("takes an .xlsx's numbers and dates as they are", () => {
    const header = ["Name", "Art", "Land", "Betrag", "Typ", "Status", "Datum", "Notiz"];
    const row = (amount: Cell, date: Cell): Cell[] => ["A", "Unternehmen", "DE", amount, "Geld", "Absicht", date, null];
    const may19 = new Date(Date.UTC(2016, 4, 19));
    const checked = checkSheet(
      typedSheet(
        header,
        row(1500.5, may19),
        row(0.1 + 0.2, "19.05.2016"),
        row(1500.505, may19),
        row(100, 42509),
        row(-5, may19),
      ),
      TODAY,
    );
    expect(checked.rows.map((r) => [r.amountCents, r.date])).toEqual([
      [150_050, "2016-05-19"],
      [30, "2016-05-19"],
    ]);
    expect(errorsOf(checked)).toEqual([
      [4, "amount", "amount_too_many_decimals"],
      [5, "date", "invalid_date"], // a bare serial number is no date
      [6, "amount", "amount_invalid"],
    ]);
  });
});

describe("a row's idempotency key", () => {
  const keyOf = (text: string) => importKeyOf(check(text).rows[0]);

  it("is the same for the same pledge written in English or German, with other spacing", () => {
    const german = keyOf(`${DE}\nMüller  GmbH;Unternehmen;DE;1.500,00;Geld;Zugesagt;19.05.2016;Danke`);
    const english = keyOf(`${EN}\nmüller gmbh ,company,de,1500,cash,confirmed,2016-05-19, Danke`);
    expect(english).toBe(german);
    expect(german).toMatch(/^import:[0-9a-f]{64}$/);
  });

  it("differs when any part of the pledge differs", () => {
    const base = `${EN}\nA,company,DE,1500,cash,confirmed,2016-05-19,`;
    const variants = [
      base,
      base.replace("A,", "B,"),
      base.replace("company", "association"),
      base.replace("DE", "NL"),
      base.replace("1500", "1501"),
      base.replace("confirmed", "intent"),
      base.replace("05-19", "05-18"),
      `${base}Notiz`,
    ];
    expect(new Set(variants.map(keyOf)).size).toBe(variants.length);
  });
});
