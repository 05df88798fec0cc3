// camt.053 statements (.001.02 and .001.08, plain or zipped): one entry per booked credit
// transaction, pending lines and debits left out, and a file refused whole, naming the line
// and element, when it is broken, carries a DOCTYPE or entities, or expands too far.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readStatement } from "../../server/bank/read";
import { findReferences } from "../../server/bank/references";
import { fixture, OWN_IBAN, refusal, utf8 } from "./bankTestFiles";

const NS02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
/** A one-statement camt.053.001.02 document around `entries`. */
const camt = (entries: string, ns = NS02) =>
  utf8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="${ns}"><BkToCstmrStmt><Stmt>\n<Acct><Id><IBAN>${OWN_IBAN}</IBAN></Id></Acct>\n${entries}\n</Stmt></BkToCstmrStmt></Document>`,
  );
const credit = (amount: string, extra = "") =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2016-05-19</Dt></BookgDt>${extra}</Ntry>`;

describe("camt.053.001.02", () => {
  const { format, entries, skipped } = readStatement("2016-05-20.xml", fixture("camt053-v02.xml"));

  it("gives one entry per booked credit transaction, a batch entry one per TxDtls", () => {
    expect(format).toBe("camt053");
    expect(entries.map((e) => e.amountCents)).toEqual([500000, 150000, 150000, 50000, 10000, 10000]);
    expect(skipped).toEqual({ pending: 1, debits: 1, reversals: 0 });
  });

  it("reads date, text, name, IBAN, the bank's reference and the own account", () => {
    expect(entries[0]).toMatchObject({
      accountIban: OWN_IBAN,
      bookedOn: "2016-05-19",
      valueOn: "2016-05-19",
      currency: "EUR",
      text: "Zusage Aachen digitalisiert 1. Rate AD- 0042 Danke",
      textLines: ["Zusage Aachen digitalisiert 1. Rate AD-", "0042 Danke"],
      counterpartyName: "Müller & Söhne GmbH",
      counterpartyIban: "DE89370400440532013000",
      bankRef: "2016051900012345",
      origin: { file: "2016-05-20.xml", line: 37 },
    });
  });

  it("takes a batch transaction's amount from TxDtls/Amt or AmtDtls/TxAmt, and a structured reference as text", () => {
    expect(entries.slice(1, 4).map((e) => [e.counterpartyName, e.amountCents, e.text, e.bankRef])).toEqual([
      ["Förderverein Euregio", 150000, "AD 0007 Jahresbeitrag", "2016051900012399"],
      ["Printenbäckerei Klein", 150000, "ad0011", "2016051900012399"],
      ["Euregio Consult BV", 50000, "AD-0019", "2016051900012399"],
    ]);
  });

  it("finds a reference that Ustrd lines split", () => {
    expect(entries.map((e) => findReferences(e.text, ["AD"]))).toEqual([
      ["AD-0042"],
      ["AD-0007"],
      ["AD-0011"],
      ["AD-0019"],
      ["AD-0031"],
      ["AD-0031"],
    ]);
  });
});

describe("camt.053.001.08", () => {
  const { entries, skipped } = readStatement("v8.xml", fixture("camt053-v08.xml"));

  it("reads Sts/Cd, Dbtr/Pty/Nm, a booking date as DtTm and TxDtls' own references", () => {
    expect(skipped).toEqual({ pending: 1, debits: 1, reversals: 0 });
    expect(entries.map((e) => [e.bookedOn, e.amountCents, e.counterpartyName, e.bankRef])).toEqual([
      ["2016-05-20", 123456, "Grün IT-Mittelstand GmbH", "2016052000020001"],
      ["2016-05-20", 20000, "Jülich Research gGmbH", "2016052000020002-1"],
      ["2016-05-20", 50000, "Maastricht Digital BV", "2016052000020002-2"],
    ]);
    expect(findReferences(entries[0].text, ["AD"])).toEqual(["AD-0042"]);
  });
});

describe("public samples (genkgo/camt test data)", () => {
  it("reads the .02 minimal statement", () => {
    const { entries } = readStatement("minimal.xml", fixture("public/genkgo-camt053.v2.minimal.xml"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      accountIban: "NL26VAYB8060476890",
      bookedOn: "2014-12-31",
      valueOn: "2015-01-02",
      amountCents: 885,
      text: "4654654654654654",
      counterpartyName: "NAME NAME",
      counterpartyIban: "NL56AGDH9619008421",
      bankRef: null,
    });
  });

  it("reads the .08 statement: the entry's booked amount counts, not the TxDtls amount in another currency", () => {
    const { entries } = readStatement("v8.xml", fixture("public/genkgo-camt053.v8.xml"));
    expect(entries.map((e) => [e.bookedOn, e.amountCents, e.counterpartyName, e.bankRef, e.accountIban])).toEqual([
      ["2014-12-31", 885, "NAME NAME", "AAAASESS-FP-CN_98765/01", null],
    ]);
  });
});

describe("a zip of statements", () => {
  it("reads each .xml inside in the zip's order, and names the part as the file", () => {
    const zip = zipSync({
      "a/0520.xml": fixture("camt053-v02.xml"),
      "b/0521.xml": fixture("camt053-v08.xml"),
      "readme.txt": utf8("x"),
    });
    const { format, entries, skipped } = readStatement("2016-05.zip", zip);
    expect(format).toBe("camt053-zip");
    expect(entries).toHaveLength(9);
    expect(skipped).toEqual({ pending: 2, debits: 2, reversals: 0 });
    expect(entries[0].origin).toEqual({ file: "2016-05.zip/a/0520.xml", line: 37 });
    expect(entries[8].origin.file).toBe("2016-05.zip/b/0521.xml");
  });

  it("gives the same keys as the statements read alone", () => {
    const alone = readStatement("0520.xml", fixture("camt053-v02.xml")).entries.map((e) => e.dedupeKey);
    const zipped = readStatement("x.zip", zipSync({ "0520.xml": fixture("camt053-v02.xml") })).entries;
    expect(zipped.map((e) => e.dedupeKey)).toEqual(alone);
  });

  it("refuses a zip without a statement, and one that expands too far", () => {
    expect(refusal("x.zip", zipSync({ "a.txt": utf8("hello") })).message).toBe(
      "x.zip: the zip holds no .xml statement",
    );
    const bomb = zipSync({ "bomb.xml": utf8(`<Document xmlns="${NS02}">${"<X/>".repeat(600_000)}</Document>`) });
    const error = refusal("bomb.zip", bomb);
    expect(error.reason).toBe("too_large");
    expect(error.message).toMatch(/zip bomb/);
  });
});

describe("broken files are refused whole, naming the line and element", () => {
  it.each([
    [
      "an amount with a comma",
      credit("12,50"),
      's.xml, line 4, Ntry/Amt: expected an amount in cents such as 12.50, found "12,50"',
    ],
    [
      "a fraction of a cent",
      credit("12.505"),
      's.xml, line 4, Ntry/Amt: expected an amount in cents such as 12.50, found "12.505"',
    ],
    [
      "no credit/debit mark",
      '<Ntry><Amt Ccy="EUR">1.00</Amt><Sts>BOOK</Sts></Ntry>',
      's.xml, line 4, Ntry/CdtDbtInd: expected CRDT or DBIT, found ""',
    ],
    [
      "no booking date",
      '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>',
      's.xml, line 4, Ntry/BookgDt: expected a booking date, found ""',
    ],
    [
      "a credit in another currency",
      credit("1.00").replace("EUR", "CHF"),
      "s.xml, line 4, Ntry/Amt: only EUR statements can be read, this credit is in CHF",
    ],
  ])("%s", (_, entry, message) => {
    expect(refusal("s.xml", camt(entry)).message).toBe(message);
  });

  it("a batch whose transactions do not add up to the entry", () => {
    const txs = `<NtryDtls><TxDtls><Amt Ccy="EUR">1.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">2.00</Amt></TxDtls></NtryDtls>`;
    expect(refusal("s.xml", camt(credit("4.00", txs))).message).toBe(
      "s.xml, line 4, Ntry/NtryDtls: the transactions add up to 3.00 EUR, the entry books 4.00 EUR",
    );
  });

  it("XML that does not parse", () => {
    const error = refusal("s.xml", camt(credit("1.00").replace("</Sts>", "")));
    expect(error.reason).toBe("invalid");
    expect(error.message).toMatch(/^s\.xml, line 4: not readable XML: /);
  });

  it("another message than camt.053", () => {
    const camt054 = camt(credit("1.00"), "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02");
    expect(refusal("s.xml", camt054).message).toMatch(/found a camt\.054 message$/);
  });

  it("a DOCTYPE, even one that only declares entities", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Document xmlns="${NS02}">&b;</Document>`;
    expect(refusal("s.xml", utf8(laughs)).message).toBe(
      "s.xml, line 1: not readable XML: a DOCTYPE is not allowed in a bank statement",
    );
  });

  it("an entity it does not know, which it never expands", () => {
    const error = refusal(
      "s.xml",
      camt(credit("1.00", "<NtryDtls><TxDtls><RmtInf><Ustrd>&xxe;</Ustrd></RmtInf></TxDtls></NtryDtls>")),
    );
    expect(error.message).toMatch(/not readable XML: undefined entity/);
  });

  it("a file larger than an upload may be, and one that is not a bank file", () => {
    expect(refusal("big.xml", new Uint8Array(24 * 1024 * 1024 + 1)).reason).toBe("too_large");
    const pdf = refusal("statement.pdf", utf8("%PDF-1.7\n..."));
    expect(pdf.reason).toBe("unsupported_type");
  });
});
