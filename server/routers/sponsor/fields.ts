// The fields of a sponsor as clients send them, shared by create and update.
import { z } from "zod";
import { LISTINGS, SPONSOR_KINDS } from "../../domain/codes";
import { businessDate, countryCode, email, id, nullableText, optionalText, shortText } from "../inputs";

export const sponsorInput = {
  name: shortText(),
  kind: z.enum(SPONSOR_KINDS),
  country: countryCode,
  sector: optionalText(100),
  vatId: optionalText(30),
  membershipType: optionalText(50),
  contactName: optionalText(200),
  contactEmail: email.optional(),
  /** Postal address for letters, lines separated by newlines. */
  address: optionalText(500),
  listing: z.enum(LISTINGS).optional(),
  /** The organiser (or admin) who follows the sponsor up, and when they next get in touch. */
  ownerUserId: id.optional(),
  nextContactOn: businessDate.optional(),
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
  address: nullableText(500),
  listing: sponsorInput.listing,
  notes: nullableText(5000),
  ownerUserId: id.nullable().optional(),
  nextContactOn: businessDate.nullable().optional(),
};
