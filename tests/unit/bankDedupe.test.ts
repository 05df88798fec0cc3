// The dedupe key of a bank entry (issue 17): the bank's reference where there is one, else
// account, day, amount, text and counterparty IBAN, and in both cases the n-th equal line of
// the file. Reading a file again, or a file that overlaps it, gives the same keys for the same
// bookings; two equal transfers on one day stay two.
import { describe, expect, it } from "vitest";
import { readStatement } from "../../server/bank/read";
import { fixture, utf8 } from "./bankTestFiles";

const keys = (name: string, bytes: Uint8Array) => readStatement(name, bytes).entries.map((e) => e.dedupeKey);

/** An MT940 file of whole days: one statement a day, its credits as :61:/:86: pairs. */
function sta(days: Record<string, string[]>): Uint8Array {
  const statements = Object.entries(days).map(
    ([yymmdd, credits]) =>
      `:20:STARTUMSE\n:25:DE70390500000012345678\n:28C:1\n:60F:C${yymmdd}EUR0,00\n${credits
        .map((c) => `:61:${yymmdd}C${c.split("|")[0]}NMSCNONREF\n:86:166?20${c.split("|")[1]}?31DE89370400440532013000`)
        .join("\n")}\n:62F:C${yymmdd}EUR0,00\n-`,
  );
  return utf8(`${statements.join("\n")}\n`);
}

describe("dedupe keys", () => {
  it("two equal transfers on one day get two keys", () => {
    const [first, second] = keys("a.sta", sta({ "160519": ["100,00|Spende AD-0031", "100,00|Spende AD-0031"] }));
    expect(first).not.toBe(second);
    const camt = readStatement("v02.xml", fixture("camt053-v02.xml")).entries;
    expect(new Set(camt.map((e) => e.dedupeKey)).size).toBe(camt.length);
  });

  it("the same file read twice gives the same keys", () => {
    for (const name of ["camt053-v02.xml", "camt053-v08.xml", "mt940.sta", "sparkasse-csv-camt-v2.csv"])
      expect(keys(name, fixture(name))).toEqual(keys(`again-${name}`, fixture(name)));
  });

  it("files that overlap give equal keys to the bookings they share", () => {
    const mayToTwenty = keys(
      "1.sta",
      sta({ "160519": ["5,00|a"], "160520": ["7,00|AD-0042", "7,00|AD-0042", "9,00|b"] }),
    );
    const twentyOn = keys(
      "2.sta",
      sta({ "160520": ["7,00|AD-0042", "7,00|AD-0042", "9,00|b"], "160521": ["7,00|AD-0042"] }),
    );
    expect(twentyOn.slice(0, 3)).toEqual(mayToTwenty.slice(1));
    expect(new Set([...mayToTwenty, ...twentyOn]).size).toBe(5);
  });

  it("a different amount, day, text or payer is a different booking", () => {
    const [base, ...others] = keys(
      "d.csv",
      utf8(
        [
          "date;amount;text;name;iban",
          "2016-05-19;10;AD-0042;A;DE89370400440532013000",
          "2016-05-19;11;AD-0042;A;DE89370400440532013000",
          "2016-05-20;10;AD-0042;A;DE89370400440532013000",
          "2016-05-19;10;AD-0043;A;DE89370400440532013000",
          "2016-05-19;10;AD-0042;A;DE82390601800098765432",
        ].join("\n"),
      ),
    );
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it("entries of one batch share the bank's reference but not a key", () => {
    const batch = readStatement("v02.xml", fixture("camt053-v02.xml")).entries.slice(1, 4);
    expect(new Set(batch.map((e) => e.bankRef)).size).toBe(1);
    expect(new Set(batch.map((e) => e.dedupeKey)).size).toBe(3);
  });
});
