// Writes a planned demo campaign through the ledger's commands: its sponsors, and every
// pledge step (createPledge, setPledgeStatus, recordPayment), so each pledge has real events
// and daily figures. Most steps are entered on their day (Berlin office hours); about one
// confirmation or payment in twelve is entered one to four weeks late with its real date, as
// letters and bank statements arrive, so "as shown on" a day differs from the day as corrected
// since. Nothing after `now` is written.
import type { Pledge } from "../../db/schema";
import { addDays, berlinDay } from "../domain/dates";
import type { Actor, LedgerCommands } from "../ledger/ledger";
import { contactFor } from "./contacts";
import type { DemoStep, PlannedPledge, SponsorSpec } from "./plan";
import { type Random, seededRandom } from "./random";

export interface DemoWriter {
  commands: LedgerCommands;
  campaignId: number;
  /** The organiser who enters the demo pledges. */
  userId: number;
  now: Date;
  rng: Random;
  /** A running campaign: its organiser owns the sponsors and follows up those still at an intent. */
  followUp?: boolean;
}

/** The demo writes into its own campaign: no access to check. */
const ownCampaign = () => {};

/** The step-th entry of a day: from 09:00 Berlin summer time on, never after `now`. */
function recordTime(day: string, step: number, now: Date): Date {
  const at = Date.parse(`${day}T07:00:00Z`) + step * 4 * 60_000;
  return new Date(Math.min(at, now.getTime()));
}

/** One in twelve confirmations and payments is entered late. */
const LATE_SHARE = 1 / 12;

/** The day each step is entered: its own, or 7–28 days later; a pledge's later steps wait for it. */
function entryDays(rng: Random, plan: PlannedPledge, today: string): { step: DemoStep; entered: string }[] {
  let previous = "";
  return [...plan.steps]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .filter((step) => step.day <= today)
    .map((step) => {
      let entered = step.kind !== "create" && rng.chance(LATE_SHARE) ? addDays(step.day, rng.int(7, 28)) : step.day;
      if (entered > today) entered = today;
      if (entered < previous) entered = previous;
      previous = entered;
      return { step, entered };
    });
}

export function writeCampaignDemo(w: DemoWriter, plans: readonly PlannedPledge[]): void {
  const today = berlinDay(w.now);
  // Its own generator: which entries come late leaves the rest of the demo as it was.
  const late = seededRandom(w.campaignId * 7_919);
  const steps = plans
    .flatMap((plan) => entryDays(late, plan, today).map(({ step, entered }) => ({ plan, step, entered })))
    .sort((a, b) =>
      a.entered !== b.entered
        ? a.entered < b.entered
          ? -1
          : 1
        : a.step.day < b.step.day
          ? -1
          : a.step.day > b.step.day
            ? 1
            : 0,
    );
  const sponsorIds = insertSponsors(
    w,
    steps
      .filter(({ step }) => step.kind === "create")
      .map(({ plan, step }) => ({ sponsor: plan.sponsor, day: step.day })),
  );

  const pledgeOf = new Map<PlannedPledge, Pledge>();
  const perDay = new Map<string, number>();
  for (const { plan, step, entered } of steps) {
    const n = perDay.get(entered) ?? 0;
    perDay.set(entered, n + 1);
    const actor: Actor = { userId: w.userId, now: recordTime(entered, n, w.now) };
    const pledge = pledgeOf.get(plan);
    if (step.kind === "create") pledgeOf.set(plan, create(w, actor, plan, step, sponsorIds));
    else if (pledge) pledgeOf.set(plan, change(w, actor, pledge, step));
  }
  if (w.followUp) writeFollowUp(w, [...pledgeOf.values()], today);
}

/**
 * Every sponsor still at an intent was called or written to some days ago; its next contact
 * is from a few days back (due now, on the call list) to a week ahead.
 */
function writeFollowUp(w: DemoWriter, pledges: readonly Pledge[], today: string): void {
  // Its own generator: the follow-up leaves the rest of the demo as it was.
  const rng = seededRandom(w.campaignId * 104_729);
  const open = [...new Set(pledges.filter((p) => p.status === "intent").map((p) => p.sponsorId))].sort((a, b) => a - b);
  for (const sponsorId of open) {
    const at = addDays(today, -rng.int(3, 20));
    const actor = { userId: w.userId, now: recordTime(at, 0, w.now) };
    const channel = rng.chance(0.7) ? "phone" : "email";
    w.commands.logContact(actor, { sponsorId, at, channel, nextContactOn: addDays(today, rng.int(-5, 7)) });
  }
}

/** Sponsors in the order of their first pledge, each created on that day. */
function insertSponsors(w: DemoWriter, firsts: { sponsor: SponsorSpec; day: string }[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { sponsor, day } of firsts) {
    if (ids.has(sponsor.name)) continue;
    const contact =
      sponsor.kind !== "individual" && w.rng.chance(0.8) ? contactFor(w.rng, sponsor.name, sponsor.country) : {};
    const actor = { userId: w.userId, now: recordTime(day, 0, w.now) };
    const row = w.commands.createSponsor(actor, w.campaignId, {
      name: sponsor.name,
      kind: sponsor.kind,
      country: sponsor.country,
      sector: sponsor.sector ?? null,
      membershipType: sponsor.membershipType ?? null,
      listing: sponsor.listing ?? "hidden",
      ownerUserId: w.followUp ? w.userId : undefined,
      ...contact,
    });
    ids.set(sponsor.name, row.id);
  }
  return ids;
}

function create(
  w: DemoWriter,
  actor: Actor,
  plan: PlannedPledge,
  step: DemoStep & { kind: "create" },
  sponsorIds: Map<string, number>,
): Pledge {
  const { spec } = plan;
  const sponsorId = sponsorIds.get(plan.sponsor.name);
  if (sponsorId === undefined) throw new Error(`the demo sponsor ${plan.sponsor.name} was not created`);
  return w.commands.createPledge(actor, {
    campaignId: w.campaignId,
    sponsorId,
    amountCents: plan.amountCents,
    type: spec.type ?? "cash",
    status: step.status,
    pledgedAt: step.day,
    conditional: spec.conditional,
    description: spec.description,
    raisedBySponsorId: spec.raisedBy ? sponsorIds.get(spec.raisedBy) : undefined,
    raisedByName: spec.raisedByName,
    note: spec.note,
  });
}

function change(w: DemoWriter, actor: Actor, pledge: Pledge, step: Exclude<DemoStep, { kind: "create" }>): Pledge {
  if (step.kind === "payment") {
    return w.commands.recordPayment(
      actor,
      { pledgeId: pledge.id, amountCents: step.amountCents, paidAt: step.day, expectedVersion: pledge.version },
      ownCampaign,
    );
  }
  return w.commands.setPledgeStatus(
    actor,
    { pledgeId: pledge.id, status: step.status, expectedVersion: pledge.version, at: step.day, reason: step.reason },
    ownCampaign,
  );
}
