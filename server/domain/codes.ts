// The codes of the domain: every status, kind and role a campaign's data can take. The
// database schema (db/schema.ts), the API's inputs and the client all take them from here.

export const APPLICATION_STATUSES = ["collecting", "submitted", "approved", "rejected"] as const;
export const SPONSOR_KINDS = [
  "company",
  "public_body",
  "public_company",
  "research",
  "association",
  "individual",
] as const;
export const LISTINGS = ["hidden", "name", "name_and_amount"] as const;
export const PLEDGE_TYPES = ["cash", "in_kind"] as const;
export const PLEDGE_STATUSES = ["intent", "confirmed", "paid", "withdrawn"] as const;
/** The statuses a pledge may be created in; `withdrawn` is reached by a change. */
export const CREATABLE_STATUSES = ["intent", "confirmed", "paid"] as const;
/**
 * A user's role in one campaign. `funder` is the ministry or its agency: read-only, the overall
 * figures and the drawdown only (access.ts FUNDER_PROCEDURES); a funder account holds no other role.
 */
export const MEMBER_ROLES = ["organiser", "committee", "funder"] as const;
export const EVENT_KINDS = ["created", "status", "payment", "update", "undo"] as const;
/** The UI languages a user may choose; null in `users.locale` means not chosen yet. */
export const USER_LOCALES = ["de", "en"] as const;
/** What a personal API token may do: `read` calls queries only; `write` also mutations (but no credentials). */
export const API_TOKEN_SCOPES = ["read", "write"] as const;
/** How an organiser was in touch with a sponsor (sponsor.logContact). */
export const CONTACT_CHANNELS = ["phone", "email", "meeting", "letter"] as const;
/** How long a new API token lives: days, by default and at most (at least one). */
export const API_TOKEN_DAYS = { default: 90, max: 365 } as const;
/** What may be attached to a pledge, as sniffed from the bytes (never the declared type alone). */
export const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type SponsorKind = (typeof SPONSOR_KINDS)[number];
export type Listing = (typeof LISTINGS)[number];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export type PledgeType = (typeof PLEDGE_TYPES)[number];
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export type CreatableStatus = (typeof CREATABLE_STATUSES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type UserLocale = (typeof USER_LOCALES)[number];
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
/** A staff member's role in one campaign; admins have it in every campaign. */
export type CampaignRole = "admin" | MemberRole;

/** The public bodies and the companies they hold stakes in: public money (rule max_public_share). */
export const PUBLIC_KINDS: readonly SponsorKind[] = ["public_body", "public_company"];
/** Binding pledges count toward eligibility. */
export const BINDING_STATUSES: readonly PledgeStatus[] = ["confirmed", "paid"];

export function isBinding(status: PledgeStatus): boolean {
  return BINDING_STATUSES.includes(status);
}

/** What an e-mail of the outbox is about, and where it stands. */
export const MAIL_KINDS = [
  "access_link",
  "confirmation",
  "thanks",
  "intent_reminder",
  "installment_reminder",
  "overdue_reminder",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_STATUSES = ["queued", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The reminder steps (campaign.reminders): an intent not confirmed after N days (to its owner),
 * an installment due in N days and one overdue by N days (to the sponsor's contact).
 */
export const REMINDER_STEPS = ["intent", "before_due", "overdue"] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/** Money in (issue 17). A pledge is a donation, or sponsoring: paid for an agreed advertising service, with VAT. */
export const CONTRIBUTIONS = ["donation", "sponsoring"] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

/**
 * Where a credit read from a bank statement stands: booked at once by its reference
 * (`booked`), waiting for staff with a likely pledge (`suggested`) or none (`unmatched`),
 * assigned to a pledge by staff (`assigned`), or marked as not the campaign's (`dismissed`).
 */
export const BANK_ENTRY_STATES = ["booked", "suggested", "unmatched", "assigned", "dismissed"] as const;
export type BankEntryState = (typeof BANK_ENTRY_STATES)[number];

/** Issued documents: a donation receipt per payment, a collective one per sponsor and year, an invoice for sponsoring. */
export const DOCUMENT_KINDS = ["receipt", "collective_receipt", "invoice"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The state's share: a call for funds (Mittelabruf) and money received. */
export const STATE_PAYMENT_KINDS = ["call", "receipt"] as const;
export type StatePaymentKind = (typeof STATE_PAYMENT_KINDS)[number];
