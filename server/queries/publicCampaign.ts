// What the public sees of a campaign whose public page is on: the overall figures, and the
// supporters who consented to be listed (amounts only of those listed with theirs).
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledges, sponsors, type Campaign } from "../../db/schema";
import { BINDING_STATUSES } from "../domain/codes";
import { countedOfPledges } from "../domain/figures";
import { overallSummary } from "../domain/summary";
import { readSummary } from "./summary";

/** The overall summary and the campaign's public facts; no breakdowns. */
export function publicFigures(db: Reader, campaign: Campaign, today: string) {
  const summary = overallSummary(readSummary(db, campaign, today));
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      region: campaign.region,
      applicationStatus: campaign.applicationStatus,
    },
    summary,
  };
}

/** Sponsors with binding pledges that agreed to be named, largest listed amount first. */
export function publicSupporters(db: Reader, campaign: Campaign) {
  const binding = db
    .select({
      sponsorId: pledges.sponsorId,
      name: sponsors.name,
      listing: sponsors.listing,
      status: pledges.status,
      type: pledges.type,
      amountCents: pledges.amountCents,
      contribution: pledges.contribution,
      vatRatePercent: pledges.vatRatePercent,
    })
    .from(pledges)
    .innerJoin(sponsors, eq(sponsors.id, pledges.sponsorId))
    .where(
      and(
        eq(pledges.campaignId, campaign.id),
        inArray(pledges.status, [...BINDING_STATUSES]),
        ne(sponsors.listing, "hidden"),
      ),
    )
    .all();
  const bySponsor = new Map<number, typeof binding>();
  for (const row of binding) bySponsor.set(row.sponsorId, [...(bySponsor.get(row.sponsorId) ?? []), row]);
  return [...bySponsor.values()]
    .map((rows) => ({
      name: rows[0].name,
      // Each sponsor's own consent: its amount only with name_and_amount.
      amountCents: rows[0].listing === "name_and_amount" ? countedOfPledges(rows, campaign.inKindSharePercent) : null,
    }))
    .sort((a, b) => (b.amountCents ?? -1) - (a.amountCents ?? -1) || a.name.localeCompare(b.name, "de"));
}
