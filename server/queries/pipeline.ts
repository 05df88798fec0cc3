// The pipeline: intent money not yet confirmed, by sponsor and by how long it has waited, so
// the committee knows whom to call; and the conditional pledges that lapse if the application
// is rejected. Read from the pledges through the (campaign, status) index: only intents and
// open conditional pledges are touched.
import { and, asc, desc, eq, inArray, min, sql } from "drizzle-orm";
import { pledges, sponsors } from "../../db/schema";
import { addDays, daysBetween } from "../domain/dates";
import type { Reader } from "../../db/open";

/** Waiting-time bands, in days since the intent was logged. */
export const AGE_BANDS = [
  { band: "week", maxDays: 7 },
  { band: "month", maxDays: 30 },
  { band: "quarter", maxDays: 90 },
  { band: "older", maxDays: null },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]["band"];

export function readPipeline(db: Reader, campaignId: number, today: string, limit: number) {
  const intents = and(eq(pledges.campaignId, campaignId), eq(pledges.status, "intent"));
  const intentCents = sql<number>`sum(${pledges.amountCents})`;
  const oldest = min(pledges.pledgedAt);
  const bySponsor = db
    .select({
      sponsorId: pledges.sponsorId,
      name: sponsors.name,
      kind: sponsors.kind,
      country: sponsors.country,
      intentCents,
      pledgeCount: sql<number>`count(*)`,
      oldestPledgedAt: sql<string>`${oldest}`,
      conditional: sql<number>`max(${pledges.conditional})`,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(intents)
    .groupBy(pledges.sponsorId)
    .orderBy(asc(oldest), desc(intentCents), asc(pledges.sponsorId))
    .all();

  const band = sql<string>`case ${sql.join(
    AGE_BANDS.flatMap((b) =>
      b.maxDays === null ? [] : [sql`when ${pledges.pledgedAt} >= ${addDays(today, -b.maxDays)} then ${b.band}`],
    ),
    sql` `,
  )} else 'older' end`;
  const bands = db
    .select({ band, cents: sql<number>`sum(${pledges.amountCents})`, pledgeCount: sql<number>`count(*)` })
    .from(pledges)
    .where(intents)
    .groupBy(band)
    .all();

  const conditional = db
    .select({
      pledgeId: pledges.id,
      sponsorId: pledges.sponsorId,
      name: sponsors.name,
      amountCents: pledges.amountCents,
      status: pledges.status,
      pledgedAt: pledges.pledgedAt,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        inArray(pledges.status, ["intent", "confirmed"]),
        eq(pledges.conditional, true),
      ),
    )
    .orderBy(desc(pledges.amountCents), asc(pledges.id))
    .all();

  return {
    asOf: today,
    intentCents: bySponsor.reduce((sum, s) => sum + s.intentCents, 0),
    pledgeCount: bySponsor.reduce((sum, s) => sum + s.pledgeCount, 0),
    sponsorCount: bySponsor.length,
    ages: AGE_BANDS.map(({ band: name }) => {
      const row = bands.find((b) => b.band === name);
      return { band: name as AgeBand, cents: row?.cents ?? 0, pledgeCount: row?.pledgeCount ?? 0 };
    }),
    sponsors: bySponsor.slice(0, limit).map((s) => ({
      ...s,
      conditional: s.conditional === 1,
      waitingDays: daysBetween(s.oldestPledgedAt, today),
    })),
    conditional: {
      cents: conditional.reduce((sum, p) => sum + p.amountCents, 0),
      bindingCents: conditional.filter((p) => p.status === "confirmed").reduce((sum, p) => sum + p.amountCents, 0),
      pledgeCount: conditional.length,
      pledges: conditional.slice(0, limit),
    },
  };
}

export type Pipeline = ReturnType<typeof readPipeline>;
