// The reminder scan (issue 16.6): for each campaign with reminder days set, the pledges that
// are due for a reminder today (Berlin) get it queued in the outbox, each with its log row in
// one write (ledger/reminders.ts), so none goes twice. It runs at start and then hourly,
// whether or not SMTP is set up: queued mail waits in the outbox until it is.
import type { Campaign, Pledge, Sponsor } from "../../db/schema";
import type { UserLocale } from "../domain/codes";
import { addDays, berlinDay } from "../domain/dates";
import { type DueReminder, dueReminders, type ReminderDays, remindersOn } from "../domain/reminders";
import type { ReminderToQueue } from "../ledger/ledger";
import {
  campaignsWithReminders,
  installmentCandidates,
  intentCandidates,
  reminderPledges,
  type Slice,
  sliceEnd,
} from "../queries/reminders";
import { readSchedules } from "../queries/schedules";
import type { Services } from "../services";
import { installmentReminderMail, intentReminderMail } from "./reminderMessages";

/** Pledges read per slice; between slices the scan lets requests in. */
const SLICE = 1_000;
const HOUR_MS = 3_600_000;

type Candidate = ReturnType<typeof reminderPledges>[number];
interface Person {
  name: string;
  email: string;
  locale: UserLocale | null;
}

const daysOf = (c: Campaign): ReminderDays => ({
  intentAfterDays: c.reminderIntentAfterDays,
  installmentBeforeDays: c.reminderInstallmentBeforeDays,
  overdueAfterDays: c.reminderOverdueAfterDays,
});

/** Who is told of an intent: the sponsor's owner, else whoever entered the pledge; nobody if neither can be. */
function intentRecipient(row: Candidate): Person | null {
  for (const u of [row.owner, row.creator])
    if (u?.email && u.disabledAt === null) return { name: u.name ?? u.email, email: u.email, locale: u.locale };
  return null;
}

/** A sponsor that can be written to about money: a contact e-mail, not merged, not opted out. */
const reachable = (s: Sponsor) => !!s.contactEmail && s.mergedIntoId === null && s.remindersOptedOutAt === null;

function reminderFor(campaign: Campaign, row: Candidate, r: DueReminder): ReminderToQueue | null {
  const { pledge, sponsor } = row;
  const base = {
    campaignId: campaign.id,
    pledgeId: pledge.id,
    pledgeVersion: pledge.version,
    sponsorId: sponsor.id,
    sponsorVersion: sponsor.version,
    reminder: { step: r.step, installmentNumber: r.installmentNumber, dueOn: r.dueOn },
  };
  if (r.step === "intent") {
    const to = intentRecipient(row);
    if (!to) return null;
    const locale: UserLocale = to.locale ?? "de";
    const text = intentReminderMail(locale, {
      ownerName: to.name,
      sponsorName: sponsor.name,
      campaignName: campaign.name,
      reference: pledge.reference,
      amountCents: pledge.amountCents,
      pledgedAt: pledge.pledgedAt,
      days: campaign.reminderIntentAfterDays ?? 0,
    });
    // Internal mail: no sponsor on it, so it is no contact in the sponsor's history.
    const mail = { campaignId: campaign.id, sponsorId: null, kind: "intent_reminder" as const, recipient: to.email };
    return { ...base, mail: { ...mail, ...text, locale } };
  }
  if (!reachable(sponsor) || !sponsor.contactEmail) return null;
  const overdue = r.step === "overdue";
  const text = installmentReminderMail("de", {
    overdue,
    contactName: sponsor.contactName,
    sponsorName: sponsor.name,
    campaignName: campaign.name,
    reference: pledge.reference,
    installmentNumber: r.installmentNumber,
    dueOn: r.dueOn,
    openCents: r.openCents,
    bankAccount: campaign.bankIban
      ? { holder: campaign.bankHolder, iban: campaign.bankIban, bic: campaign.bankBic }
      : null,
    senderName: campaign.senderName,
  });
  const kind = overdue ? ("overdue_reminder" as const) : ("installment_reminder" as const);
  const mail = { campaignId: campaign.id, sponsorId: sponsor.id, kind, recipient: sponsor.contactEmail };
  return { ...base, mail: { ...mail, ...text, locale: "de" as const } };
}

/** Queues the reminders of one page of candidates; resolves with how many were queued. */
async function queuePage(
  services: Services,
  campaign: Campaign,
  ids: readonly number[],
  today: string,
  now: Date,
  steps: (r: DueReminder) => boolean,
): Promise<number> {
  const rows = reminderPledges(services.db, ids);
  const schedules = readSchedules(
    services.db,
    rows.map((r) => r.pledge as Pledge),
    campaign,
  );
  const queue = rows.flatMap((row) =>
    dueReminders(
      daysOf(campaign),
      today,
      row.pledge,
      schedules.get(row.pledge.id) ?? [],
      campaign.applicationStatus === "approved",
    )
      .filter(steps)
      .map((r) => reminderFor(campaign, row, r))
      .filter((r): r is ReminderToQueue => r !== null),
  );
  if (queue.length === 0) return 0;
  const actor = { userId: null, now };
  return services.ledger.run((c) => queue.filter((r) => c.queueReminder(actor, r) !== null).length);
}

/**
 * Works through the campaign's pledges of a status a slice of ids at a time, yielding to the
 * event loop between slices: the reads are synchronous, and one over every pledge would hold
 * up requests. Candidates skipped (no recipient) are simply read again at the next scan.
 */
async function eachSlice(
  services: Services,
  campaign: Campaign,
  status: "intent" | "confirmed",
  work: (slice: Slice) => Promise<number>,
): Promise<number> {
  let queued = 0;
  let afterId = 0;
  for (;;) {
    const upToId = sliceEnd(services.db, campaign.id, status, afterId, SLICE);
    queued += await work({ afterId, upToId });
    if (upToId === null) return queued;
    afterId = upToId;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const queueSlice = async (ids: number[], queue: (ids: number[]) => Promise<number>) =>
  ids.length === 0 ? 0 : queue(ids);

/** One scan over every campaign with reminders on; resolves with how many reminders were queued. */
export async function scanReminders(services: Services, now: Date): Promise<number> {
  const today = berlinDay(now);
  let queued = 0;
  for (const campaign of campaignsWithReminders(services.db)) {
    const days = daysOf(campaign);
    if (!remindersOn(days)) continue;
    const { db } = services;
    if (days.intentAfterDays !== null) {
      const pledgedBy = addDays(today, -days.intentAfterDays);
      queued += await eachSlice(services, campaign, "intent", (slice) =>
        queueSlice(intentCandidates(db, campaign.id, pledgedBy, slice), (ids) =>
          queuePage(services, campaign, ids, today, now, (r) => r.step === "intent"),
        ),
      );
    }
    const windows = {
      today,
      dueBy: days.installmentBeforeDays === null ? null : addDays(today, days.installmentBeforeDays),
      overdueBy: days.overdueAfterDays === null ? null : addDays(today, -days.overdueAfterDays),
    };
    if (windows.dueBy === null && windows.overdueBy === null) continue;
    queued += await eachSlice(services, campaign, "confirmed", (slice) =>
      queueSlice(installmentCandidates(db, campaign, windows, slice), (ids) =>
        queuePage(services, campaign, ids, today, now, (r) => r.step !== "intent"),
      ),
    );
  }
  return queued;
}

export interface ReminderScanner {
  /** Scans now; a call while a scan runs shares it. Resolves with how many reminders were queued. */
  scan(): Promise<number>;
  stop(): Promise<void>;
}

export interface ScannerOptions {
  services: Services;
  now?: () => Date;
  /** How often to scan; 0 starts no timer (tests call `scan`). Hourly by default. */
  intervalMs?: number;
  log?: (line: string) => void;
}

export function startReminderScanner(options: ScannerOptions): ReminderScanner {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let running: Promise<number> | null = null;
  let stopped = false;
  const scan = (): Promise<number> => {
    if (stopped) return Promise.resolve(0);
    running ??= scanReminders(options.services, now()).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () => {
    scan().catch((error) => log(`Reminder scan: ${error instanceof Error ? error.message : error}`));
  };
  const interval = options.intervalMs ?? HOUR_MS;
  const timer = interval > 0 ? setInterval(tick, interval) : null;
  timer?.unref();
  // Once at start, so a restart does not wait an hour for what fell due meanwhile.
  const first = timer ? setImmediate(tick) : null;
  return {
    scan,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (first) clearImmediate(first);
      await running?.catch(() => {});
    },
  };
}
