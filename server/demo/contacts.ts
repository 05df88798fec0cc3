// Invented contact persons for demo sponsors, with addresses under the reserved .example
// domain so no demo mail can reach anyone.
import type { Random } from "./random";

const NAMES: Record<string, { first: string[]; last: string[] }> = {
  DE: {
    first: [
      "Anna",
      "Stefan",
      "Claudia",
      "Markus",
      "Julia",
      "Thomas",
      "Katrin",
      "Michael",
      "Sandra",
      "Andreas",
      "Petra",
      "Frank",
      "Nicole",
      "Jens",
      "Birgit",
      "Christian",
      "Sarah",
      "Ralf",
      "Monika",
      "Tobias",
    ],
    last: [
      "Schmitz",
      "Offermanns",
      "Lennartz",
      "Kreutzer",
      "Hermanns",
      "Jansen",
      "Classen",
      "Wirtz",
      "Frings",
      "Königs",
      "Nießen",
      "Kohnen",
      "Dohmen",
      "Bongartz",
      "Esser",
      "Mertens",
      "Pauly",
      "Heinen",
      "Lambertz",
      "Vossen",
    ],
  },
  NL: {
    first: ["Sanne", "Joris", "Femke", "Bram", "Lotte", "Ruud", "Marieke", "Sjoerd"],
    last: ["Janssen", "Peeters", "Hendriks", "Smeets", "Vleugels", "Coenen", "Bemelmans", "Ramakers"],
  },
  BE: {
    first: ["Luc", "Nathalie", "Bernd", "Sophie", "Marc", "Chantal", "Dirk", "Isabelle"],
    last: ["Kessler", "Mathieu", "Dethier", "Lejeune", "Gennen", "Kever", "Piront", "Radermecker"],
  },
};

const LEGAL_FORMS =
  /\b(gmbh|mbh|ag|kg|ug|se|b\.?v\.?|sa|srl|sprl|sas|s\.?à r\.?l\.?|vog|e\.?v\.?|ggmbh|mbb|haftungsbeschränkt)\b/g;

/** Lower-case ASCII, legal forms dropped: "Maasvallei Software B.V." → "maasvallei-software". */
function domainOf(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(LEGAL_FORMS, " ")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  return ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

const asciiOf = (word: string) => domainOf(word).replace(/-/g, "");

export function contactFor(
  rng: Random,
  sponsorName: string,
  country: string,
): { contactName: string; contactEmail: string } {
  const pool = NAMES[country] ?? NAMES.BE;
  const first = rng.pick(pool.first);
  const last = rng.pick(pool.last);
  return {
    contactName: `${first} ${last}`,
    contactEmail: `${asciiOf(first)}.${asciiOf(last)}@${domainOf(sponsorName)}.example`,
  };
}
