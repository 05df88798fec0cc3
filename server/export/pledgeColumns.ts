// The columns of the pledges export. Kept apart from the query (queries/pledgeExport.ts) so the
// .xlsx worker loads no database code.
import { isBinding } from "../domain/codes";
import { outstandingCents } from "../domain/pledgeRules";
import { amount, code, day, flag, instant, integer, text, type Column } from "./columns";
import { CONTRIBUTION_DE, PLEDGE_STATUS_DE, PLEDGE_TYPE_DE, SPONSOR_KIND_DE } from "./labels";
import { ownFundsCents, vatRateOf } from "../domain/vat";
import type { PledgeExportRow } from "../queries/pledgeExport";

/** Money still expected (domain/pledgeRules.ts); intents and withdrawals stay empty, not 0. */
function outstandingCell(row: PledgeExportRow): number | null {
  return isBinding(row.status) ? outstandingCents(row) : null;
}

// Where a column means what the import's column means, it has the import's header
// (CONTRACT.md "Import format"), so an export can be read back in.
export const PLEDGE_COLUMNS: readonly Column<PledgeExportRow>[] = [
  { header: { en: "id", de: "ID" }, width: 8, cell: (r) => integer(r.id) },
  { header: { en: "name", de: "Name" }, width: 32, cell: (r) => text(r.sponsorName) },
  { header: { en: "kind", de: "Art" }, width: 18, cell: (r) => code(SPONSOR_KIND_DE, r.sponsorKind) },
  { header: { en: "country", de: "Land" }, width: 8, cell: (r) => text(r.country) },
  { header: { en: "amount", de: "Betrag" }, width: 14, cell: (r) => amount(r.amountCents) },
  { header: { en: "type", de: "Typ" }, width: 12, cell: (r) => code(PLEDGE_TYPE_DE, r.type) },
  { header: { en: "status", de: "Status" }, width: 12, cell: (r) => code(PLEDGE_STATUS_DE, r.status) },
  { header: { en: "date", de: "Datum" }, width: 12, cell: (r) => day(r.pledgedAt) },
  { header: { en: "received", de: "Eingegangen" }, width: 14, cell: (r) => amount(r.receivedCents) },
  {
    header: { en: "outstanding", de: "Offen" },
    width: 14,
    cell: (r) => {
      const cents = outstandingCell(r);
      return cents === null ? text(null) : amount(cents);
    },
  },
  { header: { en: "conditional", de: "Bedingt" }, width: 10, cell: (r) => flag(r.conditional) },
  {
    header: { en: "raised_by", de: "Eingeworben von" },
    width: 24,
    cell: (r) => text(r.raisedBySponsorName ?? r.raisedByName),
  },
  { header: { en: "note", de: "Notiz" }, width: 40, cell: (r) => text(r.note) },
  { header: { en: "created_at", de: "Erfasst am" }, width: 20, cell: (r) => instant(r.createdAt) },
  // Appended, so scripts reading the columns above by position keep working.
  {
    header: { en: "contribution", de: "Spende oder Sponsoring" },
    width: 14,
    cell: (r) => code(CONTRIBUTION_DE, r.contribution),
  },
  {
    header: { en: "vat_rate", de: "USt.-Satz" },
    width: 8,
    cell: (r) => (r.contribution === "sponsoring" ? integer(vatRateOf(r)) : text(null)),
  },
  {
    header: { en: "net", de: "Netto" },
    width: 14,
    cell: (r) => amount(ownFundsCents(r.amountCents, r.contribution, r.vatRatePercent)),
  },
];
