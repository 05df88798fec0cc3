// The ledger: the one way campaign data changes. Every command runs in one transaction that
// writes the rows, appends the events and keeps the per-day figures, and reaches the database
// through the one group-commit writer, so requests that arrive together share a disk sync and
// nobody is answered before their write is durable. Nothing outside server/ledger calls the
// files beside this one.
import type { Db } from "../../db/open";
import type { Campaign, MailMessage, Pledge, Sponsor, SponsorContact } from "../../db/schema";
import type { Listing } from "../domain/codes";
import { checkSource, refusedImport, sizeOf } from "../import/check";
import type { ImportResult, ImportRow } from "../import/types";
import type { ChangeFeed } from "../live/changeFeed";
import type { BankStatement } from "../bank/entry";
import {
  createCampaign,
  updateCampaign,
  type CampaignColumns,
  type CampaignUpdate,
  type NewCampaign,
} from "./campaigns";
import { undoLastChange, updatePledge, type UpdatePledgeInput } from "./corrections";
import { importResult, planImport, writeImportRows, type ImportWritten } from "./import";
import { importInWorker, WORKER_FROM_BYTES, type ImportRequest } from "./importJob";
import {
  createPledge,
  recordPayment,
  setPledgeStatus,
  type AccessCheck,
  type Actor,
  type CreatePledgeInput,
  type RecordPaymentInput,
  type SetStatusInput,
} from "./pledges";
import { logContact, type ContactInput } from "./contacts";
import { importStatement, type StatementOutcome } from "./bankImport";
import { importStatementFile, type StatementRequest } from "./statementJob";
import { assignEntry, dismissEntry } from "./bankReview";
import { storeCancellation, storeIssued } from "./documents";
import type { CancelPlan } from "../queries/cancelPlan";
import type { DocumentPlan, IssueRequest } from "../queries/documentPlan";
import { markMailRefused, markMailSent, queueMail, startMailAttempt, type NewMail } from "./mail";
import { rebuildFigures } from "./rebuild";
import { runPendingRebuilds } from "./pendingRebuilds";
import { queueReminder, setReminders, type ReminderToQueue } from "./reminders";
import { createPledgeWithSponsor } from "./pledgeWithSponsor";
import { assignMissingReferences } from "./references";
import { createSponsor, eraseContact, mergeSponsors, setListing, updateSponsor, type SponsorFields } from "./sponsors";
import { prepareLedgerStatements } from "./statements";
import { recordStatePayment, type StatePaymentInput } from "./statePayments";
import type { Write } from "./tx";
import { GroupCommit } from "./writer";

export type {
  AccessCheck,
  ContactInput,
  Actor,
  CampaignColumns,
  NewCampaign,
  CampaignUpdate,
  CreatePledgeInput,
  ImportRequest,
  ImportWritten,
  NewMail,
  RecordPaymentInput,
  ReminderToQueue,
  SetStatusInput,
  SponsorFields,
  StatePaymentInput,
  UpdatePledgeInput,
};

/** The commands, each running inside the write it is given. */
function commandsOf(w: Write) {
  return {
    createPledge: (actor: Actor, input: CreatePledgeInput): Pledge => createPledge(w, actor, input),
    /** A pledge and its new sponsor, both or neither. */
    createPledgeWithSponsor: (
      actor: Actor,
      input: Omit<CreatePledgeInput, "sponsorId">,
      sponsor: SponsorFields,
    ): Pledge => createPledgeWithSponsor(w, actor, input, sponsor),
    setPledgeStatus: (actor: Actor, input: SetStatusInput, check: AccessCheck): Pledge =>
      setPledgeStatus(w, actor, input, check),
    recordPayment: (actor: Actor, input: RecordPaymentInput, check: AccessCheck): Pledge =>
      recordPayment(w, actor, input, check),
    importStatement: (actor: Actor, campaign: Campaign, statement: BankStatement, dryRun: boolean): StatementOutcome =>
      importStatement(w, actor, campaign, statement, dryRun),
    assignBankEntry: (actor: Actor, input: { entryId: number; pledgeId: number }, check: AccessCheck) =>
      assignEntry(w, actor, input, check),
    dismissBankEntry: (actor: Actor, entryId: number, check: AccessCheck) => dismissEntry(w, actor, entryId, check),
    updatePledge: (actor: Actor, input: UpdatePledgeInput, check: AccessCheck): Pledge =>
      updatePledge(w, actor, input, check),
    undoLastChange: (
      actor: Actor,
      input: { pledgeId: number; expectedVersion: number; reason?: string },
      check: AccessCheck,
    ): Pledge => undoLastChange(w, actor, input, check),
    createSponsor: (actor: Actor, campaignId: number, fields: SponsorFields): Sponsor =>
      createSponsor(w, actor, campaignId, fields),
    updateSponsor: (sponsorId: number, expectedVersion: number, fields: Partial<SponsorFields>, now: Date): Sponsor =>
      updateSponsor(w, sponsorId, expectedVersion, fields, now),
    mergeSponsors: (actor: Actor, intoId: number, fromId: number): Sponsor => mergeSponsors(w, actor, intoId, fromId),
    setListing: (sponsorId: number, listing: Listing) => setListing(w, sponsorId, listing),
    setReminders: (sponsorId: number, enabled: boolean, now: Date) => setReminders(w, sponsorId, enabled, now),
    eraseContact: (sponsorId: number): Sponsor => eraseContact(w, sponsorId),
    logContact: (actor: Actor, input: ContactInput): SponsorContact => logContact(w, actor, input),
    queueMail: (actor: Actor, mail: NewMail): MailMessage => queueMail(w, actor, mail),
    /** A reminder's log row and mail, or nothing when it went out before (null). */
    queueReminder: (actor: Actor, reminder: ReminderToQueue): MailMessage | null => queueReminder(w, actor, reminder),
    startMailAttempt: (id: number, retryAt: Date): MailMessage | undefined => startMailAttempt(w, id, retryAt),
    markMailSent: (id: number, now: Date, accessLinkId: number | null): void => markMailSent(w, id, now, accessLinkId),
    markMailRefused: (id: number, error: string, final: boolean, accessLinkId: number | null): void =>
      markMailRefused(w, id, error, final, accessLinkId),
    createCampaign: (actor: Actor, columns: NewCampaign): Campaign => createCampaign(w, actor, columns),
    updateCampaign: (actor: Actor, update: CampaignUpdate): Campaign => updateCampaign(w, actor, update),
    /** A call for the state's funds (refused above what may be called on its day) or state money received. */
    recordStatePayment: (actor: Actor, input: StatePaymentInput) => recordStatePayment(w, actor, input),
    importRows: (actor: Actor, campaignId: number, rows: readonly ImportRow[]): ImportWritten =>
      writeImportRows(w, actor, campaignId, rows),
    /** A receipt or invoice as planned and rendered (documents/issue.ts); null when the plan went stale. */
    storeIssued: (actor: Actor, request: IssueRequest, plan: DocumentPlan, pdf: Buffer) =>
      storeIssued(w, actor, request, plan, pdf),
    /** A document's cancellation and its correction as planned and rendered; "stale" as storeIssued. */
    storeCancellation: (actor: Actor, plan: CancelPlan, pdf: Buffer | null, reason: string) =>
      storeCancellation(w, actor, plan, pdf, reason),
    /** The campaign's per-day figures from its events alone (the proof that they are nothing else). */
    rebuildFigures: (campaignId: number, now = new Date()): void => rebuildFigures(w, campaignId, now.getTime()),
  };
}

export type LedgerCommands = ReturnType<typeof commandsOf>;

export interface Ledger {
  /** Runs `work` with the commands in one transaction, through the writer; resolves once it is durable. */
  run<T>(work: (commands: LedgerCommands) => T): Promise<T>;
  /**
   * An import of a file: every row or, if any is bad, none; a dry run is the import's plan
   * and writes nothing. Large files are read and written in a worker thread (importJob.ts).
   */
  importFile(request: ImportRequest): Promise<ImportResult>;
  /** A bank statement's credits decided and booked in one write (large files in a worker thread). */
  importStatement(request: StatementRequest): Promise<StatementOutcome>;
  /** Several commands in one transaction, synchronously, outside the writer: the demo, and seeding a fresh database. */
  batch<T>(work: (commands: LedgerCommands) => T): T;
}

export function createLedger(db: Db, feed: ChangeFeed): Ledger {
  // Pledges from before references existed, or written around the ledger, get theirs first.
  if (!db.$client.readonly) assignMissingReferences(db.$client);
  const statements = prepareLedgerStatements(db);
  // Figures a migration could not fill (pending_figure_rebuilds) are rebuilt before any read.
  if (!db.$client.readonly) runPendingRebuilds(db, statements, feed, new Date());
  const writer = new GroupCommit(db);
  const inWrite = <T>(work: (commands: LedgerCommands) => T): T =>
    db.transaction((tx) => work(commandsOf({ tx, statements, feed })));
  return {
    run: (work) => writer.run(() => inWrite(work)),
    importFile: async (request) => {
      const file = db.$client.name;
      if (!db.$client.memory && sizeOf(request.source) >= WORKER_FROM_BYTES) {
        const { actor, ...rest } = request;
        const result = await importInWorker(
          { ...rest, file, actor: { userId: actor.userId, nowMs: actor.now.getTime() } },
          writer,
        );
        if (!request.dryRun && result.created > 0) feed.touch(request.campaign.id);
        return result;
      }
      const { campaign, actor, dryRun } = request;
      const checked = checkSource(request.source, request.today, campaign);
      if (checked.errors.length > 0) return refusedImport(checked, dryRun);
      // A dry run is the import's plan: what the write would do, read without writing.
      const written = dryRun
        ? planImport(db, campaign.id, checked.rows).written
        : await writer.run(() => inWrite((commands) => commands.importRows(actor, campaign.id, checked.rows)));
      return importResult(checked, written, dryRun);
    },
    importStatement: (request) =>
      importStatementFile(db, writer, feed, request, (statement) =>
        writer.run(() =>
          inWrite((commands) => commands.importStatement(request.actor, request.campaign, statement, request.dryRun)),
        ),
      ),
    batch: inWrite,
  };
}
