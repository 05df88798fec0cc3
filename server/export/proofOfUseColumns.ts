// The columns of the proof of use (income side): what came in, what counts, what was planned.
import type { ProofRow, ProofRowKind } from "../queries/proofOfUse";
import { amount, code, day, integer, text, type Column } from "./columns";

export const PROOF_KIND_DE: Record<ProofRowKind, string> = {
  own_funds: "Eigenmittel",
  own_funds_year: "Eigenmittel im Jahr",
  state: "Landesmittel",
  state_year: "Landesmittel im Jahr",
  total: "Gesamt",
};

const money = (cents: number | null) => (cents === null ? text(null) : amount(cents));

export const PROOF_COLUMNS: readonly Column<ProofRow>[] = [
  { header: { en: "row", de: "Zeile" }, width: 20, cell: (r) => code(PROOF_KIND_DE, r.kind) },
  { header: { en: "year", de: "Jahr" }, width: 8, cell: (r) => (r.year === null ? text(null) : integer(r.year)) },
  { header: { en: "date", de: "Datum" }, width: 12, cell: (r) => (r.day === null ? text(null) : day(r.day)) },
  { header: { en: "reference", de: "Referenz" }, width: 12, cell: (r) => text(r.reference) },
  { header: { en: "sponsor_or_note", de: "Sponsor / Vermerk" }, width: 32, cell: (r) => text(r.name) },
  { header: { en: "received", de: "Eingegangen" }, width: 14, cell: (r) => money(r.receivedCents) },
  { header: { en: "counted", de: "Anrechenbar (netto)" }, width: 16, cell: (r) => amount(r.countedCents) },
  { header: { en: "planned", de: "Finanzierungsplan" }, width: 16, cell: (r) => money(r.plannedCents) },
  {
    header: { en: "difference", de: "Abweichung" },
    width: 14,
    cell: (r) => money(r.plannedCents === null ? null : r.countedCents - r.plannedCents),
  },
];
