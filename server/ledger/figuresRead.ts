// Reading the per-day figures up to a day. Each query reads O(days × buckets) rows,
// never the pledges themselves.
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { dailyFigures, sponsorDailyBinding, sponsors, type Campaign, type PledgeType, type SponsorKind } from "../../db/schema";
import { BINDING_STATUSES, type DayDelta, type MoneyBucket } from "../domain/figures";
import { buildSummary } from "../domain/summary";
import type { Reader } from "./tx";

export function readBuckets(db: Reader, campaignId: number, asOf: string): MoneyBucket[] {
  return db
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
    .where(and(eq(dailyFigures.campaignId, campaignId), lte(dailyFigures.day, asOf)))
    .groupBy(dailyFigures.status, dailyFigures.type, dailyFigures.sponsorKind, dailyFigures.country)
    .all();
}

/** Binding money per day and type, for the cumulative timeline. */
export function readBindingDeltas(db: Reader, campaignId: number, asOf: string): DayDelta[] {
  return db
    .select({ day: dailyFigures.day, type: dailyFigures.type, bindingCents: sql<number>`sum(${dailyFigures.amountCents})` })
    .from(dailyFigures)
    .where(and(eq(dailyFigures.campaignId, campaignId), lte(dailyFigures.day, asOf), inArray(dailyFigures.status, [...BINDING_STATUSES])))
    .groupBy(dailyFigures.day, dailyFigures.type)
    .all()
    .map((r) => ({ ...r, type: r.type as PledgeType }));
}

/** Sponsors with at least one binding pledge at the end of `asOf`, with their kind and country. */
export function readBindingSponsors(db: Reader, campaignId: number, asOf: string): { kind: SponsorKind; country: string }[] {
  const binding = db
    .select({ sponsorId: sponsorDailyBinding.sponsorId })
    .from(sponsorDailyBinding)
    .where(and(eq(sponsorDailyBinding.campaignId, campaignId), lte(sponsorDailyBinding.day, asOf)))
    .groupBy(sponsorDailyBinding.sponsorId)
    .having(sql`sum(${sponsorDailyBinding.bindingCount}) > 0`)
    .as("binding");
  return db.select({ kind: sponsors.kind, country: sponsors.country }).from(binding).innerJoin(sponsors, eq(sponsors.id, binding.sponsorId)).all();
}

/** The campaign's summary at the end of `asOf`, read in one snapshot. */
export function readSummary(db: Reader, campaign: Campaign, asOf: string) {
  const read = (tx: Reader) =>
    buildSummary({
      campaign,
      asOf,
      buckets: readBuckets(tx, campaign.id, asOf),
      bindingDeltas: readBindingDeltas(tx, campaign.id, asOf),
      bindingSponsors: readBindingSponsors(tx, campaign.id, asOf),
    });
  return "transaction" in db ? db.transaction(read) : read(db);
}
