// The fields of a sponsor as clients send them, shared by create and update.
import { z } from "zod";
import { LISTINGS, SPONSOR_KINDS } from "../../domain/codes";
import { countryCode, email, nullableText, optionalText, shortText } from "../inputs";

export const sponsorInput = {
  name: shortText(),
  kind: z.enum(SPONSOR_KINDS),
  country: countryCode,
  sector: optionalText(100),
  vatId: optionalText(30),
  membershipType: optionalText(50),
  contactName: optionalText(200),
  contactEmail: email.optional(),
  listing: z.enum(LISTINGS).optional(),
};

/** On update a field left out stays, and `null` clears it. */
export const sponsorUpdateInput = {
  name: sponsorInput.name.optional(),
  kind: sponsorInput.kind.optional(),
  country: sponsorInput.country.optional(),
  sector: nullableText(100),
  vatId: nullableText(30),
  membershipType: nullableText(50),
  contactName: nullableText(200),
  contactEmail: email.nullable().optional(),
  listing: sponsorInput.listing,
  notes: nullableText(5000),
};
