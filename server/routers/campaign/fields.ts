// A campaign's settings as clients send them, shared by create and update, and how they are stored.
import { z } from "zod";
import { windowFits, WINDOW_MESSAGE } from "../../domain/campaign";
import { APPLICATION_STATUSES } from "../../domain/codes";
import { ratioToHundredths } from "../../domain/match";
import { isHolidayRegion } from "../../calendar/workingDays";
import type { CampaignColumns } from "../../ledger/ledger";
import { businessDate, cents, id, shortText, version } from "../inputs";

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
const matchRatio = z.number().positive().max(100).refine(twoDecimals, { message: "At most two decimals" });
const percentTwoDecimals = z.number().min(0).max(100).refine(twoDecimals, { message: "At most two decimals" });
const rules = z.object({
  minSponsors: z.int().min(1).max(100_000).nullable().optional(),
  maxPublicSharePercent: percentTwoDecimals.nullable().optional(),
});

const campaignFields = {
  name: shortText(),
  region: z.string().trim().max(200).optional(),
  targetCents: cents,
  matchCapCents: cents,
  deadline: businessDate,
  windowStart: businessDate.optional(),
  matchRatio: matchRatio.optional(),
  matchStart: businessDate.optional(),
  matchYears: z.int().min(1).max(10).optional(),
  inKindSharePercent: z.int().min(0).max(100).optional(),
  rules: rules.optional(),
  holidayRegion: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isHolidayRegion, { message: "Expected a country and state whose holidays are known, such as DE-NW" })
    .optional(),
};
const windowBeforeDeadline = (c: { windowStart?: string; deadline?: string }) => windowFits(c.windowStart, c.deadline);
const windowMessage = { path: ["windowStart"], message: WINDOW_MESSAGE };

export const createCampaignInput = z.object(campaignFields).refine(windowBeforeDeadline, windowMessage);
export const updateCampaignInput = z
  .object({
    campaignId: id,
    expectedVersion: version,
    ...z.object(campaignFields).partial().shape,
    applicationStatus: z.enum(APPLICATION_STATUSES).optional(),
    applicationStatusAt: businessDate.optional(),
    publicPage: z.boolean().optional(),
  })
  .refine(windowBeforeDeadline, windowMessage);

type Fields = Partial<z.infer<typeof createCampaignInput>>;

/** Campaign columns from create/update fields; only the fields given are set. */
export function columnsOf(input: Fields): Partial<CampaignColumns> {
  const { matchRatio: ratio, rules: r, region, windowStart, ...plain } = input;
  const out: Partial<CampaignColumns> = { ...plain };
  if (region !== undefined) out.region = region || null;
  if (windowStart !== undefined) out.windowStart = windowStart;
  if (ratio !== undefined) out.matchRatioHundredths = ratioToHundredths(ratio);
  if (r?.minSponsors !== undefined) out.minSponsors = r.minSponsors;
  if (r?.maxPublicSharePercent !== undefined) {
    out.maxPublicShareBasisPoints = r.maxPublicSharePercent === null ? null : Math.round(r.maxPublicSharePercent * 100);
  }
  return out;
}

/** A new campaign's columns: defaults filled in, the match period starting at the deadline unless given. */
export function newCampaignColumns(input: z.infer<typeof createCampaignInput>): CampaignColumns {
  const given = columnsOf(input);
  return {
    name: input.name,
    region: given.region ?? null,
    targetCents: input.targetCents,
    matchRatioHundredths: given.matchRatioHundredths ?? 100,
    matchCapCents: input.matchCapCents,
    matchStart: input.matchStart ?? input.deadline,
    matchYears: input.matchYears ?? 3,
    windowStart: input.windowStart ?? null,
    deadline: input.deadline,
    inKindSharePercent: input.inKindSharePercent ?? 100,
    minSponsors: given.minSponsors ?? null,
    maxPublicShareBasisPoints: given.maxPublicShareBasisPoints ?? null,
    holidayRegion: input.holidayRegion ?? "DE-NW",
  };
}
