// What a letter about a pledge needs: its campaign (sender, bank account), its sponsor
// (name, postal address) and its installments with what is paid of each.
import { eq } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { campaigns, sponsors, type Campaign, type Pledge, type Sponsor } from "../../db/schema";
import { notFound } from "../domain/errors";
import { allocatePayments, type Installment } from "../domain/schedule";
import { readSchedule } from "./schedules";

export interface LetterFacts {
  campaign: Campaign;
  sponsor: Sponsor;
  pledge: Pledge;
  installments: Installment[];
  /** The letter's date, a Berlin calendar day. */
  today: string;
}

/** The pledge's letter facts as of `today`; the pledge was already checked for the reader. */
export function readLetterFacts(db: Reader, pledge: Pledge, today: string): LetterFacts {
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, pledge.campaignId)).get();
  const sponsor = db.select().from(sponsors).where(eq(sponsors.id, pledge.sponsorId)).get();
  if (!campaign || !sponsor) throw notFound("pledge");
  const schedule = readSchedule(db, pledge, campaign);
  const installments = allocatePayments(schedule, pledge.receivedCents, today, pledge.status === "confirmed");
  return { campaign, sponsor, pledge, installments, today };
}
