// The sponsor edit form: its values as typed, and the changes to send (only changed
// fields; an emptied optional field is sent as null, which clears it). The owner is a user id
// as the select holds it ("" = nobody); the next contact day is ISO as the date field gives it.
import { membershipLabel, normaliseMembership } from "../../../server/domain/membership";
import { type CountryChoice, countryChoiceOf, countryCodeOf, type SponsorKind } from "../../lib/codes";
import type { Locale } from "../../lib/i18n";
import type { SponsorCreate, SponsorRow, SponsorUpdate } from "./api/sponsors";

export const OPTIONAL_FIELDS = [
  "sector",
  "vatId",
  "membershipType",
  "contactName",
  "contactEmail",
  "address",
  "nextContactOn",
  "notes",
] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export type EditValues = {
  name: string;
  kind: SponsorKind;
  /** The country as the list offers it, and the code typed when it is "other". */
  country: CountryChoice;
  countryCode: string;
  listing: SponsorRow["listing"];
  /** The owner's user id as text, "" for nobody. */
  owner: string;
} & Record<OptionalField, string>;

/** A stored optional field; the committee's rows have no address (they never reach this form). */
function storedOf(s: SponsorRow, f: OptionalField): string | null {
  return (s as Partial<Record<OptionalField, string | null>>)[f] ?? null;
}

/** The form's values; a known membership code (sponsor, user) in the reader's words. */
export function editValuesOf(s: SponsorRow, locale: Locale): EditValues {
  const values = Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, storedOf(s, f) ?? ""])) as Record<
    OptionalField,
    string
  >;
  if (s.membershipType) values.membershipType = membershipLabel(s.membershipType, locale);
  return {
    name: s.name,
    kind: s.kind,
    country: countryChoiceOf(s.country),
    countryCode: countryChoiceOf(s.country) === "other" ? s.country : "",
    listing: s.listing,
    owner: s.ownerUserId == null ? "" : String(s.ownerUserId),
    ...values,
  };
}

/** Whether the typed membership type is the stored one, in other words or spacing (the server normalises it so). */
function sameMembership(typed: string, stored: string | null): boolean {
  return normaliseMembership(typed, stored === null ? [] : [stored]) === stored;
}

export function changesOf(s: SponsorRow, v: EditValues): Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> {
  const changes: Omit<SponsorUpdate, "sponsorId" | "expectedVersion"> = {};
  if (v.name.trim() !== s.name) changes.name = v.name.trim();
  if (v.kind !== s.kind) changes.kind = v.kind;
  const country = countryCodeOf(v.country, v.countryCode);
  if (country !== s.country) changes.country = country;
  if (v.listing !== s.listing) changes.listing = v.listing;
  const owner = ownerOf(v.owner);
  if (owner !== (s.ownerUserId ?? null)) changes.ownerUserId = owner;
  for (const f of OPTIONAL_FIELDS) {
    const typed = v[f].trim();
    if (f === "membershipType" && sameMembership(typed, s.membershipType)) continue;
    if (typed !== (storedOf(s, f) ?? "")) changes[f] = typed === "" ? null : typed;
  }
  return changes;
}

/** The form of a new sponsor: a company in Germany, not listed publicly, nothing else filled in. */
export function emptyEditValues(): EditValues {
  return {
    name: "",
    kind: "company",
    country: "DE",
    countryCode: "",
    listing: "hidden",
    owner: "",
    ...(Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, ""])) as Record<OptionalField, string>),
  };
}

const CREATE_FIELDS = [
  "sector",
  "vatId",
  "membershipType",
  "contactName",
  "contactEmail",
  "address",
  "nextContactOn",
] as const;

const ownerOf = (typed: string): number | null => (typed === "" ? null : Number(typed));

/** What sponsor.create takes from the form: empty optional fields left out (it has no notes). */
export function createInputOf(campaignId: number, v: EditValues): SponsorCreate {
  const input: SponsorCreate = {
    campaignId,
    name: v.name.trim(),
    kind: v.kind,
    country: countryCodeOf(v.country, v.countryCode),
    listing: v.listing,
  };
  for (const f of CREATE_FIELDS) {
    const typed = v[f].trim();
    if (typed !== "") input[f] = typed;
  }
  const owner = ownerOf(v.owner);
  if (owner !== null) input.ownerUserId = owner;
  return input;
}
