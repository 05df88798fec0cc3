import { z } from "zod";
import { campaignForViewer } from "../../access";
import { PLEDGE_STATUSES, SPONSOR_KINDS } from "../../domain/codes";
import { berlinDay } from "../../domain/dates";
import { badField } from "../../domain/errors";
import {
  decodeCursor,
  encodeCursor,
  listPledges,
  listPledgesAsOf,
  PLEDGE_SORTS,
  type PledgeCursor,
  withNameCandidates,
} from "../../queries/pledgeList";
import { pledgesAsOf } from "../../queries/pledgeStates";
import { pledgeTotals, pledgeTotalsAsOf } from "../../queries/pledgeTotals";
import { sessionProcedure } from "../../trpc";
import { viewDay } from "../viewDay";
import { countryCode, DEFAULT_PAGE_SIZE, id, pageLimit, pastView } from "../inputs";
import { pledgeView, sponsorPledgeView } from "../views";

const listInput = z.object({
  campaignId: id,
  status: z.enum(PLEDGE_STATUSES).optional(),
  sponsorId: id.optional(),
  kind: z.enum(SPONSOR_KINDS).optional(),
  country: countryCode.optional(),
  overdue: z.boolean().optional(),
  search: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(PLEDGE_SORTS).optional(),
  cursor: z.union([z.int().nonnegative(), z.string().max(500)]).optional(),
  limit: pageLimit.optional(),
  ...pastView,
});

/**
 * Organiser, committee, admin: a page of pledges, newest first unless sorted otherwise,
 * filtered by status, sponsor, kind, country, overdue or sponsor name. The cursor is the
 * `nextCursor` of the page before (an id for the default order). A sponsor: its own,
 * whatever sponsorId says. With `asOf` before today or `knownAt`: the pledges as they stood
 * at the end of that day, as recorded by then. `totals` counts and sums the whole filter, all pages.
 */
export const pledgeList = sessionProcedure.input(listInput).query(({ ctx, input }) => {
  const { campaign, viewer } = campaignForViewer(ctx.services.lookups, ctx, input.campaignId);
  const sort = input.sort ?? "newest";
  // A plain id pages only the default order; another order with it would skip or repeat rows.
  if (typeof input.cursor === "number" && sort !== "newest")
    throw badField("cursor", "a plain id is a cursor of the newest-first order only");
  const after =
    input.cursor === undefined
      ? null
      : typeof input.cursor === "number"
        ? ([input.cursor, input.cursor] as PledgeCursor)
        : decodeCursor(input.cursor);
  if (input.cursor !== undefined && !after) throw badField("cursor", "not a cursor of this list");
  const today = berlinDay(ctx.now());
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const { asOf, knownAt } = viewDay(input, ctx.now());
  const past = asOf < today || knownAt !== null;
  const asked = { ...input, sponsorId: viewer.kind === "sponsor" ? viewer.sponsorId : input.sponsorId, today };
  // Today's page and its totals both ask the trigram index about a name search: once, here.
  const filters = past ? asked : withNameCandidates(ctx.db, asked);
  // A past view replays every pledge's events: once, for the page and its totals alike.
  const state = past ? pledgesAsOf(ctx.db, campaign.id, asOf, filters.today, knownAt) : null;
  const { page, next } = state
    ? listPledgesAsOf(ctx.db, campaign.id, filters, sort, after, limit, asOf, knownAt, state)
    : listPledges(ctx.db, campaign.id, filters, sort, after, limit);
  const totals = state
    ? pledgeTotalsAsOf(ctx.db, campaign.id, filters, asOf, knownAt, state)
    : pledgeTotals(ctx.db, campaign.id, filters);
  return {
    items: page.map((r) => ({
      ...(viewer.kind === "sponsor" ? sponsorPledgeView(r.pledge) : pledgeView(r.pledge)),
      sponsorName: r.sponsorName,
      sponsorKind: r.sponsorKind,
      sponsorCountry: r.sponsorCountry,
      raisedBySponsorName: r.raisedBySponsorName,
    })),
    // The default order keeps the plain id cursor of CONTRACT.md; other orders an opaque one.
    nextCursor: next === null ? null : sort === "newest" ? next[1] : encodeCursor(next),
    totals,
  };
});
