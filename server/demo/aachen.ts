// The Aachen demo campaign as it ran in 2016: a six-week window to the bid on 1 June,
// the Funding-Barometer's milestones (€188k after a week, €1M by 19 May, €1.5M from about
// 100 sponsors on 1 June), then yearly installments paid from June 2016 on.
import type { campaigns } from "../../db/schema";
import { aachenSponsors } from "./aachenSponsors";
import { addPayments } from "./payments";
import { bindingCountedCents, planPledges, type PlannedPledge } from "./plan";
import type { Random } from "./random";
import { curveThrough } from "./trajectory";

const WINDOW_START = "2016-04-20";
const DEADLINE = "2016-06-01";
const IN_KIND_SHARE = 100;
/** Ascension, Whit Monday and Corpus Christi 2016: public holidays in NRW. */
const HOLIDAYS = ["2016-05-05", "2016-05-16", "2016-05-26"];

export const aachenCampaign = {
  name: "Aachen digitalisiert",
  region: "StädteRegion Aachen",
  targetCents: 150_000_000,
  matchRatioHundredths: 100,
  matchCapCents: 150_000_000,
  matchStart: DEADLINE,
  matchYears: 3,
  windowStart: WINDOW_START,
  deadline: DEADLINE,
  applicationStatus: "submitted",
  inKindSharePercent: IN_KIND_SHARE,
  // The 2016 campaign showed its progress publicly (the Funding-Barometer).
  publicPage: true,
  referencePrefix: "AD",
  // An invented association; the IBAN is the well-known example one, no real account.
  bankHolder: "Digitale Region Aachen e.V.",
  bankIban: "DE89370400440532013000",
  bankBic: "COBADEFFXXX",
  senderName: "Digitale Region Aachen e.V.",
  senderAddress: "Theaterplatz 1\n52062 Aachen",
  senderContactName: "Organisation Aachen digitalisiert",
  senderContactEmail: "organisation@aachen-digitalisiert.example",
  createdAt: Date.parse("2016-04-12T08:00:00Z"),
} satisfies typeof campaigns.$inferInsert;

export const aachenLogins = [
  {
    role: "organiser",
    email: "organisation@aachen-digitalisiert.example",
    password: "demo-organiser",
    name: "Organisation Aachen digitalisiert",
  },
  {
    role: "committee",
    email: "lenkungskreis@aachen-digitalisiert.example",
    password: "demo-lenkungskreis",
    name: "Lenkungskreis Aachen digitalisiert",
  },
] as const;

export function planAachen(rng: Random): PlannedPledge[] {
  const total = bindingCountedCents(aachenSponsors, DEADLINE, IN_KIND_SHARE);
  const curve = curveThrough(
    [
      { day: "2016-04-19", cents: 0 },
      { day: WINDOW_START, cents: 11_000_000 }, // the kick-off: Dreiländer Datentechnik's €100k and a few more
      { day: "2016-04-27", cents: 18_800_000 },
      { day: "2016-05-04", cents: 40_000_000 },
      { day: "2016-05-11", cents: 64_000_000 },
      { day: "2016-05-19", cents: 100_000_000 },
      { day: "2016-05-26", cents: 126_000_000 },
      { day: DEADLINE, cents: total },
    ],
    HOLIDAYS,
  );
  const plans = planPledges(aachenSponsors, {
    rng,
    windowStart: WINDOW_START,
    curve,
    inKindSharePercent: IN_KIND_SHARE,
    directShare: 0.25,
    maxLagDays: 10,
    openIntents: { from: "2016-05-09", to: "2016-05-31" },
  });
  addPayments(plans, { rng, matchStart: DEADLINE, matchYears: 3, smallCents: 250_000 });
  return plans;
}
