// Reading a campaign's figures at the end of a day from the maintained aggregates, never from
// the pledges. Today's figures are the all-time totals (kept by triggers) minus the rows dated
// after `asOf`, so the usual read touches a few hundred rows however many pledges there are;
// an older `asOf` reads the days after it as well. With `knownAt` (ms), the figures as they had
// been recorded by then: the logged changes recorded later are taken away again.
import { and, eq, gt, gte, inArray, lte, or, sql } from "drizzle-orm";
import {
  dailyFigures,
  dailySponsorCounts,
  dailyTotals,
  figureLog,
  figureTotals,
  scheduleDeltas,
  scheduleLog,
  sponsorCountLog,
  sponsorCountTotals,
  type Campaign,
} from "../../db/schema";
import { workingDaysAfter } from "../calendar/workingDays";
import { campaignOn } from "./campaigns";
import { addDays, berlinDay, daysBetween } from "../domain/dates";
import type { DayDelta, MoneyBucket } from "../domain/figures";
import { buildSummary, type SponsorCount } from "../domain/summary";
import type { Reader } from "../../db/open";
import type { PledgeStatus, PledgeType, SponsorKind } from "../domain/codes";

const bucketKey = (b: { status: string; type: string; sponsorKind: string; country: string }) =>
  `${b.status}|${b.type}|${b.sponsorKind}|${b.country}`;

type LogTable = typeof figureLog | typeof sponsorCountLog | typeof scheduleLog;

/**
 * Log rows recorded after `knownAt` that count on or before `asOf`: what was not yet known
 * then. A late row (recorded after its day) is found by its time; an on-time row was recorded
 * on its own day, so only the days from `knownAt`'s day to `asOf` can hold one. Each branch
 * names its partial index's condition literally, so SQLite reads two small index ranges.
 */
function unknownSince<T extends LogTable>(table: T, campaignId: number, asOf: string, knownAt: number) {
  const knownDay = berlinDay(new Date(knownAt));
  // A few days are named one by one, so each is an equality and the index bounds the time too.
  const span = knownDay <= asOf ? daysBetween(knownDay, asOf) : -1;
  const onTimeDays =
    span < 0
      ? sql`0`
      : span <= 31
        ? inArray(
            table.day,
            Array.from({ length: span + 1 }, (_, i) => addDays(knownDay, i)),
          )
        : and(gte(table.day, knownDay), lte(table.day, asOf));
  return and(
    eq(table.campaignId, campaignId),
    or(
      and(sql`${table.late} = 1`, gt(table.recordedAt, knownAt), lte(table.day, asOf)),
      and(sql`${table.late} = 0`, onTimeDays, gt(table.recordedAt, knownAt)),
    ),
  );
}

const recordedLater = (campaignId: number, asOf: string, knownAt: number) =>
  unknownSince(figureLog, campaignId, asOf, knownAt);

function unknownBuckets(db: Reader, campaignId: number, asOf: string, knownAt: number | null) {
  if (knownAt === null) return [];
  return db
    .select({
      status: figureLog.status,
      type: figureLog.type,
      sponsorKind: figureLog.sponsorKind,
      country: figureLog.country,
      amountCents: sql<number>`sum(${figureLog.amountCents})`,
      pledgeCount: sql<number>`sum(${figureLog.pledgeCount})`,
      receivedCents: sql<number>`sum(${figureLog.receivedCents})`,
      vatCents: sql<number>`sum(${figureLog.vatCents})`,
      receivedVatCents: sql<number>`sum(${figureLog.receivedVatCents})`,
    })
    .from(figureLog)
    .where(recordedLater(campaignId, asOf, knownAt))
    .groupBy(figureLog.status, figureLog.type, figureLog.sponsorKind, figureLog.country)
    .all();
}

export function readBuckets(
  db: Reader,
  campaignId: number,
  asOf: string,
  knownAt: number | null = null,
): MoneyBucket[] {
  const totals = db
    .select({
      status: figureTotals.status,
      type: figureTotals.type,
      sponsorKind: figureTotals.sponsorKind,
      country: figureTotals.country,
      amountCents: figureTotals.amountCents,
      pledgeCount: figureTotals.pledgeCount,
      receivedCents: figureTotals.receivedCents,
      vatCents: figureTotals.vatCents,
      receivedVatCents: figureTotals.receivedVatCents,
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
      vatCents: sql<number>`sum(${dailyFigures.vatCents})`,
      receivedVatCents: sql<number>`sum(${dailyFigures.receivedVatCents})`,
    })
    .from(dailyFigures)
    .where(and(eq(dailyFigures.campaignId, campaignId), gt(dailyFigures.day, asOf)))
    .groupBy(dailyFigures.status, dailyFigures.type, dailyFigures.sponsorKind, dailyFigures.country)
    .all();
  const byKey = new Map(totals.map((t) => [bucketKey(t), { ...t }]));
  for (const l of [...later, ...unknownBuckets(db, campaignId, asOf, knownAt)]) {
    const t = byKey.get(bucketKey(l)) ?? {
      ...l,
      amountCents: 0,
      pledgeCount: 0,
      receivedCents: 0,
      vatCents: 0,
      receivedVatCents: 0,
    };
    t.amountCents -= l.amountCents;
    t.pledgeCount -= l.pledgeCount;
    t.receivedCents -= l.receivedCents;
    t.vatCents -= l.vatCents;
    t.receivedVatCents -= l.receivedVatCents;
    byKey.set(bucketKey(l), t);
  }
  return [...byKey.values()]
    .filter((b) => b.amountCents !== 0 || b.pledgeCount !== 0 || b.receivedCents !== 0 || b.vatCents !== 0)
    .map((b) => ({
      ...b,
      status: b.status as PledgeStatus,
      type: b.type as PledgeType,
      sponsorKind: b.sponsorKind as SponsorKind,
    }));
}

/** Binding money per day and type up to `asOf` (with its VAT), for the cumulative timeline. */
export function readBindingDeltas(
  db: Reader,
  campaignId: number,
  asOf: string,
  knownAt: number | null = null,
): DayDelta[] {
  const rows = db
    .select({
      day: dailyTotals.day,
      type: dailyTotals.type,
      bindingCents: dailyTotals.bindingCents,
      bindingVatCents: dailyTotals.bindingVatCents,
    })
    .from(dailyTotals)
    .where(and(eq(dailyTotals.campaignId, campaignId), lte(dailyTotals.day, asOf)))
    .all();
  if (knownAt !== null) {
    const unknown = db
      .select({
        day: figureLog.day,
        type: figureLog.type,
        bindingCents: sql<number>`sum(case when ${figureLog.status} in ('confirmed', 'paid') then ${figureLog.amountCents} else 0 end)`,
        bindingVatCents: sql<number>`sum(case when ${figureLog.status} in ('confirmed', 'paid') then ${figureLog.vatCents} else 0 end)`,
      })
      .from(figureLog)
      .where(recordedLater(campaignId, asOf, knownAt))
      .groupBy(figureLog.day, figureLog.type)
      .all();
    const byKey = new Map(rows.map((r) => [`${r.day}|${r.type}`, r]));
    for (const u of unknown) {
      const r = byKey.get(`${u.day}|${u.type}`);
      if (r) {
        r.bindingCents -= u.bindingCents;
        r.bindingVatCents -= u.bindingVatCents;
      } else rows.push({ ...u, bindingCents: -u.bindingCents, bindingVatCents: -u.bindingVatCents });
    }
    rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }
  return rows
    .filter((r) => r.bindingCents !== 0 || r.bindingVatCents !== 0)
    .map((r) => ({ ...r, type: r.type as PledgeType }));
}

/** Sponsors with at least one binding pledge at the end of `asOf`, counted by kind and country. */
export function readSponsorCounts(
  db: Reader,
  campaignId: number,
  asOf: string,
  knownAt: number | null = null,
): SponsorCount[] {
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
  const unknown =
    knownAt === null
      ? []
      : db
          .select({
            kind: sponsorCountLog.sponsorKind,
            country: sponsorCountLog.country,
            delta: sql<number>`sum(${sponsorCountLog.delta})`,
          })
          .from(sponsorCountLog)
          .where(unknownSince(sponsorCountLog, campaignId, asOf, knownAt))
          .groupBy(sponsorCountLog.sponsorKind, sponsorCountLog.country)
          .all();
  const laterByKey = new Map<string, number>();
  for (const l of [...later, ...unknown])
    laterByKey.set(`${l.kind}|${l.country}`, (laterByKey.get(`${l.kind}|${l.country}`) ?? 0) + l.delta);
  for (const u of unknown)
    if (!totals.some((t) => t.kind === u.kind && t.country === u.country))
      totals.push({ kind: u.kind, country: u.country, sponsorCount: 0 });
  return totals
    .map((t) => ({
      kind: t.kind as SponsorKind,
      country: t.country,
      sponsorCount: t.sponsorCount - (laterByKey.get(`${t.kind}|${t.country}`) ?? 0),
    }))
    .filter((t) => t.sponsorCount > 0);
}

/** Installments of pledges binding at the end of `asOf`, by due year: own funds, so net of VAT. */
export function readScheduledByYear(
  db: Reader,
  campaignId: number,
  asOf: string,
  knownAt: number | null = null,
): Map<number, number> {
  const rows = db
    .select({
      year: scheduleDeltas.year,
      cents: sql<number>`sum(${scheduleDeltas.cents} - ${scheduleDeltas.vatCents})`,
    })
    .from(scheduleDeltas)
    .where(and(eq(scheduleDeltas.campaignId, campaignId), lte(scheduleDeltas.day, asOf)))
    .groupBy(scheduleDeltas.year)
    .all();
  const out = new Map(rows.map((r) => [r.year, r.cents]));
  if (knownAt === null) return out;
  const unknown = db
    .select({ year: scheduleLog.year, cents: sql<number>`sum(${scheduleLog.cents} - ${scheduleLog.vatCents})` })
    .from(scheduleLog)
    .where(unknownSince(scheduleLog, campaignId, asOf, knownAt))
    .groupBy(scheduleLog.year)
    .all();
  for (const u of unknown) out.set(u.year, (out.get(u.year) ?? 0) - u.cents);
  return out;
}

/** Payments received up to `asOf`, by the year they arrived: own funds, so net of VAT. */
export function readReceivedByYear(
  db: Reader,
  campaignId: number,
  asOf: string,
  knownAt: number | null = null,
): Map<number, number> {
  const year = sql<string>`substr(${dailyTotals.day}, 1, 4)`;
  const rows = db
    .select({ year, cents: sql<number>`sum(${dailyTotals.receivedCents} - ${dailyTotals.receivedVatCents})` })
    .from(dailyTotals)
    .where(and(eq(dailyTotals.campaignId, campaignId), lte(dailyTotals.day, asOf)))
    .groupBy(year)
    .all();
  const out = new Map(rows.map((r) => [Number(r.year), r.cents]));
  if (knownAt === null) return out;
  const logYear = sql<string>`substr(${figureLog.day}, 1, 4)`;
  const unknown = db
    .select({ year: logYear, cents: sql<number>`sum(${figureLog.receivedCents} - ${figureLog.receivedVatCents})` })
    .from(figureLog)
    .where(recordedLater(campaignId, asOf, knownAt))
    .groupBy(logYear)
    .all();
  for (const u of unknown) out.set(Number(u.year), (out.get(Number(u.year)) ?? 0) - u.cents);
  return out;
}

/**
 * The campaign's summary at the end of `asOf`, read in one snapshot; with `knownAt` (ms since
 * the epoch), as it had been recorded by then.
 */
export function readSummary(db: Reader, current: Campaign, asOf: string, knownAt: number | null = null) {
  const read = (tx: Reader) => {
    // The day is judged by the terms it had: a target raised later does not reach back.
    const campaign = campaignOn(tx, current, asOf, knownAt);
    return buildSummary({
      campaign,
      asOf,
      buckets: readBuckets(tx, campaign.id, asOf, knownAt),
      bindingDeltas: readBindingDeltas(tx, campaign.id, asOf, knownAt),
      sponsorCounts: readSponsorCounts(tx, campaign.id, asOf, knownAt),
      scheduledByYear: readScheduledByYear(tx, campaign.id, asOf, knownAt),
      receivedByYear: readReceivedByYear(tx, campaign.id, asOf, knownAt),
      workingDaysLeft: workingDaysAfter(asOf, campaign.deadline, campaign.holidayRegion),
    });
  };
  return "transaction" in db ? db.transaction(read) : read(db);
}
