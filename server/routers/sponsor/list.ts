import { z } from "zod";
import type { Sponsor } from "../../../db/schema";
import { campaignFor } from "../../access";
import { SPONSOR_KINDS } from "../../domain/codes";
import {
  cursorFits,
  decodeSponsorCursor,
  listSponsors,
  SPONSOR_SORTS,
  sponsorTotals,
  type SponsorCursor,
} from "../../queries/sponsorList";
import { staffProcedure } from "../../trpc";
import { DEFAULT_PAGE_SIZE, id, pageLimit } from "../inputs";
import { sponsorViewFor } from "../views";
import { sponsorInput } from "./fields";

const cursor = z
  .string()
  .max(2000)
  .transform((text, ctx): SponsorCursor => {
    const decoded = decodeSponsorCursor(text);
    if (decoded) return decoded;
    ctx.addIssue({ code: "custom", message: "Invalid cursor" });
    return z.NEVER;
  });

const listInput = z
  .object({
    campaignId: id,
    search: z.string().trim().max(200).optional(),
    kind: z.enum(SPONSOR_KINDS).optional(),
    country: sponsorInput.country.optional(),
    sort: z.enum(SPONSOR_SORTS).optional(),
    cursor: cursor.optional(),
    limit: pageLimit.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.cursor && !cursorFits(input.sort ?? "name", input.cursor))
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "Invalid cursor" });
  });

/**
 * Organiser, committee, admin: live sponsors (merged ones left out), searched and filtered by
 * kind and country, by name (default), by binding amount (highest first) or newest first;
 * each with its binding cents and pledge count; `totals` counts the whole filter, all pages.
 */
export const sponsorList = staffProcedure.input(listInput).query(({ ctx, input }) => {
  const { campaign, role } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
  // Contact persons are personal data: those who write to them see them, the committee not.
  const view = (row: Sponsor) => sponsorViewFor(row, role);
  const page = listSponsors(ctx.db, {
    campaignId: campaign.id,
    search: input.search,
    kind: input.kind,
    country: input.country,
    sort: input.sort ?? "name",
    after: input.cursor,
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
  return {
    items: page.items.map(({ bindingCents, pledgeCount, ...sponsor }) => ({
      ...view(sponsor),
      bindingCents,
      pledgeCount,
    })),
    nextCursor: page.nextCursor,
    totals: sponsorTotals(ctx.db, {
      campaignId: campaign.id,
      search: input.search,
      kind: input.kind,
      country: input.country,
    }),
  };
});
