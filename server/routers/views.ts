// What the API returns for each row: record times as ISO instants, internal columns left out.
import type { Campaign, Pledge, Sponsor } from "../../db/schema";
import type { CampaignRole, Viewer } from "../access";
import { hundredthsToRatio } from "../domain/match";
import { overallSummary, type Summary } from "../domain/summary";

const iso = (ms: number) => new Date(ms).toISOString();

export function campaignView(c: Campaign, role: CampaignRole | "sponsor") {
  return {
    id: c.id,
    name: c.name,
    region: c.region,
    targetCents: c.targetCents,
    matchRatio: hundredthsToRatio(c.matchRatioHundredths),
    matchCapCents: c.matchCapCents,
    matchStart: c.matchStart,
    matchYears: c.matchYears,
    windowStart: c.windowStart,
    deadline: c.deadline,
    applicationStatus: c.applicationStatus,
    inKindSharePercent: c.inKindSharePercent,
    rules: {
      minSponsors: c.minSponsors,
      maxPublicSharePercent: c.maxPublicShareBasisPoints === null ? null : c.maxPublicShareBasisPoints / 100,
    },
    publicPage: c.publicPage,
    holidayRegion: c.holidayRegion,
    version: c.version,
    createdAt: iso(c.createdAt),
    role,
  };
}

export function sponsorView(s: Sponsor) {
  const { nameKey: _key, createdAt, ...rest } = s;
  return { ...rest, createdAt: iso(createdAt) };
}

export function pledgeView(p: Pledge) {
  const { idempotencyHash: _hash, lastEventAt: _last, createdBy: _by, createdAt, ...rest } = p;
  return { ...rest, createdAt: iso(createdAt) };
}

/** A sponsor's own pledge: the organisers' internal note and import key stay with them. */
export function sponsorPledgeView(p: Pledge) {
  return { ...pledgeView(p), note: null, idempotencyKey: null };
}

/** The summary as this viewer may see it: staff everything, a sponsor the overall figures. */
export function summaryView(summary: Summary, viewer: Viewer) {
  return viewer.kind === "staff" ? summary : overallSummary(summary);
}
