// Bank CSVs: the Sparkasse export "CSV-CAMT V2" (Windows-1252, DD.MM.YY, "Umsatz vorgemerkt"
// lines pending) and the generic date;amount;text;name;iban, each refused whole with its line
// and column when a value is wrong or ambiguous.
import { describe, expect, it } from "vitest";
import { MAX_NAME_CHARS, MAX_REMITTANCE_CHARS, MAX_STATEMENT_CREDITS, readStatement } from "../../server/bank/read";
import { findReferences } from "../../server/bank/references";
import { cp1252, fixture, OWN_IBAN, refusal, utf8 } from "./bankTestFiles";

const SPARKASSE_HEADER =
  '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"';
const sparkasseRow = (booked: string, amount: string, info = "Umsatz gebucht") =>
  `"${OWN_IBAN}";"${booked}";"${booked}";"GUTSCHR. UEBERWEISUNG";"AD-0042";"";"";"";"";"";"";"Müller GmbH";"DE89370400440532013000";"COBADEFFXXX";"${amount}";"EUR";"${info}"`;

describe("Sparkasse CSV-CAMT V2", () => {
  const { format, entries, skipped } = readStatement("umsaetze.csv", fixture("sparkasse-csv-camt-v2.csv"));

  it("reads booked credits from Windows-1252, with DD.MM.YY dates and German amounts", () => {
    expect(format).toBe("sparkasse-csv");
    expect(skipped).toEqual({ pending: 1, debits: 1, reversals: 0 });
    expect(entries.map((e) => [e.bookedOn, e.valueOn, e.amountCents, e.counterpartyName, e.counterpartyIban])).toEqual([
      ["2016-05-23", "2016-05-23", 123456, "Müller & Söhne GmbH", "DE89370400440532013000"],
      ["2016-05-23", "2016-05-24", 1500000, "Förderverein Euregio", "DE82390601800098765432"],
    ]);
    expect(entries[1]).toMatchObject({ accountIban: OWN_IBAN, text: "Spende ad0007 „Zukunft“", bankRef: null });
    expect(entries[1].origin).toEqual({ file: "umsaetze.csv", line: 5 });
  });

  it("finds the references, split or lower-case", () => {
    expect(entries.map((e) => findReferences(e.text, ["AD"]))).toEqual([["AD-0042"], ["AD-0007"]]);
  });

  it("reads a public sample (ofxstatement-sparkasse-freiburg), its pending line skipped", () => {
    const sample = readStatement("simple1.csv", fixture("public/omarkohl-sparkasse-simple1.csv"));
    expect(sample.skipped.pending).toBe(1);
    expect(
      sample.entries.map((e) => [e.bookedOn, e.amountCents, e.text, e.counterpartyName, e.counterpartyIban]),
    ).toEqual([["2018-03-28", 12300, "Geschenk Hans Meyer abzügl. Schulden", "Sabrina Mustermann", null]]);
  });

  it("refuses a wrong date or amount with its line and column", () => {
    const csv = (row: string) => cp1252(`${SPARKASSE_HEADER}\r\n${sparkasseRow("19.05.16", "10,00")}\r\n${row}\r\n`);
    expect(refusal("s.csv", csv(sparkasseRow("31.02.16", "10,00"))).message).toBe(
      's.csv, line 3, Buchungstag: expected a date DD.MM.YY, found "31.02.16"',
    );
    expect(refusal("s.csv", csv(sparkasseRow("19.05.16", "10,0,0"))).message).toMatch(/^s\.csv, line 3, Betrag: /);
  });

  it("skips a pending line without reading it further", () => {
    const csv = cp1252(`${SPARKASSE_HEADER}\r\n${sparkasseRow("", "kaputt", "Umsatz vorgemerkt")}\r\n`);
    expect(readStatement("s.csv", csv)).toMatchObject({ entries: [], skipped: { pending: 1 } });
  });
});

describe("the generic CSV", () => {
  it("reads English and German headers, ISO and German dates, comma and dot decimals", () => {
    const en = readStatement(
      "en.csv",
      utf8(
        "date;amount;text;name;iban\n2016-05-19;1.500,50;AD-0042;Müller GmbH;DE89 3704 0044 0532 0130 00\n2016-05-19;-20;fee;;\n",
      ),
    );
    const de = readStatement(
      "de.csv",
      utf8("Datum;Betrag;Verwendungszweck;Name;IBAN\n19.05.2016;1500.50;AD-0042;Müller GmbH;DE89370400440532013000\n"),
    );
    expect(en.format).toBe("generic-csv");
    expect(en.skipped.debits).toBe(1);
    for (const read of [en, de])
      expect(
        read.entries.map((e) => [e.bookedOn, e.amountCents, e.text, e.counterpartyName, e.counterpartyIban]),
      ).toEqual([["2016-05-19", 150050, "AD-0042", "Müller GmbH", "DE89370400440532013000"]]);
  });

  it.each([
    [
      "an ambiguous amount",
      "2016-05-19;1,500;x;;",
      'amount: a comma followed by three digits could be decimals or thousands; write 1.500 or 1,50, found "1,500"',
    ],
    ["a two-digit year", "19.05.16;10;x;;", 'date: expected a date such as 2024-03-01 or 01.03.2024, found "19.05.16"'],
    [
      "an impossible date",
      "2016-02-30;10;x;;",
      'date: expected a date such as 2024-03-01 or 01.03.2024, found "2016-02-30"',
    ],
    ["a wrong IBAN", "2016-05-19;10;x;;DE00370400440532013000", 'iban: "DE00370400440532013000" is no valid IBAN'],
  ])("refuses %s with its line and column", (_, row, message) => {
    expect(refusal("g.csv", utf8(`date;amount;text;name;iban\n2016-05-19;1;ok;;\n${row}\n`)).message).toBe(
      `g.csv, line 3, ${message}`,
    );
  });

  it("refuses a missing or unknown column on the header line", () => {
    expect(refusal("g.csv", utf8("date;amount;text;name\n2016-05-19;1;x;y\n")).message).toBe(
      "g.csv, line 1: the column iban or IBAN is missing",
    );
    expect(refusal("g.csv", utf8("date;amount;text;name;iban;Saldo\n")).message).toBe(
      'g.csv, line 1: unknown column "Saldo"',
    );
  });
});

describe("a statement of more credits than one import books", () => {
  it("is refused whole as too large, naming how many it holds and the limit", () => {
    const rows = Array.from({ length: MAX_STATEMENT_CREDITS + 1 }, (_, i) => `2016-05-19;${i + 1};x;;`);
    const error = refusal("jahre.csv", utf8(`date;amount;text;name;iban\n${rows.join("\n")}\n`));
    expect(error.reason).toBe("too_large");
    expect(error.message).toBe(
      `jahre.csv: the file holds ${MAX_STATEMENT_CREDITS + 1} credits; at most ${MAX_STATEMENT_CREDITS} a file: export a shorter period`,
    );
    const allowed = readStatement("jahr.csv", utf8(`date;amount;text;name;iban\n${rows.slice(1).join("\n")}\n`));
    expect(allowed.entries).toHaveLength(MAX_STATEMENT_CREDITS);
  });
});

describe("a credit's text and payer name", () => {
  it("are refused beyond what a bank writes, naming the line", () => {
    const text = "x".repeat(MAX_REMITTANCE_CHARS + 1);
    expect(
      refusal("g.csv", utf8(`date;amount;text;name;iban\n2016-05-19;1;ok;;\n2016-05-19;1;${text};;\n`)).message,
    ).toBe(`g.csv, line 3, remittance text: ${MAX_REMITTANCE_CHARS + 1} characters; at most ${MAX_REMITTANCE_CHARS}`);
    const name = "N".repeat(MAX_NAME_CHARS + 1);
    expect(refusal("g.csv", utf8(`date;amount;text;name;iban\n2016-05-19;1;ok;${name};\n`)).message).toBe(
      `g.csv, line 2, counterparty name: ${MAX_NAME_CHARS + 1} characters; at most ${MAX_NAME_CHARS}`,
    );
    const longest = readStatement("g.csv", utf8(`date;amount;text;name;iban\n2016-05-19;1;${text.slice(1)};;\n`));
    expect(longest.entries[0].text).toHaveLength(MAX_REMITTANCE_CHARS);
  });
});
