// The SQL reads (breakdowns, financing plan, drawdown) round sponsoring's VAT in SQLite's
// integer arithmetic; the ledger's figures round it in TypeScript (domain/vat.ts). Both must
// give the same cent for every amount, or a sum read one way would not match the other.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../api/seededRandom";
import { vatOfGross, vatOfPayment } from "../../server/domain/vat";
import { netSql, paymentNetSql } from "../../server/queries/vatSql";

const sqlite = new Database(":memory:");
const evaluate = (expression: { queryChunks: unknown[] }, cents: number, rate: number): number => {
  const text = (expression.queryChunks as { value: string[] }[]).map((c) => c.value.join("")).join("");
  const query = `select ${text.replaceAll("x.c", "@c").replaceAll("x.r", "@r")} as v`;
  // Bound as integers, as the columns hold them (a JS number would bind as a REAL).
  return sqlite
    .prepare(query)
    .pluck()
    .get({ c: BigInt(cents), r: BigInt(rate) }) as number;
};

describe("sponsoring's VAT in SQL", () => {
  const { int } = seededRandom(17);
  const amounts = [0, 1, 2, 8, 9, 59, 60, 107, 119, 100_001, 39_666_667, 119_000_000, 2 ** 40];
  for (let i = 0; i < 300; i++) amounts.push(int(1, 2_000_000_000));

  it("nets an amount to the cent as vatOfGross does, at 19 %, 7 % and for a donation (0)", () => {
    for (const rate of [19, 7, 0])
      for (const cents of amounts)
        expect(evaluate(netSql("x.c", "x.r"), cents, rate), `${cents} at ${rate}`).toBe(
          cents - (rate === 0 ? 0 : vatOfGross(cents, rate)),
        );
  });

  it("nets a payment and a reversal as vatOfPayment does", () => {
    for (const rate of [19, 7, 0])
      for (const cents of amounts.flatMap((a) => (a === 0 ? [0] : [a, -a])))
        expect(evaluate(paymentNetSql("x.c", "x.r"), cents, rate), `${cents} at ${rate}`).toBe(
          cents - vatOfPayment(cents, rate),
        );
  });
});
