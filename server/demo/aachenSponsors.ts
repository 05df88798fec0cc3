// The Aachen demo's sponsors: invented companies, institutes, associations and people from
// the Dreiländereck (no real company is shown with an amount it never pledged). Only the
// StädteRegion Aachen is real, with the €15,000 the 2016 press reported; the companies it
// holds stakes in are invented, their pledges summing to the reported "over €250,000".
// Amounts in euros; dates only where the story fixes them, the rest follow the curve.
import { association, company, individual, publicBody, publicCompany, research } from "./define";
import type { SponsorSpec } from "./plan";

export const STAEDTEREGION = "StädteRegion Aachen";
const viaRegion = { raisedBy: STAEDTEREGION, note: "Eingeworben über die StädteRegion (Beteiligungsgesellschaften)" };
const ifApproved = { conditional: true, note: "Vorbehaltlich der Förderzusage des Landes NRW" };
const viaSteering = { raisedByName: "Dr. Katrin Hoffmann (Lenkungskreis)" };

export const aachenSponsors: SponsorSpec[] = [
  publicBody(STAEDTEREGION, "DE", "Öffentliche Verwaltung", 15_000, {
    listing: "name_and_amount",
    pledgedAt: "2016-04-20",
    confirmedAt: "2016-04-26",
    note: "5.000 € pro Jahr über drei Jahre",
    payments: [
      { paidAt: "2016-07-15", euros: 5_000 },
      { paidAt: "2017-07-14", euros: 5_000 },
    ],
  }),
  publicCompany("Energieversorgung Aachener Land GmbH", "DE", "Energie", 75_000, {
    ...viaRegion,
    listing: "name",
    pledgedAt: "2016-05-02",
    confirmedAt: "2016-05-13",
  }),
  publicCompany("Sparkasse Dreiländereck", "DE", "Finanzen", 60_000, {
    ...viaRegion,
    listing: "name_and_amount",
    pledgedAt: "2016-05-02",
    confirmedAt: "2016-05-18",
  }),
  publicCompany("Regionalverkehr Aachen GmbH", "DE", "Verkehr", 30_000, {
    ...viaRegion,
    pledgedAt: "2016-05-03",
    confirmedAt: "2016-05-11",
  }),
  publicCompany("Technologiezentrum Dreiländereck GmbH", "DE", "Gründerzentrum", 20_000, {
    ...viaRegion,
    listing: "name",
    pledgedAt: "2016-05-03",
    confirmedAt: "2016-05-09",
  }),
  publicCompany("Wohnungsbaugesellschaft Aachener Land mbH", "DE", "Immobilien", 20_000, {
    ...viaRegion,
    pledgedAt: "2016-05-04",
    confirmedAt: "2016-05-19",
  }),
  publicCompany("Standortmarketing Aachener Land GmbH", "DE", "Wirtschaftsförderung", 20_000, {
    ...viaRegion,
    pledgedAt: "2016-05-04",
    confirmedAt: "2016-05-12",
  }),
  publicCompany("Trinkwasser Nordeifel GmbH", "DE", "Wasserversorgung", 15_000, {
    ...viaRegion,
    pledgedAt: "2016-05-06",
    confirmedAt: "2016-05-24",
  }),
  publicCompany("Entsorgungsgesellschaft Aachener Land mbH", "DE", "Entsorgung", 15_000, {
    ...viaRegion,
    pledgedAt: "2016-05-06",
    confirmedAt: "2016-05-20",
  }),

  company("Dreiländer Datentechnik GmbH", "DE", "IT-Dienstleistungen", 100_000, {
    listing: "name_and_amount",
    pledgedAt: "2016-04-20",
    note: "Zusage beim Auftakt im Krönungssaal",
  }),
  company("Eifel Cloud Services AG", "DE", "Rechenzentren", 75_000, {
    listing: "name_and_amount",
    pledgedAt: "2016-05-06",
    confirmedAt: "2016-05-12",
    more: [
      {
        euros: 12_000,
        type: "in_kind",
        description: "Rechenkapazität für Prototypen im Innovationslabor",
        pledgedAt: "2016-05-12",
      },
    ],
  }),
  company("Kaiserstadt Maschinenbau AG", "DE", "Maschinenbau", 50_000, {
    listing: "name",
    pledgedAt: "2016-05-09",
    confirmedAt: "2016-05-18",
  }),
  company("Rurtal Automotive Systems GmbH", "DE", "Automobilzulieferer", 50_000, {
    ...ifApproved,
    pledgedAt: "2016-04-28",
    confirmedAt: "2016-05-10",
  }),
  company("Euregio Netzwerke GmbH", "DE", "Telekommunikation", 40_000, {
    listing: "name",
    pledgedAt: "2016-04-25",
    confirmedAt: "2016-05-03",
  }),
  company("Wallonie-Euregio Engineering SA", "BE", "Ingenieurdienstleistungen", 25_000, {
    pledgedAt: "2016-05-17",
    confirmedAt: "2016-05-30",
  }),
  company("Maasvallei Software B.V.", "NL", "Software", 50_000, {
    listing: "name",
    pledgedAt: "2016-05-11",
    confirmedAt: "2016-05-25",
  }),
  company("Dreiländereck Immobilien GmbH", "DE", "Immobilien", 36_000, {
    type: "in_kind",
    description: "Büroräume für das Innovationslabor (drei Jahre mietfrei, 1.000 € im Monat)",
    listing: "name",
  }),
  company("Templergraben Ventures GmbH", "DE", "Beteiligungen", 20_000, { ...ifApproved }),
  company("Parkstad Hightech B.V.", "NL", "Hightech", 25_000, { ...ifApproved }),
  company("Karlsgraben Beratungsgesellschaft mbH", "DE", "Unternehmensberatung", 25_000, viaSteering),
  company("Vennbahn Logistik GmbH", "DE", "Logistik", 15_000),
  company("Tivoli Sensorik GmbH", "DE", "Elektronik", 25_000, { listing: "name" }),
  company("Baesweiler Anlagenbau GmbH", "DE", "Anlagenbau", 15_000),
  company("Aquis Health IT GmbH", "DE", "Gesundheits-IT", 25_000, { listing: "name_and_amount" }),
  company("Aachener Softwaremanufaktur GmbH", "DE", "Software", 25_000, { listing: "name" }),
  company("Carolus Cyber Security GmbH", "DE", "IT-Sicherheit", 15_000, viaSteering),
  company("Meuse Data Systems SA", "BE", "Software", 15_000),
  company("Broichweiden Spezialchemie GmbH", "DE", "Chemie", 10_000),
  company("Schleidener Elektronikfertigung GmbH", "DE", "Elektronikfertigung", 10_000),
  company("Aachener Fördertechnik GmbH", "DE", "Fördertechnik", 10_000),
  company("Mijnstreek Materials B.V.", "NL", "Werkstoffe", 20_000),
  company("Printenstadt Medienhaus GmbH", "DE", "Medien", 15_000, {
    type: "in_kind",
    description: "Medienpartnerschaft: Anzeigen und Berichterstattung",
    listing: "name",
  }),
  company("Lousberg Software GmbH", "DE", "Software", 15_000, { membershipType: "user" }),
  company("Wurmtal Optronik GmbH", "DE", "Optik", 15_000),
  company("Alsdorfer Energietechnik GmbH", "DE", "Energietechnik", 15_000),
  company("Grenzland Robotik GmbH", "DE", "Robotik", 15_000, { listing: "name" }),
  company("Seffent Data Analytics GmbH", "DE", "Datenanalyse", 15_000, { membershipType: "user" }),
  company("Eilendorfer Gießereitechnik GmbH", "DE", "Gießerei", 15_000),
  company("Hansemann Mobility Solutions GmbH", "DE", "Mobilität", 15_000, viaSteering),
  company("Hohes Venn Digital AG", "BE", "IT-Dienstleistungen", 15_000, { ...ifApproved }),
  company("Heuvelland Data B.V.", "NL", "Datenanalyse", 15_000),
  company("Moselle Datacenter S.à r.l.", "LU", "Rechenzentren", 15_000),
  company("Roetgener Werkzeugbau GmbH", "DE", "Werkzeugbau", 12_500),
  company("Rheinland Textilinnovation GmbH", "DE", "Textil", 10_000),
  company("Wurmtal Kunststofftechnik GmbH", "DE", "Kunststoffverarbeitung", 10_000),
  company("Inde Präzisionsteile GmbH", "DE", "Metallverarbeitung", 10_000),
  company("Stolberger Oberflächentechnik GmbH", "DE", "Oberflächentechnik", 10_000),
  company("Eschweiler Industrieservice GmbH", "DE", "Industrieservice", 10_000),
  company("Elisenbrunnen Consulting GmbH", "DE", "IT-Beratung", 10_000, { listing: "name" }),
  company("Westpark Fintech GmbH", "DE", "Finanztechnologie", 10_000, { membershipType: "user" }),
  company("Merkstein Logistikpark GmbH", "DE", "Logistik", 10_000),
  company("Rurtalsperre Wassertechnik GmbH", "DE", "Wassertechnik", 10_000),
  company("Wesertal Elektronik AG", "BE", "Elektronik", 10_000),
  company("Galmei Materials SA", "BE", "Werkstoffe", 10_000),
  company("Anstel Logistiek B.V.", "NL", "Logistik", 10_000),
  company("Nideggen Drohnentechnik GmbH", "DE", "Drohnen", 8_000, { membershipType: "user" }),
  company("Monschauer Feinwerktechnik KG", "DE", "Feinmechanik", 7_500),
  company("Nordeifel Solar GmbH", "DE", "Erneuerbare Energien", 7_500),
  company("Brander Mühle Lebensmittel GmbH", "DE", "Lebensmittel", 7_500),
  company("Geleenbeek Zorg-IT B.V.", "NL", "Gesundheits-IT", 7_500, { membershipType: "user" }),
  company("Kurpark Hotelbetriebe GmbH", "DE", "Hotellerie", 6_000, {
    type: "in_kind",
    description: "Tagungsräume für die Veranstaltungen des Netzwerks",
  }),
  company("Dreiländer Verpackungen GmbH", "DE", "Verpackung", 6_000),
  company("Simmerather Holzbau GmbH", "DE", "Handwerk", 5_000),
  company("Brandt & Partner Rechtsanwälte mbB", "DE", "Rechtsberatung", 5_000),
  company("Öcher Webagentur GmbH", "DE", "Webdesign", 5_000, { membershipType: "user", listing: "name" }),
  company("Kornelimünster Druck & Verlag GmbH", "DE", "Druck", 5_000),
  company("Burtscheider Wärmetechnik GmbH", "DE", "Heizungstechnik", 5_000),
  company("Euregio Personaldienstleistungen GmbH", "DE", "Personaldienstleistungen", 5_000),
  company("Kaiserbad Gesundheitszentrum GmbH", "DE", "Gesundheit", 5_000),
  company("Vaalserberg Consultancy B.V.", "NL", "Beratung", 5_000),
  company("Eifel-Ardennen Holzwerk AG", "BE", "Holzverarbeitung", 5_000),
  company("Pays de Herve Agritech SRL", "BE", "Agrartechnik", 5_000, { membershipType: "user" }),
  company("Ardennes Numérique SAS", "FR", "IT-Dienstleistungen", 5_000),
  company("Euregio Facility Services GmbH", "DE", "Gebäudedienste", 4_200),
  company("Rurauen Planungsbüro GmbH", "DE", "Architektur", 3_500),
  company("Steuerberatung Lenzen & Kollegen", "DE", "Steuerberatung", 3_000),
  company("Haarener Elektro GmbH", "DE", "Elektrohandwerk", 3_000),
  company("Vijlen Print B.V.", "NL", "Druck", 3_000),
  company("Pontstraße Digital UG (haftungsbeschränkt)", "DE", "Startup", 2_500, {
    membershipType: "user",
    listing: "name",
  }),
  company("Atelier Frankenberg GmbH", "DE", "Design", 2_000, { membershipType: "user" }),

  research("Hochschule für Angewandte Digitaltechnik Aachen", "DE", "Hochschule", 15_000, { listing: "name" }),
  research("Rur-Institut für Produktionsinformatik", "DE", "Forschung", 12_000),
  research("Euregio-Institut für Datenwissenschaft e.V.", "DE", "Forschung", 15_000, { listing: "name" }),
  research("Technische Akademie Dreiländereck gGmbH", "DE", "Weiterbildung", 10_000, {
    type: "in_kind",
    description: "Schulungsprogramm Digitalkompetenz (120 Kursplätze)",
  }),
  research("Zentrum für Mensch-Maschine-Interaktion Dreiländereck", "DE", "Forschung", 10_000),
  research("Hogeschool Heuvelland", "NL", "Hochschule", 10_000),
  research("Labor für Additive Fertigung Eifel e.V.", "DE", "Forschung", 9_000, {
    type: "in_kind",
    description: "Zugang zu 3D-Druck-Anlagen für Startups",
  }),
  research("Institut Vesdre de Recherche Numérique", "BE", "Forschung", 7_500),

  association("Unternehmerkreis Aachener Land e.V.", "DE", "Wirtschaftsverband", 10_000, {
    listing: "name_and_amount",
  }),
  association("Verein Digitale Euregio e.V.", "DE", "Netzwerk", 5_000, { listing: "name" }),
  association("IT-Forum Rur e.V.", "DE", "Netzwerk", 5_000),
  association("Handwerksnetz Nordeifel e.V.", "DE", "Handwerk", 3_000),
  association("Gründernetzwerk Kaiserstadt e.V.", "DE", "Gründerförderung", 2_500, { membershipType: "user" }),
  association("Mittelstandsvereinigung Eupen-St. Vith VoG", "BE", "Wirtschaftsverband", 2_500),
  association("Vereniging Digitaal Parkstad", "NL", "Netzwerk", 2_000),

  individual("Prof. Dr. Heinrich Vossen", "DE", undefined, 5_000, { listing: "name" }),
  individual("Dr. Martin Kessler", "DE", undefined, 3_000),
  individual("Sabine Wendland", "DE", undefined, 2_500, { listing: "name_and_amount" }),
  individual("Thomas Offermann", "DE", undefined, 2_000),
  individual("Claudia Meurer", "DE", undefined, 1_500),
  individual("Jan-Willem Dekkers", "NL", undefined, 1_000),

  company("Mariadorf Batterietechnik GmbH", "DE", "Batterietechnik", 25_000, {
    outcome: "intent",
    note: "Entscheidung nach der Aufsichtsratssitzung im Juni",
  }),
  company("Geilenkirchener Systemhaus GmbH", "DE", "IT-Dienstleistungen", 20_000, {
    outcome: "intent",
    note: "Vorstandsbeschluss steht aus",
  }),
  company("Euregio Versicherungsmakler GmbH", "DE", "Versicherungen", 10_000, { outcome: "intent" }),
  company("Brauerei Kornelimünster GmbH", "DE", "Getränke", 5_000, { outcome: "intent" }),
  association("Hohes Venn Tourismus VoG", "BE", "Tourismus", 2_500, { outcome: "intent" }),
  company("Hergenrather Metallbau AG", "BE", "Metallbau", 10_000, {
    outcome: "withdrawn",
    pledgedAt: "2016-05-04",
    withdrawnAt: "2016-05-24",
    reason: "Budget gestrichen",
  }),
  company("Kohlscheid Mikrosysteme GmbH", "DE", "Mikrosystemtechnik", 10_000, {
    pledgedAt: "2016-06-06",
    confirmedAt: "2016-06-14",
    note: "Nach Abgabe des Antrags eingegangen",
  }),
];
