// MT940 (.sta): credits from :61:/:86: with the German ?-subfields, ISO-8859-1 and CRLF, the
// entry date's year across new year, debits and reversals skipped, a bad :61: refused.
import { describe, expect, it } from "vitest";
import { readStatement } from "../../server/bank/read";
import { findReferences } from "../../server/bank/references";
import { fixture, refusal, utf8 } from "./bankTestFiles";

describe("MT940", () => {
  const { format, entries, skipped } = readStatement("2017-01.sta", fixture("mt940.sta"));

  it("reads credits with amount, dates, text, name, IBAN and the bank's reference", () => {
    expect(format).toBe("mt940");
    expect(skipped).toEqual({ pending: 0, debits: 1, reversals: 1 });
    expect(entries[0]).toMatchObject({
      accountIban: null,
      valueOn: "2016-12-30",
      // Entry date 0102 after a value date in December: the next year.
      bookedOn: "2017-01-02",
      amountCents: 50000,
      text: "SVWZ+Jahreszahlung Zusage A D-00 42 Grün IT Mittelstand",
      counterpartyName: "Grün IT-Mittelstand GmbH Aachen",
      counterpartyIban: "DE89370400440532013000",
      bankRef: "4711-0815",
      origin: { file: "2017-01.sta", line: 5 },
    });
    expect(entries.map((e) => [e.bookedOn, e.amountCents, e.bankRef])).toEqual([
      ["2017-01-02", 50000, "4711-0815"],
      ["2016-12-30", 2500, null],
      ["2017-01-02", 10000, null],
      ["2017-01-02", 10000, null],
    ]);
  });

  it("finds a reference the ?2x subfields split, and one in unstructured :86: text", () => {
    expect(entries.map((e) => findReferences(e.text, ["AD"]))).toEqual([
      ["AD-0042"],
      ["AD-0011"],
      ["AD-0031"],
      ["AD-0031"],
    ]);
  });

  it("reads a public sample (jejik/mt940, Volksbanken): :86: wrapped anywhere, even inside a subfield", () => {
    const sample = readStatement("vr.sta", fixture("public/jejik-volksbankenraiffeisenbanken.sta"));
    expect(sample.entries).toHaveLength(12);
    expect(sample.entries.reduce((sum, e) => sum + e.amountCents, 0)).toBe(74500);
    expect(sample.entries[5]).toMatchObject({
      bookedOn: "2020-02-25",
      amountCents: 8000,
      counterpartyName: "Hellwig, Annegret, Hellwig, Dieter",
      counterpartyIban: "DE42500105171213694382",
      text: "SVWZ+Musical, Martin Hellwig, plus CD IBAN: DE 42500105171213694382 BIC: SOLSDE33",
    });
  });

  it("reads a public sample of only a debit (jejik/mt940, Deutsche Bank) as no entries", () => {
    const sample = readStatement("db.sta", fixture("public/jejik-deutschebank.sta"));
    expect(sample).toMatchObject({ entries: [], skipped: { debits: 1 } });
  });

  it("reads a message in SWIFT blocks {1:…}{2:…}{4: … -}", () => {
    const sta = utf8(
      "{1:F01AACSDE33AXXX0000000000}{2:I940AACSDE33XXXXN}\r\n{4:\r\n:20:X\r\n:25:DE70390500000012345678\r\n:60F:C160519EUR0,00\r\n:61:160519C1,00NMSC\r\n:86:Spende AD-0042\r\n-}{5:{CHK:123}}\r\n",
    );
    expect(readStatement("swift.sta", sta).entries.map((e) => [e.amountCents, e.text, e.origin.line])).toEqual([
      [100, "Spende AD-0042", 6],
    ]);
  });

  it("refuses a :61: line it cannot read, and a statement in another currency, naming the line", () => {
    const sta = (line61: string, currency = "EUR") =>
      utf8(
        `:20:X\n:25:DE70390500000012345678\n:28C:1\n:60F:C160519${currency}0,00\n:61:${line61}\n:86:166?20AD-0042\n:62F:C160519EUR1,00\n-\n`,
      );
    expect(refusal("x.sta", sta("160519C1.00NMSC")).message).toBe(
      'x.sta, line 5, :61:: expected value date, C or D and an amount such as 200219C65,00; found "160519C1.00NMSC"',
    );
    expect(refusal("x.sta", sta("161319C1,00NMSC")).message).toBe(
      "x.sta, line 5, :61:: the value date 161319 is no date (YYMMDD)",
    );
    expect(refusal("x.sta", sta("160519C1,00NMSC", "CHF")).message).toBe(
      "x.sta, line 5, :61:: only EUR statements can be read, this one is in CHF",
    );
    expect(readStatement("x.sta", sta("160519C1,00NMSC")).entries[0].accountIban).toBe("DE70390500000012345678");
  });
});
