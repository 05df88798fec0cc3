// What each code is called, in German and English: one table for the client's screens, the
// spreadsheet exports (German Excel gets the German word) and the import (which reads a code
// or its German word). The API itself sends codes only.
import type { ApplicationStatus, CampaignRole, Listing, PledgeStatus, PledgeType, SponsorKind } from "./codes";

export type LabelLocale = "de" | "en";
type Labels<C extends string> = Record<C, Record<LabelLocale, string>>;

const sponsorKind: Labels<SponsorKind> = {
  company: { de: "Unternehmen", en: "Company" },
  public_body: { de: "Öffentliche Hand", en: "Public body" },
  public_company: { de: "Kommunales Unternehmen", en: "Public company" },
  research: { de: "Wissenschaft", en: "Research" },
  association: { de: "Verband", en: "Association" },
  individual: { de: "Privatperson", en: "Individual" },
};

const pledgeStatus: Labels<PledgeStatus> = {
  intent: { de: "Absicht", en: "Intent" },
  confirmed: { de: "Zugesagt", en: "Confirmed" },
  paid: { de: "Bezahlt", en: "Paid" },
  withdrawn: { de: "Zurückgezogen", en: "Withdrawn" },
};

const pledgeType: Labels<PledgeType> = {
  cash: { de: "Geld", en: "Cash" },
  in_kind: { de: "Sachleistung", en: "In kind" },
};

const applicationStatus: Labels<ApplicationStatus> = {
  collecting: { de: "Sammelphase", en: "Collecting" },
  submitted: { de: "Antrag eingereicht", en: "Application submitted" },
  approved: { de: "Antrag bewilligt", en: "Application approved" },
  rejected: { de: "Antrag abgelehnt", en: "Application rejected" },
};

const listing: Labels<Listing> = {
  hidden: { de: "Nicht öffentlich", en: "Not public" },
  name: { de: "Nur Name", en: "Name only" },
  name_and_amount: { de: "Name und Betrag", en: "Name and amount" },
};

const role: Labels<CampaignRole | "sponsor"> = {
  admin: { de: "Administration", en: "Admin" },
  organiser: { de: "Organisation", en: "Organiser" },
  committee: { de: "Lenkungskreis", en: "Steering committee" },
  funder: { de: "Fördergeber", en: "Funder" },
  sponsor: { de: "Sponsor", en: "Sponsor" },
};

/**
 * A sponsor's membership type is free text, but the hub's two memberships (DOMAIN.md: sponsor
 * and user memberships) are stored as these codes, as the demo and earlier entries have them.
 */
export const MEMBERSHIP_CODES = ["sponsor", "user"] as const;
export type MembershipCode = (typeof MEMBERSHIP_CODES)[number];

const membershipType: Labels<MembershipCode> = {
  sponsor: { de: "Fördermitglied", en: "Sponsoring member" },
  user: { de: "Nutzermitglied", en: "User member" },
};

export const CODE_LABELS = { sponsorKind, pledgeStatus, pledgeType, applicationStatus, listing, role, membershipType };
type Groups = typeof CODE_LABELS;

/** "pledgeStatus.intent", "sponsorKind.company" …: the keys the client's catalogue gives these words. */
export type CodeMessageKey = { [G in keyof Groups]: `${G}.${keyof Groups[G] & string}` }[keyof Groups];

/** Every code's word in one language, keyed as the client's catalogue keys them. */
export function codeMessages(locale: LabelLocale): Record<CodeMessageKey, string> {
  const out: Record<string, string> = {};
  for (const [group, labels] of Object.entries(CODE_LABELS)) {
    for (const [code, words] of Object.entries(labels as Labels<string>)) out[`${group}.${code}`] = words[locale];
  }
  return out as Record<CodeMessageKey, string>;
}

/** One group's words in one language: {company: "Unternehmen", …}. */
export function labelsIn<G extends keyof Groups>(
  group: G,
  locale: LabelLocale,
): Record<keyof Groups[G] & string, string> {
  const labels = CODE_LABELS[group] as Labels<keyof Groups[G] & string>;
  return Object.fromEntries(
    Object.entries(labels).map(([code, words]) => [code, (words as Record<LabelLocale, string>)[locale]]),
  ) as Record<keyof Groups[G] & string, string>;
}
