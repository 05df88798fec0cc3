// The sponsor edit form: its values as typed, and the changes to send (only changed
// fields; an emptied optional field is sent as null, which clears it).
import type { SponsorKind } from "../../lib/codes";
import type { SponsorRow, SponsorUpdate } from "./api/sponsors";

export const OPTIONAL_FIELDS = ["sector", "vatId", "membershipType", "contactName", "contactEmail", "notes"] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export type EditValues = { name: string; kind: SponsorKind; country: string; listing: SponsorRow["listing"] } & Record<
  OptionalField,
  string
>;

export function editValuesOf(s: SponsorRow): EditValues {
  return {
    name: s.name,
    kind: s.kind,
    country: s.country,
    listing: s.listing,
    ...(Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, s[f] ?? ""])) as Record<OptionalField, string>),
  };
}

export function changesOf(s: SponsorRow, v: EditValues): Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> {
  const changes: Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> = {};
  if (v.name.trim() !== s.name) changes.name = v.name.trim();
  if (v.kind !== s.kind) changes.kind = v.kind;
  if (v.country.trim().toUpperCase() !== s.country) changes.country = v.country.trim().toUpperCase();
  if (v.listing !== s.listing) changes.listing = v.listing;
  for (const f of OPTIONAL_FIELDS) {
    const typed = v[f].trim();
    if (typed !== (s[f] ?? "")) changes[f] = typed === "" ? null : typed;
  }
  return changes;
}
