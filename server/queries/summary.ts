// Reading a campaign's figures at the end of a day from the maintained aggregates, never from
// the pledges. Today's figures are the all-time totals (kept by triggers) minus the rows dated
// after `asOf`, so the usual read touches a few hundred rows however many pledges there are;
// an older `asOf` reads the days after it as well.
import { and, eq, gt, lte, sql } from "drizzle-orm";
import {
  dailyFigures,
  dailySponsorCounts,
  dailyTotals,
  figureTotals,
  scheduleDeltas,
  sponsorCountTotals,
  type Campaign,
} from "../../db/schema";
import type { DayDelta, MoneyBucket } from "../domain/figures";
import { buildSummary, type SponsorCount } from "../domain/summary";
import type { Reader } from "../../db/open";
import type { PledgeStatus, PledgeType, SponsorKind } from "../domain/codes";

const bucketKey = (b: { status: string; type: string; sponsorKind: string; country: string }) =>
  `${b.status}|${b.type}|${b.sponsorKind}|${b.country}`;

export function readBuckets(db: Reader, campaignId: number, asOf: string): MoneyBucket[] {
  const totals = db
    .select({
      status: figureTotals.status,
      type: figureTotals.type,
      sponsorKind: figureTotals.sponsorKind,
      country: figureTotals.country,
      amountCents: figureTotals.amountCents,
      pledgeCount: figureTotals.pledgeCount,
      receivedCents: figureTotals.receivedCents,
    })
    .from(figureTotals)
    .where(eq(figureTotals.campaignId, campaignId))
    .all();
  const later = db
    .select({
      status: dailyFigures.status,
      type: dailyFigures.type,
      sponsorKind: dailyFigures.sponsorKind,
      country: dailyFigures.country,
      amountCents: sql<number>`sum(${dailyFigures.amountCents})`,
      pledgeCount: sql<number>`sum(${dailyFigures.pledgeCount})`,
      receivedCents: sql<number>`sum(${dailyFigures.receivedCents})`,
    })
    .from(dailyFigures)
    .where(and(eq(dailyFigures.campaignId, campaignId), gt(dailyFigures.day, asOf)))
    .groupBy(dailyFigures.status, dailyFigures.type, dailyFigures.sponsorKind, dailyFigures.country)
    .all();
  const laterByKey = new Map(later.map((b) => [bucketKey(b), b]));
  return totals
    .map((t) => {
      const l = laterByKey.get(bucketKey(t));
      return l
        ? {
            ...t,
            amountCents: t.amountCents - l.amountCents,
            pledgeCount: t.pledgeCount - l.pledgeCount,
            receivedCents: t.receivedCents - l.receivedCents,
          }
        : t;
    })
    .filter((b) => b.amountCents !== 0 || b.pledgeCount !== 0 || b.receivedCents !== 0)
    .map((b) => ({
      ...b,
      status: b.status as PledgeStatus,
      type: b.type as PledgeType,
      sponsorKind: b.sponsorKind as SponsorKind,
    }));
}

/** Binding money per day and type up to `asOf`, for the cumulative timeline. */
export function readBindingDeltas(db: Reader, campaignId: number, asOf: string): DayDelta[] {
  return db
    .select({ day: dailyTotals.day, type: dailyTotals.type, bindingCents: dailyTotals.bindingCents })
    .from(dailyTotals)
    .where(and(eq(dailyTotals.campaignId, campaignId), lte(dailyTotals.day, asOf)))
    .all()
    .filter((r) => r.bindingCents !== 0)
    .map((r) => ({ ...r, type: r.type as PledgeType }));
}

/** Sponsors with at least one binding pledge at the end of `asOf`, counted by kind and country. */
export function readSponsorCounts(db: Reader, campaignId: number, asOf: string): SponsorCount[] {
  const totals = db
    .select({
      kind: sponsorCountTotals.sponsorKind,
      country: sponsorCountTotals.country,
      sponsorCount: sponsorCountTotals.sponsorCount,
    })
    .from(sponsorCountTotals)
    .where(eq(sponsorCountTotals.campaignId, campaignId))
    .all();
  const later = db
    .select({
      kind: dailySponsorCounts.sponsorKind,
      country: dailySponsorCounts.country,
      delta: sql<number>`sum(${dailySponsorCounts.delta})`,
    })
    .from(dailySponsorCounts)
    .where(and(eq(dailySponsorCounts.campaignId, campaignId), gt(dailySponsorCounts.day, asOf)))
    .groupBy(dailySponsorCounts.sponsorKind, dailySponsorCounts.country)
    .all();
  const laterByKey = new Map(later.map((l) => [`${l.kind}|${l.country}`, l.delta]));
  return totals
    .map((t) => ({
      kind: t.kind as SponsorKind,
      country: t.country,
      sponsorCount: t.sponsorCount - (laterByKey.get(`${t.kind}|${t.country}`) ?? 0),
    }))
    .filter((t) => t.sponsorCount > 0);
}

/** Installments of pledges binding at the end of `asOf`, by due year. */
export function readScheduledByYear(db: Reader, campaignId: number, asOf: string): Map<number, number> {
  const rows = db
    .select({ year: scheduleDeltas.year, cents: sql<number>`sum(${scheduleDeltas.cents})` })
    .from(scheduleDeltas)
    .where(and(eq(scheduleDeltas.campaignId, campaignId), lte(scheduleDeltas.day, asOf)))
    .groupBy(scheduleDeltas.year)
    .all();
  return new Map(rows.map((r) => [r.year, r.cents]));
}

/** Payments received up to `asOf`, by the year they arrived. */
export function readReceivedByYear(db: Reader, campaignId: number, asOf: string): Map<number, number> {
  const year = sql<string>`substr(${dailyTotals.day}, 1, 4)`;
  const rows = db
    .select({ year, cents: sql<number>`sum(${dailyTotals.receivedCents})` })
    .from(dailyTotals)
    .where(and(eq(dailyTotals.campaignId, campaignId), lte(dailyTotals.day, asOf)))
    .groupBy(year)
    .all();
  return new Map(rows.map((r) => [Number(r.year), r.cents]));
}

/** The campaign's summary at the end of `asOf`, read in one snapshot. */
export function readSummary(db: Reader, campaign: Campaign, asOf: string) {
  const read = (tx: Reader) =>
    buildSummary({
      campaign,
      asOf,
      buckets: readBuckets(tx, campaign.id, asOf),
      bindingDeltas: readBindingDeltas(tx, campaign.id, asOf),
      sponsorCounts: readSponsorCounts(tx, campaign.id, asOf),
      scheduledByYear: readScheduledByYear(tx, campaign.id, asOf),
      receivedByYear: readReceivedByYear(tx, campaign.id, asOf),
    });
  return "transaction" in db ? db.transaction(read) : read(db);
}
