// The fields of a sponsor as clients send them, shared by create and update.
import { z } from "zod";
import { LISTINGS, SPONSOR_KINDS } from "../../db/schema";
import { optionalText, shortText } from "../validation";

export const sponsorInput = {
  name: shortText(),
  kind: z.enum(SPONSOR_KINDS),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: "Expected a two-letter ISO country code" }),
  sector: optionalText(100),
  vatId: optionalText(30),
  membershipType: optionalText(50),
  contactName: optionalText(200),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  listing: z.enum(LISTINGS).optional(),
};
