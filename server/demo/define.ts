// Short builders for the demo's sponsor lists: one line per sponsor and its main pledge.
import type { PledgeSpec, SponsorSpec } from "./plan";
import type { Listing, SponsorKind } from "../domain/codes";

export interface Extra extends Omit<PledgeSpec, "euros"> {
  listing?: Listing;
  membershipType?: "sponsor" | "user";
  /** Further pledges of the same sponsor. */
  more?: PledgeSpec[];
}

function builder(kind: SponsorKind) {
  return (name: string, country: string, sector: string | undefined, euros: number, extra: Extra = {}): SponsorSpec => {
    const { listing, membershipType, more, ...pledge } = extra;
    return {
      name,
      kind,
      country,
      sector,
      listing,
      membershipType: membershipType ?? "sponsor",
      pledges: [{ euros, ...pledge }, ...(more ?? [])],
    };
  };
}

export const company = builder("company");
export const publicBody = builder("public_body");
export const publicCompany = builder("public_company");
export const research = builder("research");
export const association = builder("association");
export const individual = builder("individual");
