// The code lists the client offers in selects. Each is derived from a Record over the
// server's type, so a code added on the server is a type error here until it is listed.
import type { RouterInputs, RouterOutputs } from "./trpc";

export type SponsorKind = RouterInputs["sponsor"]["create"]["kind"];
export type PledgeStatus = RouterInputs["pledge"]["setStatus"]["status"];
export type CreatableStatus = RouterInputs["pledge"]["create"]["status"];
export type PledgeType = RouterInputs["pledge"]["create"]["type"];
export type CampaignRole = RouterOutputs["campaign"]["list"][number]["role"];

const kinds: Record<SponsorKind, true> = {
  company: true,
  public_body: true,
  public_company: true,
  research: true,
  association: true,
  individual: true,
};
const statuses: Record<PledgeStatus, true> = { intent: true, confirmed: true, paid: true, withdrawn: true };
const creatable: Record<CreatableStatus, true> = { intent: true, confirmed: true, paid: true };
const types: Record<PledgeType, true> = { cash: true, in_kind: true };

export const SPONSOR_KINDS = Object.keys(kinds) as SponsorKind[];
export const PLEDGE_STATUSES = Object.keys(statuses) as PledgeStatus[];
export const CREATABLE_STATUSES = Object.keys(creatable) as CreatableStatus[];
export const PLEDGE_TYPES = Object.keys(types) as PledgeType[];
/** The countries of the Dreiländereck get their own option; any other ISO code is typed in. */
export const NAMED_COUNTRIES = ["DE", "BE", "NL"] as const;

/** A country as the forms offer it: one of the region's, or "other" with a typed code. */
export type CountryChoice = (typeof NAMED_COUNTRIES)[number] | "other";

/** The forms' entry for a stored country code: a named country, or "other". */
export function countryChoiceOf(code: string): CountryChoice {
  return NAMED_COUNTRIES.find((c) => c === code.trim().toUpperCase()) ?? "other";
}

/** The code to send for a choice and the code typed for "other" (upper case, trimmed). */
export function countryCodeOf(choice: CountryChoice, typed: string): string {
  return choice === "other" ? typed.trim().toUpperCase() : choice;
}

export function canWrite(role: CampaignRole | undefined): boolean {
  return role === "admin" || role === "organiser";
}
