// The sponsor edit form: its values as typed, and the changes to send (only changed
// fields; an emptied optional field is sent as null, which clears it).
import type { SponsorKind } from "../../lib/codes";
import type { Locale } from "../../lib/i18n";
import { membershipLabel, normaliseMembership } from "../../../server/domain/membership";
import type { SponsorRow, SponsorUpdate } from "./api/sponsors";

export const OPTIONAL_FIELDS = ["sector", "vatId", "membershipType", "contactName", "contactEmail", "notes"] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export type EditValues = { name: string; kind: SponsorKind; country: string; listing: SponsorRow["listing"] } & Record<
  OptionalField,
  string
>;

/** The form's values; a known membership code (sponsor, user) in the reader's words. */
export function editValuesOf(s: SponsorRow, locale: Locale): EditValues {
  const values = Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, s[f] ?? ""])) as Record<OptionalField, string>;
  if (s.membershipType) values.membershipType = membershipLabel(s.membershipType, locale);
  return { name: s.name, kind: s.kind, country: s.country, listing: s.listing, ...values };
}

/** Whether the typed membership type is the stored one, in other words or spacing (the server normalises it so). */
function sameMembership(typed: string, stored: string | null): boolean {
  return normaliseMembership(typed, stored === null ? [] : [stored]) === stored;
}

export function changesOf(s: SponsorRow, v: EditValues): Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> {
  const changes: Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> = {};
  if (v.name.trim() !== s.name) changes.name = v.name.trim();
  if (v.kind !== s.kind) changes.kind = v.kind;
  if (v.country.trim().toUpperCase() !== s.country) changes.country = v.country.trim().toUpperCase();
  if (v.listing !== s.listing) changes.listing = v.listing;
  for (const f of OPTIONAL_FIELDS) {
    const typed = v[f].trim();
    if (f === "membershipType" && sameMembership(typed, s.membershipType)) continue;
    if (typed !== (s[f] ?? "")) changes[f] = typed === "" ? null : typed;
  }
  return changes;
}
