// Sponsoring's VAT in SQL, for the reads that sum pledges or payments in the database: the
// same integer rounding as domain/vat.ts (half up, on each pledge, installment or payment),
// so a sum read here equals the figures the ledger keeps. The arguments are column
// expressions written in code, never input.
import { sql, type SQL } from "drizzle-orm";
import { DEFAULT_VAT_RATE } from "../domain/vat";

/** The VAT rate of the pledges table's row `alias` (0: a donation). */
export function rateSql(alias: string): string {
  return `(case when ${alias}.contribution = 'sponsoring' then coalesce(${alias}.vat_rate_percent, ${DEFAULT_VAT_RATE}) else 0 end)`;
}

/** VAT of a gross `cents` ≥ 0 at `rate`, rounded half up: ⌊(2 × cents × rate + 100 + rate) ÷ (200 + 2 × rate)⌋. */
function vatOf(cents: string, rate: string): string {
  return `((2 * ${cents} * ${rate} + 100 + ${rate}) / (200 + 2 * ${rate}))`;
}

/** The own funds in a gross sum ≥ 0 (a pledge's amount, an installment). */
export function netSql(cents: string, rate: string): SQL {
  return sql.raw(`(${cents} - ${vatOf(cents, rate)})`);
}

/** The own funds in one payment; a reversal (negative) takes back its amount's net. */
export function paymentNetSql(cents: string, rate: string): SQL {
  return sql.raw(
    `(case when ${cents} < 0 then ${cents} + ${vatOf(`(-${cents})`, rate)} else ${cents} - ${vatOf(cents, rate)} end)`,
  );
}
