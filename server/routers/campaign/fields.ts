// A campaign's settings as clients send them, shared by create and update, and how they are stored.
import { z } from "zod";
import { windowFits, WINDOW_MESSAGE } from "../../domain/campaign";
import { APPLICATION_STATUSES } from "../../domain/codes";
import { EXEMPTION_KINDS } from "../../domain/exemption";
import { ratioToHundredths } from "../../domain/match";
import { isHolidayRegion } from "../../calendar/workingDays";
import type { CampaignColumns } from "../../ledger/ledger";
import { businessDate, cents, email, id, nullableText, shortText, version } from "../inputs";
import { REFERENCE_PREFIX, REFERENCE_PREFIX_MESSAGE } from "../../domain/reference";
import { MAX_AMOUNT_CENTS } from "../../domain/money";
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
const matchRatio = z.number().positive().max(100).refine(twoDecimals, { message: "At most two decimals" });
const percentTwoDecimals = z.number().min(0).max(100).refine(twoDecimals, { message: "At most two decimals" });
const rules = z.object({
  minSponsors: z.int().min(1).max(100_000).nullable().optional(),
  maxPublicSharePercent: percentTwoDecimals.nullable().optional(),
});

const bankAccount = z.object({
  // The GiroCode's beneficiary name has at most 70 characters (EPC069-12).
  holder: shortText(70),
  iban: z
    .string()
    .transform((text) => electronicFormatIBAN(text) ?? "")
    .refine((iban) => isValidIBAN(iban), { message: "Expected a valid IBAN, such as DE89 3704 0044 0532 0130 00" }),
  bic: z
    .string()
    .trim()
    .toUpperCase()
    .refine((bic) => isValidBIC(bic), { message: "Expected a valid BIC, such as COBADEFFXXX" })
    .nullable()
    .optional(),
});
const sender = z.object({
  name: shortText(),
  address: shortText(500),
  contactName: nullableText(200),
  contactEmail: email.nullable().optional(),
  logoAttachmentId: id.nullable().optional(),
});
const reminderDays = z.int().min(1).max(365).nullable().optional();
const reminders = z.object({
  intentAfterDays: reminderDays,
  installmentBeforeDays: reminderDays,
  overdueAfterDays: reminderDays,
});

/**
 * The legal body that issues receipts and invoices (letters/documentFacts.ts Issuer). A
 * Freistellungsbescheid names its last assessment period (the receipt prints it); receipts
 * need the tax number and invoices the tax number or the VAT id, which issuing checks.
 */
const exemption = z
  .object({
    kind: z.enum(EXEMPTION_KINDS),
    taxOffice: shortText(100),
    date: businessDate,
    period: shortText(50).optional(),
  })
  .refine((e) => e.kind !== "freistellungsbescheid" || e.period !== undefined, {
    path: ["period"],
    message: "A Freistellungsbescheid names its last assessment period, such as 2023",
  });
const issuer = z
  .object({
    legalName: shortText(200),
    address: shortText(500),
    taxNumber: shortText(40).optional(),
    vatId: shortText(20).optional(),
    exemption,
    /** As it follows "Förderung": "der Wissenschaft und Forschung". */
    purpose: shortText(300),
    /** As the object of "Wir fördern nach unserer Satzung" (§ 60a variant): "die Wissenschaft und Forschung". */
    purposeAsObject: shortText(300).optional(),
    signatory: shortText(200),
    /** Where documents are signed: "Aachen". */
    place: shortText(100).optional(),
  })
  .refine((i) => i.taxNumber !== undefined || i.vatId !== undefined, {
    path: ["taxNumber"],
    message: "Give the tax number (receipts need it) or the VAT id",
  });

const campaignFields = {
  name: shortText(),
  region: z.string().trim().max(200).optional(),
  targetCents: cents,
  matchCapCents: cents,
  deadline: businessDate,
  windowStart: businessDate.optional(),
  matchRatio: matchRatio.optional(),
  matchStart: businessDate.optional(),
  matchYears: z.int().min(1).max(10).optional(),
  inKindSharePercent: z.int().min(0).max(100).optional(),
  rules: rules.optional(),
  holidayRegion: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isHolidayRegion, { message: "Expected a country and state whose holidays are known, such as DE-NW" })
    .optional(),
  referencePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(REFERENCE_PREFIX, { message: REFERENCE_PREFIX_MESSAGE })
    .optional(),
  bankAccount: bankAccount.nullable().optional(),
  sender: sender.nullable().optional(),
  reminders: reminders.optional(),
  /** Null clears it: no receipt or invoice can be issued then. */
  issuer: issuer.nullable().optional(),
};
const windowBeforeDeadline = (c: { windowStart?: string; deadline?: string }) => windowFits(c.windowStart, c.deadline);
const windowMessage = { path: ["windowStart"], message: WINDOW_MESSAGE };

export const createCampaignInput = z.object(campaignFields).refine(windowBeforeDeadline, windowMessage);
export const updateCampaignInput = z
  .object({
    campaignId: id,
    expectedVersion: version,
    ...z.object(campaignFields).partial().shape,
    applicationStatus: z.enum(APPLICATION_STATUSES).optional(),
    applicationStatusAt: businessDate.optional(),
    publicPage: z.boolean().optional(),
    // The state's grant, recorded on approval (null clears it), and the share held back until the proof of use.
    grantCents: z.int().min(0).max(MAX_AMOUNT_CENTS).nullable().optional(),
    retentionPercent: z.int().min(0).max(100).optional(),
  })
  .refine(windowBeforeDeadline, windowMessage);

type Fields = Partial<z.infer<typeof createCampaignInput>>;

/** Campaign columns from create/update fields; only the fields given are set. */
export function columnsOf(input: Fields): Partial<CampaignColumns> {
  const {
    matchRatio: ratio,
    rules: r,
    region,
    windowStart,
    bankAccount: bank,
    sender: from,
    reminders: days,
    ...plain
  } = input;
  const out: Partial<CampaignColumns> = { ...plain };
  if (bank !== undefined) {
    out.bankHolder = bank?.holder ?? null;
    out.bankIban = bank?.iban ?? null;
    out.bankBic = bank?.bic ?? null;
  }
  if (from !== undefined) {
    out.senderName = from?.name ?? null;
    out.senderAddress = from?.address ?? null;
    out.senderContactName = from?.contactName || null;
    out.senderContactEmail = from?.contactEmail ?? null;
    out.senderLogoAttachmentId = from?.logoAttachmentId ?? null;
  }
  if (days?.intentAfterDays !== undefined) out.reminderIntentAfterDays = days.intentAfterDays;
  if (days?.installmentBeforeDays !== undefined) out.reminderInstallmentBeforeDays = days.installmentBeforeDays;
  if (days?.overdueAfterDays !== undefined) out.reminderOverdueAfterDays = days.overdueAfterDays;
  if (region !== undefined) out.region = region || null;
  if (windowStart !== undefined) out.windowStart = windowStart;
  if (ratio !== undefined) out.matchRatioHundredths = ratioToHundredths(ratio);
  if (r?.minSponsors !== undefined) out.minSponsors = r.minSponsors;
  if (r?.maxPublicSharePercent !== undefined) {
    out.maxPublicShareBasisPoints = r.maxPublicSharePercent === null ? null : Math.round(r.maxPublicSharePercent * 100);
  }
  return out;
}

/** A new campaign's columns: defaults filled in, the match period starting at the deadline unless given. */
export function newCampaignColumns(input: z.infer<typeof createCampaignInput>): CampaignColumns {
  const given = columnsOf(input);
  return {
    name: input.name,
    region: given.region ?? null,
    targetCents: input.targetCents,
    matchRatioHundredths: given.matchRatioHundredths ?? 100,
    matchCapCents: input.matchCapCents,
    matchStart: input.matchStart ?? input.deadline,
    matchYears: input.matchYears ?? 3,
    windowStart: input.windowStart ?? null,
    deadline: input.deadline,
    inKindSharePercent: input.inKindSharePercent ?? 100,
    minSponsors: given.minSponsors ?? null,
    maxPublicShareBasisPoints: given.maxPublicShareBasisPoints ?? null,
    holidayRegion: input.holidayRegion ?? "DE-NW",
    // The setup (prefix, bank account, sender, reminders) as given; absent, it stays unset.
    ...given,
  };
}
