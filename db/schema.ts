// The database: campaigns, sponsors, the pledge ledger and its append-only events,
// per-day figures maintained with every event, users, memberships and sessions.
// Money is integer cents, business dates are 'YYYY-MM-DD' text, instants are integer
// milliseconds UTC.
import { relations, sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Issuer } from "../server/letters/documentFacts";
import {
  API_TOKEN_SCOPES,
  APPLICATION_STATUSES,
  ATTACHMENT_TYPES,
  BANK_ENTRY_STATES,
  CONTACT_CHANNELS,
  CONTRIBUTIONS,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  LISTINGS,
  MAIL_KINDS,
  MAIL_STATUSES,
  MEMBER_ROLES,
  PLEDGE_STATUSES,
  PLEDGE_TYPES,
  REMINDER_STEPS,
  SPONSOR_KINDS,
  STATE_PAYMENT_KINDS,
  USER_LOCALES,
} from "../server/domain/codes";

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    region: text("region"),
    targetCents: integer("target_cents").notNull(),
    /** Match ratio in hundredths: 100 = 1:1, 150 = 1:1.5. Kept integer so the match is exact. */
    matchRatioHundredths: integer("match_ratio_hundredths").notNull().default(100),
    matchCapCents: integer("match_cap_cents").notNull(),
    matchStart: text("match_start").notNull(),
    matchYears: integer("match_years").notNull().default(3),
    windowStart: text("window_start"),
    deadline: text("deadline").notNull(),
    applicationStatus: text("application_status", { enum: APPLICATION_STATUSES }).notNull().default("collecting"),
    /** The business day the application reached its status (null: since the campaign began). */
    applicationStatusAt: text("application_status_at"),
    inKindSharePercent: integer("in_kind_share_percent").notNull().default(100),
    /** Optional rule: at least this many sponsors with binding pledges. */
    minSponsors: integer("min_sponsors"),
    /** Optional rule: public money at most this share, in basis points (2500 = 25.00%). */
    maxPublicShareBasisPoints: integer("max_public_share_basis_points"),
    publicPage: integer("public_page", { mode: "boolean" }).notNull().default(false),
    /** Whose public holidays are not working days for the needed pace: ISO 3166 country and state. */
    holidayRegion: text("holiday_region").notNull().default("DE-NW"),
    /** 2–6 capital letters, unique across campaigns: the start of every pledge's reference (AD-0042). */
    referencePrefix: text("reference_prefix"),
    /** The number of the campaign's latest pledge reference; the next pledge takes the one after. */
    lastReferenceNumber: integer("last_reference_number").notNull().default(0),
    /** The account pledges are paid into (letters, GiroCode, bank statements). */
    bankHolder: text("bank_holder"),
    bankIban: text("bank_iban"),
    bankBic: text("bank_bic"),
    /** Who letters come from. */
    senderName: text("sender_name"),
    senderAddress: text("sender_address"),
    senderContactName: text("sender_contact_name"),
    senderContactEmail: text("sender_contact_email"),
    senderLogoAttachmentId: integer("sender_logo_attachment_id"),
    /** Reminder days; null: that reminder is off. */
    reminderIntentAfterDays: integer("reminder_intent_after_days"),
    reminderInstallmentBeforeDays: integer("reminder_installment_before_days"),
    reminderOverdueAfterDays: integer("reminder_overdue_after_days"),
    /** The legal body that issues receipts and invoices (null: none can be issued yet). */
    issuer: text("issuer", { mode: "json" }).$type<Issuer>(),
    /** The state's grant as approved (null: not approved yet); drawn down against own funds received. */
    grantCents: integer("grant_cents"),
    /** Share of the grant held back until the proof of use, in whole percent. */
    retentionPercent: integer("retention_percent").notNull().default(10),
    /** The latest number of each document series; the next document takes the one after, never reused. */
    lastReceiptNumber: integer("last_receipt_number").notNull().default(0),
    lastInvoiceNumber: integer("last_invoice_number").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("campaigns_reference_prefix").on(t.referencePrefix)],
);

/**
 * Append-only: each change of a campaign's terms (target, rules, match, in-kind share,
 * application status) as the fields it set, JSON, with the business day from which they hold
 * and when it was recorded. A past day is judged by the terms it had (as known at a time).
 */
export const campaignSettings = sqliteTable(
  "campaign_settings",
  {
    id: integer("id").primaryKey(),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    fromDay: text("from_day").notNull(),
    recordedAt: integer("recorded_at").notNull(),
    terms: text("terms").notNull(),
  },
  (t) => [index("campaign_settings_campaign").on(t.campaignId, t.fromDay, t.id)],
);

export const sponsors = sqliteTable(
  "sponsors",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    name: text("name").notNull(),
    /** Lower-cased, spacing folded: how sponsors are matched by name. */
    nameKey: text("name_key").notNull(),
    kind: text("kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    sector: text("sector"),
    vatId: text("vat_id"),
    membershipType: text("membership_type"),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    listing: text("listing", { enum: LISTINGS }).notNull().default("hidden"),
    notes: text("notes"),
    /** Postal address, lines separated by newlines (letters). */
    address: text("address"),
    /** The staff user who follows the sponsor up, and when they are next to get in touch. */
    ownerUserId: integer("owner_user_id").references(() => users.id),
    nextContactOn: text("next_contact_on"),
    /** When the sponsor asked, through its link, to get no payment reminders; null: it gets them. */
    remindersOptedOutAt: integer("reminders_opted_out_at"),
    /** Set when merged into another sponsor: its pledges moved there; the row stays for history. */
    mergedIntoId: integer("merged_into_id"),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("sponsors_campaign_name").on(t.campaignId, t.nameKey)],
);

export const pledges = sqliteTable(
  "pledges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    amountCents: integer("amount_cents").notNull(),
    /** Sum of recorded payments, kept with every payment so "outstanding" needs no scan. */
    receivedCents: integer("received_cents").notNull().default(0),
    type: text("type", { enum: PLEDGE_TYPES }).notNull(),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    pledgedAt: text("pledged_at").notNull(),
    /** Business date of the latest event: no later change may be dated before it. */
    lastEventAt: text("last_event_at").notNull(),
    conditional: integer("conditional", { mode: "boolean" }).notNull().default(false),
    description: text("description"),
    raisedBySponsorId: integer("raised_by_sponsor_id").references(() => sponsors.id),
    raisedByName: text("raised_by_name"),
    note: text("note"),
    idempotencyKey: text("idempotency_key"),
    /** Fingerprint of the create input, to tell a replay from a reused key. */
    idempotencyHash: text("idempotency_hash"),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    /** Short and stable, e.g. AD-0042: the campaign's prefix and number (payment reference). */
    reference: text("reference"),
    /**
     * The first due date by which the installments due exceed what was received (null: all
     * covered); kept with every change of plan or payment. A confirmed pledge is overdue from
     * the day after it (domain/overdue.ts), so "overdue today" needs no look at the plans.
     */
    overdueFrom: text("overdue_from"),
    /** A donation, or sponsoring (an agreed advertising service): its amount is gross, and only the net counts. */
    contribution: text("contribution", { enum: CONTRIBUTIONS }).notNull().default("donation"),
    /** Sponsoring's VAT rate in percent (19 or 7); null for a donation. */
    vatRatePercent: integer("vat_rate_percent"),
    /**
     * A donation made by waiving a claim to reimbursed expenses (Aufwandsspende): its receipts
     * tick "Verzicht auf Erstattung von Aufwendungen: Ja". Cash donations only.
     */
    waivesReimbursement: integer("waives_reimbursement", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("pledges_idempotency").on(t.campaignId, t.idempotencyKey),
    uniqueIndex("pledges_reference").on(t.reference),
    index("pledges_campaign_id").on(t.campaignId, t.id),
    index("pledges_campaign_status").on(t.campaignId, t.status, t.id),
    // Keyset pages for the list's sort orders (amount, pledge date) at 100,000 pledges.
    index("pledges_campaign_amount").on(t.campaignId, t.amountCents, t.id),
    index("pledges_campaign_pledged").on(t.campaignId, t.pledgedAt, t.id),
    index("pledges_sponsor").on(t.sponsorId),
    // The overdue pledges of a campaign as one index range: the list's "overdue" page.
    index("pledges_campaign_overdue")
      .on(t.campaignId, t.overdueFrom, t.id)
      .where(sql`${t.status} = 'confirmed' and ${t.overdueFrom} is not null`),
  ],
);

export const payments = sqliteTable(
  "payments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    amountCents: integer("amount_cents").notNull(),
    paidAt: text("paid_at").notNull(),
    /** An undone payment is never deleted: a reversal row with the negative amount refers to it. */
    reversesPaymentId: integer("reverses_payment_id"),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [index("payments_pledge").on(t.pledgeId)],
);

/**
 * Append-only: one row per change of a pledge's money or status. Each row carries the
 * pledge's figures before and after, its business date and who entered it when, so any
 * past day can be rebuilt from the events alone.
 */
export const pledgeEvents = sqliteTable(
  "pledge_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    at: text("at").notNull(),
    userId: integer("user_id").references(() => users.id),
    createdAt: integer("created_at").notNull(),
    statusBefore: text("status_before", { enum: PLEDGE_STATUSES }),
    statusAfter: text("status_after", { enum: PLEDGE_STATUSES }).notNull(),
    amountBeforeCents: integer("amount_before_cents"),
    amountAfterCents: integer("amount_after_cents").notNull(),
    typeBefore: text("type_before", { enum: PLEDGE_TYPES }),
    typeAfter: text("type_after", { enum: PLEDGE_TYPES }).notNull(),
    receivedBeforeCents: integer("received_before_cents").notNull().default(0),
    receivedAfterCents: integer("received_after_cents").notNull().default(0),
    paymentId: integer("payment_id").references(() => payments.id),
    reason: text("reason"),
    /** Other fields an edit changed, as JSON {field: [before, after]} (schedule included). */
    changes: text("changes"),
    /** For an undo: the event it reverses. */
    undoesEventId: integer("undoes_event_id"),
  },
  (t) => [
    index("pledge_events_pledge").on(t.pledgeId, t.id),
    index("pledge_events_campaign_at").on(t.campaignId, t.at),
  ],
);

/**
 * A pledge's installments over the match period; they always sum to the pledge's amount.
 * What is paid of each follows from the pledge's received cents, oldest installment first.
 */
export const installments = sqliteTable(
  "installments",
  {
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    number: integer("number").notNull(),
    dueOn: text("due_on").notNull(),
    amountCents: integer("amount_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pledgeId, t.number] })],
);

/**
 * Per-campaign, per-day deltas of pledge money by status, type, sponsor kind and country,
 * written in the same transaction as each event. Summing the rows up to a day gives that
 * day's figures in O(days × buckets), whatever the number of pledges.
 */
export const dailyFigures = sqliteTable(
  "daily_figures",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    day: text("day").notNull(),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    type: text("type", { enum: PLEDGE_TYPES }).notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    amountCents: integer("amount_cents").notNull().default(0),
    pledgeCount: integer("pledge_count").notNull().default(0),
    receivedCents: integer("received_cents").notNull().default(0),
    /** The VAT in amount_cents and received_cents: sponsoring counts its net (domain/vat.ts). */
    vatCents: integer("vat_cents").notNull().default(0),
    receivedVatCents: integer("received_vat_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day, t.status, t.type, t.sponsorKind, t.country] })],
);

/** Per-sponsor, per-day delta of its binding pledges: sponsors counted on any day. */
export const sponsorDailyBinding = sqliteTable(
  "sponsor_daily_binding",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    day: text("day").notNull(),
    bindingCount: integer("binding_count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.sponsorId, t.day] })],
);

/**
 * All-time sums of daily_figures per bucket, kept by triggers on daily_figures (migration
 * 0007). Today's figures are these totals minus any later-dated rows: a read of a few hundred
 * rows, whatever the number of pledges or days.
 */
export const figureTotals = sqliteTable(
  "figure_totals",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    type: text("type", { enum: PLEDGE_TYPES }).notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    amountCents: integer("amount_cents").notNull().default(0),
    pledgeCount: integer("pledge_count").notNull().default(0),
    receivedCents: integer("received_cents").notNull().default(0),
    vatCents: integer("vat_cents").notNull().default(0),
    receivedVatCents: integer("received_vat_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.status, t.type, t.sponsorKind, t.country] })],
);

/**
 * Each sponsor's pledges as they stand today, by status: kept by triggers on pledges
 * (migration 0017) in the writing transaction. A name search sums the matching sponsors'
 * rows instead of their pledges (pledge.list totals).
 */
export const sponsorTotals = sqliteTable(
  "sponsor_totals",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    pledgeCount: integer("pledge_count").notNull().default(0),
    amountCents: integer("amount_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sponsorId, t.status] })],
);

/**
 * Which sponsors' names, kind, country, merge or totals changed, in order: written by triggers on
 * sponsors and sponsor_totals (migration 0023). A process that keeps a campaign's sponsors in
 * memory for name-search totals (queries/sponsorDirectory.ts) re-reads only the sponsors
 * changed since the last change it saw. Pruned by trigger to the last 100,000 changes; a
 * reader that fell further behind reloads. No foreign key: a deleted sponsor's change stays.
 */
export const sponsorChanges = sqliteTable(
  "sponsor_changes",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id").notNull(),
    sponsorId: integer("sponsor_id").notNull(),
  },
  (t) => [index("sponsor_changes_campaign_seq").on(t.campaignId, t.seq)],
);

/**
 * The confirmed pledges by the day they fall overdue after (pledges.overdue_from), sponsor
 * kind and country: kept by triggers on pledges and sponsors (migration 0017). Overdue on a
 * day = the rows before it: O(due dates), whatever the number of pledges.
 */
export const overdueTotals = sqliteTable(
  "overdue_totals",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    day: text("day").notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    pledgeCount: integer("pledge_count").notNull().default(0),
    amountCents: integer("amount_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day, t.sponsorKind, t.country] })],
);

/**
 * Present (one row) only inside an import's transaction: the insert trigger on pledges then
 * leaves sponsor_totals and overdue_totals alone, and the import adds its rows' sums to both
 * in one statement each (ledger/importTotals.ts) instead of two upserts per row (migration
 * 0018). SQLite has one writer, so no other write runs while the row exists.
 */
export const bulkPledgeInsert = sqliteTable("bulk_pledge_insert", {
  id: integer("id").primaryKey(),
});

/**
 * Per day and type: the change of binding cents and the cents received, kept by triggers on
 * daily_figures (migration 0007). The cumulative timeline and the money received per year
 * read one row per day and type.
 */
export const dailyTotals = sqliteTable(
  "daily_totals",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    day: text("day").notNull(),
    type: text("type", { enum: PLEDGE_TYPES }).notNull(),
    bindingCents: integer("binding_cents").notNull().default(0),
    receivedCents: integer("received_cents").notNull().default(0),
    /** The VAT in binding_cents and received_cents (sponsoring). */
    bindingVatCents: integer("binding_vat_cents").notNull().default(0),
    receivedVatCents: integer("received_vat_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day, t.type] })],
);

/** The days on which a sponsor starts (+1) or stops (−1) having a binding pledge. */
export const sponsorPresence = sqliteTable(
  "sponsor_presence",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    day: text("day").notNull(),
    delta: integer("delta").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.sponsorId, t.day] })],
);

/** Sponsors starting or stopping to count, per day, sponsor kind and country. */
export const dailySponsorCounts = sqliteTable(
  "daily_sponsor_counts",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    day: text("day").notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    delta: integer("delta").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day, t.sponsorKind, t.country] })],
);

/** All-time sums of daily_sponsor_counts, kept by triggers (migration 0007). */
export const sponsorCountTotals = sqliteTable(
  "sponsor_count_totals",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    sponsorCount: integer("sponsor_count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.sponsorKind, t.country] })],
);

/**
 * The installments of binding pledges by due year, as deltas dated on the business day the
 * plan changed (a pledge confirmed, withdrawn, re-scheduled): the cash flow on any day.
 */
export const scheduleDeltas = sqliteTable(
  "schedule_deltas",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    day: text("day").notNull(),
    year: integer("year").notNull(),
    cents: integer("cents").notNull().default(0),
    /** The VAT in `cents` (sponsoring installments). */
    vatCents: integer("vat_cents").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day, t.year] })],
);

/**
 * Append-only: every change of daily_figures with the time it was recorded. The figures as
 * known at T are today's minus the rows recorded after T, so a past report can be reproduced
 * exactly after later corrections (`knownAt`). `late` marks a change recorded after its
 * business day: only late rows can matter for days before the day of T, so a read scans the
 * (few) late rows recorded after T and the on-time rows of the days from T's day to `asOf`.
 */
export const figureLog = sqliteTable(
  "figure_log",
  {
    id: integer("id").primaryKey(),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    recordedAt: integer("recorded_at").notNull(),
    late: integer("late", { mode: "boolean" }).notNull(),
    day: text("day").notNull(),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    type: text("type", { enum: PLEDGE_TYPES }).notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    amountCents: integer("amount_cents").notNull(),
    pledgeCount: integer("pledge_count").notNull(),
    receivedCents: integer("received_cents").notNull(),
    vatCents: integer("vat_cents").notNull().default(0),
    receivedVatCents: integer("received_vat_cents").notNull().default(0),
  },
  (t) => [
    // Covering: a read of the rows recorded after a time touches the index alone.
    index("figure_log_late")
      .on(
        t.campaignId,
        t.recordedAt,
        t.day,
        t.status,
        t.type,
        t.sponsorKind,
        t.country,
        t.amountCents,
        t.pledgeCount,
        t.receivedCents,
        t.vatCents,
        t.receivedVatCents,
      )
      .where(sql`${t.late} = 1`),
    index("figure_log_on_time")
      .on(
        t.campaignId,
        t.day,
        t.recordedAt,
        t.status,
        t.type,
        t.sponsorKind,
        t.country,
        t.amountCents,
        t.pledgeCount,
        t.receivedCents,
        t.vatCents,
        t.receivedVatCents,
      )
      .where(sql`${t.late} = 0`),
  ],
);

/**
 * Campaigns whose figures a migration asked to rebuild from their events: a new figure column
 * that rows written before it cannot carry (the VAT of sponsoring, migration 0021). Start-up
 * rebuilds each (ledger/rebuild.ts) and deletes its row, in one transaction.
 */
export const pendingFigureRebuilds = sqliteTable("pending_figure_rebuilds", {
  campaignId: integer("campaign_id")
    .primaryKey()
    .references(() => campaigns.id),
});

/** Append-only: every change of daily_sponsor_counts with the time it was recorded (see figure_log). */
export const sponsorCountLog = sqliteTable(
  "sponsor_count_log",
  {
    id: integer("id").primaryKey(),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    recordedAt: integer("recorded_at").notNull(),
    late: integer("late", { mode: "boolean" }).notNull(),
    day: text("day").notNull(),
    sponsorKind: text("sponsor_kind", { enum: SPONSOR_KINDS }).notNull(),
    country: text("country").notNull(),
    delta: integer("delta").notNull(),
  },
  (t) => [
    index("sponsor_count_log_late")
      .on(t.campaignId, t.recordedAt, t.day, t.sponsorKind, t.country, t.delta)
      .where(sql`${t.late} = 1`),
    index("sponsor_count_log_on_time")
      .on(t.campaignId, t.day, t.recordedAt, t.sponsorKind, t.country, t.delta)
      .where(sql`${t.late} = 0`),
  ],
);

/** Append-only: every change of schedule_deltas with the time it was recorded (see figure_log). */
export const scheduleLog = sqliteTable(
  "schedule_log",
  {
    id: integer("id").primaryKey(),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    recordedAt: integer("recorded_at").notNull(),
    late: integer("late", { mode: "boolean" }).notNull(),
    day: text("day").notNull(),
    year: integer("year").notNull(),
    cents: integer("cents").notNull(),
    vatCents: integer("vat_cents").notNull().default(0),
  },
  (t) => [
    index("schedule_log_late")
      .on(t.campaignId, t.recordedAt, t.day, t.year, t.cents, t.vatCents)
      .where(sql`${t.late} = 1`),
    index("schedule_log_on_time")
      .on(t.campaignId, t.day, t.recordedAt, t.year, t.cents, t.vatCents)
      .where(sql`${t.late} = 0`),
  ],
);

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  disabledAt: integer("disabled_at"),
  createdAt: integer("created_at").notNull(),
  locale: text("locale", { enum: USER_LOCALES }),
});

export const memberships = sqliteTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    role: text("role", { enum: MEMBER_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.campaignId] })],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** A sponsor's magic link: only the token's SHA-256 is stored; a new link revokes the old. */
export const sponsorAccessLinks = sqliteTable(
  "sponsor_access_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [index("sponsor_access_links_sponsor").on(t.sponsorId)],
);

/** A sponsor signed in through a link: sees its own data and the campaign's totals. */
export const sponsorSessions = sqliteTable(
  "sponsor_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    linkId: integer("link_id")
      .notNull()
      .references(() => sponsorAccessLinks.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sponsor_sessions_sponsor").on(t.sponsorId)],
);

/** Personal API tokens for organisers' scripts (`Authorization: Bearer`), stored hashed. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
    /** `read`: queries only; `write`: queries and mutations, except credentials (access.ts). */
    scope: text("scope", { enum: API_TOKEN_SCOPES }).notNull().default("write"),
    /** Refused from this instant on, like a revoked token. */
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("api_tokens_user").on(t.userId)],
);

/**
 * Files attached to a pledge (the signed commitment). The bytes live in the attachments
 * folder under `storedName`, a random name; `filename` is only what the uploader called it,
 * tidied for display. A removal marks the row and keeps it and the file, for the history.
 */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    filename: text("filename").notNull(),
    contentType: text("content_type", { enum: ATTACHMENT_TYPES }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Hex SHA-256 of the bytes: what was uploaded can be checked against the file later. */
    sha256: text("sha256").notNull(),
    storedName: text("stored_name").notNull().unique(),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    removedAt: integer("removed_at"),
    removedBy: integer("removed_by").references(() => users.id),
  },
  (t) => [index("attachments_pledge").on(t.pledgeId, t.id)],
);

export const AUDIT_ACTIONS = [
  "login",
  "login_failed",
  "logout",
  "user_created",
  "role_changed",
  "user_disabled",
  "user_enabled",
  "password_reset",
  "password_changed",
  "api_token_created",
  "api_token_revoked",
  "sponsor_link_created",
  "sponsor_link_mail_queued",
  "sponsor_links_revoked",
  "sponsor_link_opened",
  "sponsor_link_refused",
  "listing_changed",
  "reminders_changed",
  "contact_exported",
  "contact_erased",
  "attachment_uploaded",
  "attachment_removed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what to access and personal data, and when. Append-only; no passwords or tokens. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    createdAt: integer("created_at").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    /** The acting user, or null for a sponsor or an anonymous attempt. */
    userId: integer("user_id").references(() => users.id),
    sponsorId: integer("sponsor_id").references(() => sponsors.id),
    campaignId: integer("campaign_id").references(() => campaigns.id),
    /** The user acted upon (role changes, resets). */
    subjectUserId: integer("subject_user_id").references(() => users.id),
    ip: text("ip"),
    detail: text("detail"),
  },
  (t) => [index("audit_log_created").on(t.createdAt)],
);

export const campaignsRelations = relations(campaigns, ({ many }) => ({
  sponsors: many(sponsors),
  pledges: many(pledges),
  memberships: many(memberships),
}));
export const sponsorsRelations = relations(sponsors, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [sponsors.campaignId], references: [campaigns.id] }),
  pledges: many(pledges),
}));
export const pledgesRelations = relations(pledges, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [pledges.campaignId], references: [campaigns.id] }),
  sponsor: one(sponsors, { fields: [pledges.sponsorId], references: [sponsors.id] }),
  payments: many(payments),
  events: many(pledgeEvents),
}));
export const paymentsRelations = relations(payments, ({ one }) => ({
  pledge: one(pledges, { fields: [payments.pledgeId], references: [pledges.id] }),
}));
export const pledgeEventsRelations = relations(pledgeEvents, ({ one }) => ({
  pledge: one(pledges, { fields: [pledgeEvents.pledgeId], references: [pledges.id] }),
}));
export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
  sessions: many(sessions),
}));
export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  campaign: one(campaigns, { fields: [memberships.campaignId], references: [campaigns.id] }),
}));

export type Campaign = typeof campaigns.$inferSelect;
export type Sponsor = typeof sponsors.$inferSelect;
export type Pledge = typeof pledges.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type InstallmentRow = typeof installments.$inferSelect;
export type PledgeEvent = typeof pledgeEvents.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type SponsorAccessLink = typeof sponsorAccessLinks.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;

/** Append-only: each time an organiser was in touch with a sponsor (sponsor.logContact). */
export const sponsorContacts = sqliteTable(
  "sponsor_contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    /** The business day of the contact. */
    at: text("at").notNull(),
    channel: text("channel", { enum: CONTACT_CHANNELS }).notNull(),
    note: text("note"),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [index("sponsor_contacts_sponsor").on(t.sponsorId, t.at)],
);

export type SponsorContact = typeof sponsorContacts.$inferSelect;

/**
 * Every e-mail goes through here first, written in the transaction of the change that caused
 * it; the sender (server/mail/sender.ts) sends what is due. An access-link mail keeps the
 * link's id, never its token: the link is made when the mail is sent, and `body` holds a
 * placeholder where the link goes.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id").references(() => sponsors.id),
    kind: text("kind", { enum: MAIL_KINDS }).notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    accessLinkId: integer("access_link_id").references(() => sponsorAccessLinks.id),
    /** The pledge a confirmation, thank-you or reminder is about (its letter is attached when sent). */
    pledgeId: integer("pledge_id").references(() => pledges.id),
    /** The language of the attached letter. */
    locale: text("locale", { enum: USER_LOCALES }),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    sentAt: integer("sent_at"),
  },
  (t) => [index("mail_outbox_due").on(t.status, t.nextAttemptAt), index("mail_outbox_campaign").on(t.campaignId, t.id)],
);

export type MailMessage = typeof mailOutbox.$inferSelect;

/**
 * One row per reminder queued: the unique key makes "never twice for the same installment and
 * step" a property of the database, written in the transaction that queues the mail. The
 * intent step uses installment 0 and the pledge's date; a re-scheduled installment (new due
 * date) is a new installment.
 */
export const reminderLog = sqliteTable(
  "reminder_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    step: text("step", { enum: REMINDER_STEPS }).notNull(),
    installmentNumber: integer("installment_number").notNull(),
    dueOn: text("due_on").notNull(),
    mailId: integer("mail_id").references(() => mailOutbox.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("reminder_log_once").on(t.pledgeId, t.step, t.installmentNumber, t.dueOn)],
);

export type ReminderLogRow = typeof reminderLog.$inferSelect;

/**
 * Credits read from bank statements (payment.importStatement), one per transaction. The
 * dedupe key (server/bank/entry.ts) is unique per campaign, so a statement imported again, or
 * one overlapping an earlier, adds nothing. An entry booked or assigned names its payment.
 */
export const bankEntries = sqliteTable(
  "bank_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    dedupeKey: text("dedupe_key").notNull(),
    /** The file it was read from (a ZIP's part as "statements.zip/…"). */
    fileName: text("file_name").notNull(),
    /** The statement's own account as the file names it. */
    account: text("account"),
    bookedOn: text("booked_on").notNull(),
    valueOn: text("value_on"),
    amountCents: integer("amount_cents").notNull(),
    remittance: text("remittance").notNull(),
    counterpartyName: text("counterparty_name"),
    counterpartyIban: text("counterparty_iban"),
    bankRef: text("bank_ref"),
    state: text("state", { enum: BANK_ENTRY_STATES }).notNull(),
    /** The pledge it was booked or assigned to, or the one suggested. */
    pledgeId: integer("pledge_id").references(() => pledges.id),
    /** Why it waits for staff instead of being booked (a code of server/bank/matching.ts). */
    reason: text("reason"),
    paymentId: integer("payment_id").references(() => payments.id),
    importedAt: integer("imported_at").notNull(),
    importedBy: integer("imported_by").references(() => users.id),
    resolvedAt: integer("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("bank_entries_dedupe").on(t.campaignId, t.dedupeKey),
    index("bank_entries_state").on(t.campaignId, t.state, t.bookedOn),
    index("bank_entries_iban").on(t.campaignId, t.counterpartyIban),
    index("bank_entries_payment").on(t.paymentId),
  ],
);

export type BankEntryRow = typeof bankEntries.$inferSelect;

/**
 * Issued receipts and invoices, kept as issued: the facts they were made of and the PDF.
 * A correction is a new document that names the one it cancels. Numbers run per campaign and
 * series (receipts, invoices) and are never reused.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    sponsorId: integer("sponsor_id")
      .notNull()
      .references(() => sponsors.id),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    /** As printed, e.g. "ZB-2026-0007" or "RE-2026-0012". */
    number: text("number").notNull(),
    /** A collective receipt's calendar year. */
    year: integer("year"),
    amountCents: integer("amount_cents").notNull(),
    issuedOn: text("issued_on").notNull(),
    /** The facts the document was made of (letters/documentFacts.ts), as JSON. */
    facts: text("facts", { mode: "json" }).notNull(),
    pdf: blob("pdf", { mode: "buffer" }).notNull(),
    cancelsDocumentId: integer("cancels_document_id"),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("documents_number").on(t.campaignId, t.number),
    index("documents_sponsor").on(t.sponsorId, t.id),
    uniqueIndex("documents_cancels").on(t.cancelsDocumentId),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;

/**
 * Which payments a document covers. A payment is on one live receipt at most (per payment or
 * collective, never both): the partial unique index holds it; cancelling a document releases
 * its payments for the correction.
 */
export const documentPayments = sqliteTable(
  "document_payments",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id),
    paymentId: integer("payment_id")
      .notNull()
      .references(() => payments.id),
    releasedAt: integer("released_at"),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.paymentId] }),
    uniqueIndex("document_payments_live").on(t.paymentId).where(sql`${t.releasedAt} is null`),
  ],
);

/**
 * Why, when and by whom an issued document was cancelled: one row per cancelled document, with
 * the correction that replaced it (a Stornorechnung, or a corrected receipt), or none when no
 * payment of it stands any more. The document itself is never changed.
 */
export const documentCancellations = sqliteTable("document_cancellations", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id),
  campaignId: integer("campaign_id")
    .notNull()
    .references(() => campaigns.id),
  reason: text("reason").notNull(),
  correctionDocumentId: integer("correction_document_id").references(() => documents.id),
  cancelledAt: integer("cancelled_at").notNull(),
  cancelledBy: integer("cancelled_by").references(() => users.id),
});

/** The state's share: calls for funds and money received, each on its business day. */
export const statePayments = sqliteTable(
  "state_payments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    kind: text("kind", { enum: STATE_PAYMENT_KINDS }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    /** When it was called, or received. */
    on: text("on").notNull(),
    note: text("note"),
    createdAt: integer("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [index("state_payments_campaign").on(t.campaignId, t.kind, t.on)],
);

export type StatePaymentRow = typeof statePayments.$inferSelect;
