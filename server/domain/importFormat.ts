// The import format (CONTRACT.md "Import format"): its columns with their English and
// German headers, and the codes a cell may hold in either language. Pure tables.
import type { PledgeStatus, PledgeType, SponsorKind } from "./codes";
import { labelsIn } from "./labels";

export const COLUMNS = ["name", "kind", "country", "amount", "type", "status", "date", "note"] as const;
export type Column = (typeof COLUMNS)[number];

/** Every column but the note must be there: the date too, since it is part of a row's key. */
export const REQUIRED_COLUMNS: readonly Column[] = ["name", "kind", "country", "amount", "type", "status", "date"];

export const GERMAN_HEADERS: Record<Column, string> = {
  name: "Name",
  kind: "Art",
  country: "Land",
  amount: "Betrag",
  type: "Typ",
  status: "Status",
  date: "Datum",
  note: "Notiz",
};

/**
 * How headers and codes are compared: case, surrounding and inner spacing, `_`/`-` and
 * umlauts written out (`Zurueckgezogen`, from systems without umlauts) do not matter.
 */
export function foldLabel(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase("de-DE")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[\s_-]+/g, " ");
}

function lookup<T extends string>(german: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, label] of Object.entries(german) as [T, string][]) {
    map.set(foldLabel(code), code);
    map.set(foldLabel(label), code);
  }
  return map;
}

export const HEADER_OF = lookup<Column>(GERMAN_HEADERS);

export const GERMAN_KINDS = labelsIn("sponsorKind", "de");
export const GERMAN_TYPES = labelsIn("pledgeType", "de");
export const GERMAN_STATUSES = labelsIn("pledgeStatus", "de");

export const KIND_OF = lookup<SponsorKind>(GERMAN_KINDS);
export const TYPE_OF = lookup<PledgeType>(GERMAN_TYPES);
export const STATUS_OF = lookup<PledgeStatus>(GERMAN_STATUSES);

/** Limits of the fields a row fills (as pledge.create and sponsor.create take them). */
export const MAX_NAME = 200;
export const MAX_NOTE = 5000;
export const MAX_DESCRIPTION = 2000;
