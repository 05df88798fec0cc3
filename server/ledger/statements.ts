// The ledger's hot statements, prepared once when the services are built (services.ts).
// Drizzle otherwise builds each query and better-sqlite3 prepares it anew on every call,
// which cost about three times the write itself (profiled on an import). SQLite has one
// connection here, so statements prepared on the database run inside every transaction too.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/open";
import {
  campaigns,
  dailyFigures,
  dailySponsorCounts,
  figureLog,
  installments,
  payments,
  pledgeEvents,
  pledges,
  scheduleDeltas,
  scheduleLog,
  sponsorCountLog,
  sponsorDailyBinding,
  sponsorPresence,
  sponsors,
} from "../../db/schema";
import { TIMELINE_COLUMNS } from "../queries/timelineColumns";
import { prepareImportStatements } from "./importStatements";
import { prepareReferenceStatements } from "./references";

const p = <N extends string>(name: N) => sql.placeholder(name);

export function prepareLedgerStatements(db: Db) {
  return {
    sponsorOf: db
      .select()
      .from(sponsors)
      .where(
        and(eq(sponsors.id, p("sponsorId")), eq(sponsors.campaignId, p("campaignId")), isNull(sponsors.mergedIntoId)),
      )
      .prepare(),
    /** Any sponsor by id, merged ones included: the figures follow where it was merged. */
    sponsorById: db
      .select()
      .from(sponsors)
      .where(eq(sponsors.id, p("sponsorId")))
      .prepare(),
    /** A pledge's events as its replay reads them (domain/pledgeTimeline.ts). */
    eventsOf: db
      .select(TIMELINE_COLUMNS)
      .from(pledgeEvents)
      .where(eq(pledgeEvents.pledgeId, p("pledgeId")))
      .orderBy(asc(pledgeEvents.id))
      .prepare(),
    campaign: db
      .select()
      .from(campaigns)
      .where(eq(campaigns.id, p("campaignId")))
      .prepare(),
    byIdempotencyKey: db
      .select()
      .from(pledges)
      .where(and(eq(pledges.campaignId, p("campaignId")), eq(pledges.idempotencyKey, p("idempotencyKey"))))
      .prepare(),
    insertPledge: db
      .insert(pledges)
      .values({
        campaignId: p("campaignId"),
        sponsorId: p("sponsorId"),
        amountCents: p("amountCents"),
        receivedCents: p("receivedCents"),
        type: p("type"),
        status: p("status"),
        pledgedAt: p("pledgedAt"),
        lastEventAt: p("pledgedAt"),
        conditional: p("conditional"),
        description: p("description"),
        raisedBySponsorId: p("raisedBySponsorId"),
        raisedByName: p("raisedByName"),
        note: p("note"),
        idempotencyKey: p("idempotencyKey"),
        idempotencyHash: p("idempotencyHash"),
        createdAt: p("createdAt"),
        createdBy: p("createdBy"),
        reference: p("reference"),
        overdueFrom: p("overdueFrom"),
        contribution: p("contribution"),
        vatRatePercent: p("vatRatePercent"),
        waivesReimbursement: p("waivesReimbursement"),
      })
      .returning()
      .prepare(),
    imports: prepareImportStatements(db.$client),
    references: prepareReferenceStatements(db.$client),
    insertPayment: db
      .insert(payments)
      .values({
        campaignId: p("campaignId"),
        pledgeId: p("pledgeId"),
        amountCents: p("amountCents"),
        paidAt: p("paidAt"),
        reversesPaymentId: p("reversesPaymentId"),
        createdAt: p("createdAt"),
        createdBy: p("createdBy"),
      })
      .returning()
      .prepare(),
    insertEvent: db
      .insert(pledgeEvents)
      .values({
        campaignId: p("campaignId"),
        pledgeId: p("pledgeId"),
        kind: p("kind"),
        at: p("at"),
        userId: p("userId"),
        createdAt: p("createdAt"),
        statusBefore: p("statusBefore"),
        statusAfter: p("statusAfter"),
        amountBeforeCents: p("amountBeforeCents"),
        amountAfterCents: p("amountAfterCents"),
        typeBefore: p("typeBefore"),
        typeAfter: p("typeAfter"),
        receivedBeforeCents: p("receivedBeforeCents"),
        receivedAfterCents: p("receivedAfterCents"),
        paymentId: p("paymentId"),
        reason: p("reason"),
        changes: p("changes"),
        undoesEventId: p("undoesEventId"),
      })
      .prepare(),
    addToDay: db
      .insert(dailyFigures)
      .values({
        campaignId: p("campaignId"),
        day: p("day"),
        status: p("status"),
        type: p("type"),
        sponsorKind: p("sponsorKind"),
        country: p("country"),
        amountCents: p("amountCents"),
        pledgeCount: p("pledgeCount"),
        receivedCents: p("receivedCents"),
        vatCents: p("vatCents"),
        receivedVatCents: p("receivedVatCents"),
      })
      .onConflictDoUpdate({
        target: [
          dailyFigures.campaignId,
          dailyFigures.day,
          dailyFigures.status,
          dailyFigures.type,
          dailyFigures.sponsorKind,
          dailyFigures.country,
        ],
        set: {
          amountCents: sql`${dailyFigures.amountCents} + excluded.amount_cents`,
          pledgeCount: sql`${dailyFigures.pledgeCount} + excluded.pledge_count`,
          receivedCents: sql`${dailyFigures.receivedCents} + excluded.received_cents`,
          vatCents: sql`${dailyFigures.vatCents} + excluded.vat_cents`,
          receivedVatCents: sql`${dailyFigures.receivedVatCents} + excluded.received_vat_cents`,
        },
      })
      .prepare(),
    addSponsorBinding: db
      .insert(sponsorDailyBinding)
      .values({
        campaignId: p("campaignId"),
        sponsorId: p("sponsorId"),
        day: p("day"),
        bindingCount: p("delta"),
      })
      .onConflictDoUpdate({
        target: [sponsorDailyBinding.campaignId, sponsorDailyBinding.sponsorId, sponsorDailyBinding.day],
        set: { bindingCount: sql`${sponsorDailyBinding.bindingCount} + excluded.binding_count` },
      })
      .prepare(),
    sponsorBindingDays: db
      .select({ day: sponsorDailyBinding.day, bindingCount: sponsorDailyBinding.bindingCount })
      .from(sponsorDailyBinding)
      .where(
        and(eq(sponsorDailyBinding.campaignId, p("campaignId")), eq(sponsorDailyBinding.sponsorId, p("sponsorId"))),
      )
      .orderBy(asc(sponsorDailyBinding.day))
      .prepare(),
    presence: db
      .select({ day: sponsorPresence.day, delta: sponsorPresence.delta })
      .from(sponsorPresence)
      .where(and(eq(sponsorPresence.campaignId, p("campaignId")), eq(sponsorPresence.sponsorId, p("sponsorId"))))
      .prepare(),
    clearPresence: db
      .delete(sponsorPresence)
      .where(and(eq(sponsorPresence.campaignId, p("campaignId")), eq(sponsorPresence.sponsorId, p("sponsorId"))))
      .prepare(),
    insertPresence: db
      .insert(sponsorPresence)
      .values({ campaignId: p("campaignId"), sponsorId: p("sponsorId"), day: p("day"), delta: p("delta") })
      .prepare(),
    addSponsorCount: db
      .insert(dailySponsorCounts)
      .values({
        campaignId: p("campaignId"),
        day: p("day"),
        sponsorKind: p("sponsorKind"),
        country: p("country"),
        delta: p("delta"),
      })
      .onConflictDoUpdate({
        target: [
          dailySponsorCounts.campaignId,
          dailySponsorCounts.day,
          dailySponsorCounts.sponsorKind,
          dailySponsorCounts.country,
        ],
        set: { delta: sql`${dailySponsorCounts.delta} + excluded.delta` },
      })
      .prepare(),
    plan: db
      .select({ number: installments.number, dueOn: installments.dueOn, amountCents: installments.amountCents })
      .from(installments)
      .where(eq(installments.pledgeId, p("pledgeId")))
      .orderBy(asc(installments.number))
      .prepare(),
    clearPlan: db
      .delete(installments)
      .where(eq(installments.pledgeId, p("pledgeId")))
      .prepare(),
    insertInstallment: db
      .insert(installments)
      .values({
        pledgeId: p("pledgeId"),
        number: p("number"),
        dueOn: p("dueOn"),
        amountCents: p("amountCents"),
      })
      .prepare(),
    addScheduleDelta: db
      .insert(scheduleDeltas)
      .values({
        campaignId: p("campaignId"),
        day: p("day"),
        year: p("year"),
        cents: p("cents"),
        vatCents: p("vatCents"),
      })
      .onConflictDoUpdate({
        target: [scheduleDeltas.campaignId, scheduleDeltas.day, scheduleDeltas.year],
        set: {
          cents: sql`${scheduleDeltas.cents} + excluded.cents`,
          vatCents: sql`${scheduleDeltas.vatCents} + excluded.vat_cents`,
        },
      })
      .prepare(),
    logFigures: db
      .insert(figureLog)
      .values({
        campaignId: p("campaignId"),
        recordedAt: p("recordedAt"),
        late: p("late"),
        day: p("day"),
        status: p("status"),
        type: p("type"),
        sponsorKind: p("sponsorKind"),
        country: p("country"),
        amountCents: p("amountCents"),
        pledgeCount: p("pledgeCount"),
        receivedCents: p("receivedCents"),
        vatCents: p("vatCents"),
        receivedVatCents: p("receivedVatCents"),
      })
      .prepare(),
    logSponsorCount: db
      .insert(sponsorCountLog)
      .values({
        campaignId: p("campaignId"),
        recordedAt: p("recordedAt"),
        late: p("late"),
        day: p("day"),
        sponsorKind: p("sponsorKind"),
        country: p("country"),
        delta: p("delta"),
      })
      .prepare(),
    logSchedule: db
      .insert(scheduleLog)
      .values({
        campaignId: p("campaignId"),
        recordedAt: p("recordedAt"),
        late: p("late"),
        day: p("day"),
        year: p("year"),
        cents: p("cents"),
        vatCents: p("vatCents"),
      })
      .prepare(),
  };
}

export type LedgerStatements = ReturnType<typeof prepareLedgerStatements>;
