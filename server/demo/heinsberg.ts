// The second demo campaign runs now, relative to today: four weeks into its window, about
// 60% of its target at a steady pace, so its projection is live. It shows that the app is
// not Aachen-only: its own target, rules (at least 15 sponsors, at most 30% public money)
// and an in-kind share of 50%. Framing and sponsors are invented.
import type { campaigns } from "../../db/schema";
import { addDays } from "../domain/dates";
import { association, company, individual, publicBody, publicCompany, research } from "./define";
import { bindingCountedCents, planPledges, type PlannedPledge, type SponsorSpec } from "./plan";
import type { Random } from "./random";
import { curveThrough } from "./trajectory";

const IN_KIND_SHARE = 50;
const DAYS_RUNNING = 28;
const DAYS_LEFT = 45;

const heinsbergSponsors: SponsorSpec[] = [
  company("Selfkant Logistik GmbH", "DE", "Logistik", 25_000, { listing: "name" }),
  company("Hückelhovener Antriebstechnik GmbH", "DE", "Antriebstechnik", 25_000),
  company("Heinsberger Kunststofftechnik GmbH", "DE", "Kunststoffverarbeitung", 20_000, { listing: "name_and_amount" }),
  publicCompany("Stadtwerke Rurniederung GmbH", "DE", "Energie", 20_000, { listing: "name" }),
  company("Erkelenzer Softwarewerkstatt GmbH", "DE", "Software", 15_000, { membershipType: "user" }),
  company("Roerdal Data B.V.", "NL", "Rechenzentren", 15_000),
  company("Selfkant Solarpark GmbH", "DE", "Erneuerbare Energien", 15_000),
  publicCompany("Sparkasse Westzipfel", "DE", "Finanzen", 15_000, { listing: "name" }),
  company("Gangelter Medizintechnik GmbH", "DE", "Medizintechnik", 12_500, {
    conditional: true,
    note: "Vorbehaltlich der Förderzusage",
  }),
  company("Grenzland IT-Service GmbH", "DE", "IT-Dienstleistungen", 10_000),
  company("Wassenberger Agrartechnik KG", "DE", "Agrartechnik", 10_000),
  publicBody("Zweckverband Breitband Westzipfel", "DE", "Öffentliche Verwaltung", 10_000, {
    listing: "name_and_amount",
  }),
  company("Übach-Palenberger Elektronik GmbH", "DE", "Elektronik", 7_500),
  company("Effelder Werkzeugtechnik GmbH", "DE", "Werkzeugbau", 7_500),
  company("Oberbrucher Bau GmbH", "DE", "Bau", 5_000),
  company("Waldfeuchter Holzbau GmbH", "DE", "Handwerk", 5_000),
  company("Maaskant Advies B.V.", "NL", "Beratung", 5_000, { membershipType: "user" }),
  research("Hochschule Rur-Maas", "DE", "Hochschule", 20_000, {
    type: "in_kind",
    description: "Studierendenprojekte und Laborzeit",
    listing: "name",
  }),
  company("Heinsberger Druckhaus GmbH", "DE", "Druck", 8_000, {
    type: "in_kind",
    description: "Druck von Flyern und Plakaten",
  }),
  association("Technologie-Treff Heinsberg e.V.", "DE", "Netzwerk", 3_000),
  association("Unternehmerinnen-Netzwerk Kreis Heinsberg e.V.", "DE", "Netzwerk", 2_500, { listing: "name" }),
  individual("Dr. Elke Franzen", "DE", undefined, 2_000),
  company("Roerstreek Techniek B.V.", "NL", "Maschinenbau", 10_000, { outcome: "intent" }),
  company("Autohaus am Westzipfel GmbH", "DE", "Autohandel", 5_000, { outcome: "intent" }),
  association("Bürgerenergie Rurniederung eG", "DE", "Energie", 4_000, { outcome: "intent" }),
  company("Birgelener Mühle GmbH", "DE", "Lebensmittel", 3_000, { outcome: "intent", note: "Rückruf vereinbart" }),
];

export function heinsbergCampaign(today: string, createdAt: number) {
  const deadline = addDays(today, DAYS_LEFT);
  return {
    name: "Digitale Modellregion Kreis Heinsberg",
    region: "Kreis Heinsberg",
    targetCents: 40_000_000,
    matchRatioHundredths: 100,
    matchCapCents: 40_000_000,
    matchStart: deadline,
    matchYears: 3,
    windowStart: addDays(today, -DAYS_RUNNING),
    deadline,
    applicationStatus: "collecting",
    inKindSharePercent: IN_KIND_SHARE,
    minSponsors: 15,
    maxPublicShareBasisPoints: 3000,
    createdAt,
  } satisfies typeof campaigns.$inferInsert;
}

export const heinsbergLogins = [
  {
    role: "organiser",
    email: "organisation@heinsberg.example",
    password: "demo-organiser",
    name: "Organisation Modellregion Heinsberg",
  },
] as const;

export function planHeinsberg(rng: Random, today: string): PlannedPledge[] {
  const windowStart = addDays(today, -DAYS_RUNNING);
  const total = bindingCountedCents(heinsbergSponsors, today, IN_KIND_SHARE);
  return planPledges(heinsbergSponsors, {
    rng,
    windowStart,
    curve: curveThrough([
      { day: addDays(windowStart, -1), cents: 0 },
      { day: today, cents: total },
    ]),
    inKindSharePercent: IN_KIND_SHARE,
    directShare: 0.3,
    maxLagDays: 7,
    openIntents: { from: addDays(today, -9), to: today },
  });
}
