// Entries in any order: a seeded random mix of creations, status moves, payments, amount and
// type changes, pledge-date corrections and undos, each dated at random anywhere from the
// pledge's date to today (so most are back-dated behind changes entered before them). The
// oracle keeps its own model built from what it sent, never from the stored events: each
// pledge is its accepted entries replayed by (business day, order entered), undos cancel the
// last entry. It predicts every accept and refusal, and every day's summary, timeline and
// received money must equal its naive recount, and so must the figures as known at
// earlier times (`knownAt`: the clock moves a minute per entry); a rebuild changes no aggregate.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./seededRandom";
import { addDays, daysBetween } from "../../server/domain/dates";
import type { PledgeStatus, PledgeType } from "../../server/domain/codes";
import { addSponsor, fullSummary, servicesFor, setup, type Setup } from "./helpers";

const TODAY = "2016-06-30";
const FIRST_DAY = "2016-04-20";
const OPERATIONS = 260;
const IN_KIND_SHARE = 60;

function random(seed: number) {
  const { next, int, pick } = seededRandom(seed);
  /** Any day from `from` to today. */
  const dayFrom = (from: string) => addDays(from, int(0, daysBetween(from, TODAY)));
  return { next, int, pick, dayFrom };
}
type Rng = ReturnType<typeof random>;

// ——— the model: what was sent, replayed naively ———

type Entry =
  | { kind: "create"; status: PledgeStatus; amountCents: number; type: PledgeType }
  | { kind: "status"; day: string; to: PledgeStatus }
  | { kind: "payment"; day: string; cents: number }
  | { kind: "amount"; day: string; amountCents: number }
  | { kind: "type"; day: string; type: PledgeType }
  | { kind: "pledgedAt"; from: string; to: string }
  | { kind: "undo" };

interface ModelPledge {
  id: number;
  version: number;
  sponsorId: number;
  entries: Entry[];
  /** The operation number each entry was taken at: the clock moves a minute per operation. */
  takenAt: number[];
}

interface State {
  status: PledgeStatus;
  amountCents: number;
  type: PledgeType;
  receivedCents: number;
}

const MOVES: Record<PledgeStatus, PledgeStatus[]> = {
  intent: ["confirmed", "withdrawn"],
  confirmed: ["withdrawn"],
  withdrawn: ["intent"],
  paid: [],
};

/**
 * Which entries count. An undo takes back the entry entered just before it (each taken entry
 * is one event); walking back from the newest, an undo that itself counts cancels its target.
 * Undos are no change of their own.
 */
function counting(entries: readonly Entry[]): boolean[] {
  const cancelled = entries.map(() => false);
  for (let i = entries.length - 1; i > 0; i--) if (entries[i].kind === "undo" && !cancelled[i]) cancelled[i - 1] = true;
  return entries.map((e, i) => !cancelled[i] && e.kind !== "undo");
}

/** The pledge date as corrected: the last counting correction, else the first date. */
function pledgedAtOf(entries: readonly Entry[], counts: readonly boolean[], first: string): string {
  let date = first;
  entries.forEach((e, i) => {
    if (counts[i] && e.kind === "pledgedAt") date = e.to;
  });
  return date;
}

/** The pledge's states by day, or the reason its path is broken. */
function replayModel(
  entries: readonly Entry[],
  firstDate: string,
): { days: { day: string; state: State }[]; broken: string | null; pledgedAt: string } {
  const counts = counting(entries);
  const pledgedAt = pledgedAtOf(entries, counts, firstDate);
  const create = entries[0] as Extract<Entry, { kind: "create" }>;
  let state: State = counts[0]
    ? {
        status: create.status,
        amountCents: create.amountCents,
        type: create.type,
        receivedCents: create.status === "paid" ? create.amountCents : 0,
      }
    : { status: "withdrawn", amountCents: create.amountCents, type: create.type, receivedCents: 0 };
  const days = [{ day: pledgedAt, state }];
  const ordered = entries
    .map((e, seq) => ({ e, seq }))
    .filter(({ e, seq }) => counts[seq] && "day" in e)
    .map(({ e, seq }) => ({
      e,
      seq,
      day: (e as { day: string }).day < pledgedAt ? pledgedAt : (e as { day: string }).day,
    }))
    .sort((a, b) => (a.day === b.day ? a.seq - b.seq : a.day < b.day ? -1 : 1));
  let broken: string | null = null;
  for (const { e, day } of ordered) {
    const s = { ...state };
    if (e.kind === "status") {
      if (!MOVES[s.status].includes(e.to)) broken ??= `${s.status} → ${e.to} on ${day}`;
      s.status = e.to;
    } else if (e.kind === "payment") {
      if (s.status !== "confirmed" || e.cents > s.amountCents - s.receivedCents) broken ??= `payment on ${day}`;
      s.receivedCents += e.cents;
      if (s.status === "confirmed" && s.receivedCents === s.amountCents) s.status = "paid";
    } else if (e.kind === "amount") {
      if (e.amountCents < s.receivedCents) broken ??= `amount below received on ${day}`;
      const inFull = s.receivedCents > 0 && e.amountCents === s.receivedCents;
      if (s.status === "paid" && !inFull) s.status = "confirmed";
      else if (s.status === "confirmed" && inFull) s.status = "paid";
      s.amountCents = e.amountCents;
    } else if (e.kind === "type") {
      s.type = e.type;
    }
    state = s;
    days.push({ day, state });
  }
  return { days, broken, pledgedAt };
}

function stateOn(days: readonly { day: string; state: State }[], day: string): State | null {
  return days.filter((d) => d.day <= day).at(-1)?.state ?? null;
}

// ——— the run ———

interface Model {
  /** The number of the operation being sent. */
  operation: number;
  pledges: ModelPledge[];
  firstDates: Map<number, string>;
}

/** Sends one random entry; the model predicts whether the API takes it. */
async function operate(s: Setup, model: Model, sponsors: number[], rng: Rng): Promise<string> {
  const o = s.as.organiser;
  const roll = rng.next();
  if (model.pledges.length === 0 || roll < 0.22) {
    const type: PledgeType = rng.next() < 0.25 ? "in_kind" : "cash";
    const status = rng.pick(["intent", "intent", "confirmed", "paid"] as const);
    const amountCents = rng.int(1, 2_000) * 100;
    const pledgedAt = rng.dayFrom(FIRST_DAY);
    const sponsorId = rng.pick(sponsors);
    const created = await o.pledge.create({
      campaignId: s.campaign.id,
      sponsorId,
      amountCents,
      type,
      description: type === "in_kind" ? "Sachleistung" : undefined,
      status,
      pledgedAt,
    });
    model.pledges.push({
      id: created.id,
      version: created.version,
      sponsorId,
      entries: [{ kind: "create", status, amountCents, type }],
      takenAt: [model.operation],
    });
    model.firstDates.set(created.id, pledgedAt);
    return "create";
  }
  const pledge = rng.pick(model.pledges);
  const now = replayModel(pledge.entries, model.firstDates.get(pledge.id) ?? FIRST_DAY);
  const day = rng.dayFrom(now.pledgedAt);
  const final = now.days.at(-1)?.state;
  if (!final) throw new Error("a pledge without state");
  let entry: Entry;
  let send: (base: { pledgeId: number; expectedVersion: number }) => Promise<{ version: number }>;
  if (roll < 0.5) {
    const to = rng.pick(["confirmed", "confirmed", "withdrawn", "intent"] as const);
    entry = { kind: "status", day, to };
    send = (base) =>
      o.pledge.setStatus({ ...base, status: to, at: day, reason: to === "withdrawn" ? "zurückgezogen" : undefined });
  } else if (roll < 0.7) {
    const cents = rng.next() < 0.5 ? Math.max(1, final.amountCents - final.receivedCents) : rng.int(1, 500) * 100;
    entry = { kind: "payment", day, cents };
    send = (base) => o.pledge.recordPayment({ ...base, amountCents: cents, paidAt: day });
  } else if (roll < 0.8) {
    const amountCents = rng.int(1, 2_000) * 100;
    if (amountCents === final.amountCents) return "skipped amount";
    entry = { kind: "amount", day, amountCents };
    send = (base) => o.pledge.update({ ...base, at: day, amountCents });
  } else if (roll < 0.85) {
    const type: PledgeType = final.type === "cash" ? "in_kind" : "cash";
    entry = { kind: "type", day, type };
    send = (base) => o.pledge.update({ ...base, at: day, type, description: type === "in_kind" ? "Räume" : undefined });
  } else if (roll < 0.9) {
    const to = rng.dayFrom(FIRST_DAY);
    if (to === now.pledgedAt) return "skipped pledgedAt";
    entry = { kind: "pledgedAt", from: now.pledgedAt, to };
    send = (base) => o.pledge.update({ ...base, pledgedAt: to });
  } else {
    entry = { kind: "undo" };
    send = (base) => o.pledge.undo(base);
  }
  const next = [...pledge.entries, entry];
  const predicted = predict(next, pledge, model, entry);
  const base = { pledgeId: pledge.id, expectedVersion: pledge.version };
  try {
    const updated = await send(base);
    expect(predicted, `${entry.kind} on pledge ${pledge.id} was taken: ${JSON.stringify(entry)}`).toBe("taken");
    pledge.entries = next;
    pledge.takenAt = [...pledge.takenAt, model.operation];
    pledge.version = updated.version;
    return entry.kind;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    expect(predicted, `${entry.kind} on pledge ${pledge.id}: ${error.code} ${error.message}`).toBe(error.code);
    return `refused ${entry.kind}`;
  }
}

/** "taken", or the error code the API must answer with. */
function predict(next: Entry[], pledge: ModelPledge, model: Model, entry: Entry): string {
  const first = model.firstDates.get(pledge.id) ?? FIRST_DAY;
  if (entry.kind === "pledgedAt") {
    // A pledge created as paid keeps its date; nothing that moves figures may stand before the new date.
    const counts = counting(pledge.entries);
    const createdPaid = counts[0] && (pledge.entries[0] as { status: PledgeStatus }).status === "paid";
    const before = pledge.entries.some(
      (e, i) => counts[i] && (e.kind === "status" || e.kind === "payment" || e.kind === "amount") && e.day < entry.to,
    );
    if (createdPaid || before) return "CONFLICT";
  }
  const before = replayModel(pledge.entries, first).broken;
  const after = replayModel(next, first).broken;
  return after !== null && after !== before ? "CONFLICT" : "taken";
}

/** The figures of `day` from the entries taken up to operation `knownBy` (all by default). */
function naiveDay(model: Model, sponsorOf: Map<number, number>, day: string, knownBy = Number.POSITIVE_INFINITY) {
  const byStatus: Record<PledgeStatus, number> = { intent: 0, confirmed: 0, paid: 0, withdrawn: 0 };
  let receivedCents = 0;
  let pledgeCount = 0;
  let cash = 0;
  let inKind = 0;
  const counted = new Set<number>();
  for (const p of model.pledges) {
    const known = p.entries.filter((_, i) => p.takenAt[i] <= knownBy);
    if (known.length === 0) continue;
    const state = stateOn(replayModel(known, model.firstDates.get(p.id) ?? FIRST_DAY).days, day);
    if (!state) continue;
    pledgeCount += 1;
    byStatus[state.status] += state.amountCents;
    receivedCents += state.receivedCents;
    if (state.status === "confirmed" || state.status === "paid") {
      counted.add(sponsorOf.get(p.id) ?? 0);
      if (state.type === "cash") cash += state.amountCents;
      else inKind += state.amountCents;
    }
  }
  return {
    countedCents: cash + Math.floor((inKind * IN_KIND_SHARE) / 100),
    intentCents: byStatus.intent,
    confirmedCents: byStatus.confirmed,
    paidCents: byStatus.paid,
    withdrawnCents: byStatus.withdrawn,
    receivedCents,
    pledgeCount,
    sponsorCount: counted.size,
  };
}

/** The figures the model recounts, picked from a summary. */
function figuresOf(summary: Awaited<ReturnType<typeof fullSummary>>) {
  const { countedCents, intentCents, confirmedCents, paidCents, withdrawnCents, receivedCents } = summary;
  const { pledgeCount, sponsorCount } = summary;
  return {
    countedCents,
    intentCents,
    confirmedCents,
    paidCents,
    withdrawnCents,
    receivedCents,
    pledgeCount,
    sponsorCount,
  };
}

describe("entries in any order of business date, against a naive model", () => {
  it(`predicts every accept and refusal of ${OPERATIONS} back-dated entries and every day's figures`, async () => {
    const s = await setup({ now: `${TODAY}T10:00:00Z`, campaign: { inKindSharePercent: IN_KIND_SHARE } });
    const rng = random(Number(process.env.ORACLE_SEED ?? 20160519));
    const sponsors: number[] = [];
    for (let i = 0; i < 6; i++) sponsors.push((await addSponsor(s.as.organiser, s.campaign.id)).id);
    const model: Model = { operation: 0, pledges: [], firstDates: new Map() };
    const done = new Map<string, number>();
    const recordedAt = (operation: number) => new Date(Date.parse(`${TODAY}T10:00:00Z`) + operation * 60_000);
    for (let i = 0; i < OPERATIONS; i++) {
      model.operation = i;
      s.clock.set(recordedAt(i).toISOString());
      const name = await operate(s, model, sponsors, rng);
      done.set(name, (done.get(name) ?? 0) + 1);
    }
    // The mix reached every kind of entry, taken and refused.
    for (const name of [
      "create",
      "status",
      "payment",
      "amount",
      "type",
      "pledgedAt",
      "undo",
      "refused status",
      "refused payment",
    ])
      expect(done.get(name) ?? 0, `${name} (done: ${JSON.stringify([...done])})`).toBeGreaterThan(0);

    const sponsorOf = new Map(model.pledges.map((p) => [p.id, p.sponsorId]));
    const countedOn = new Map<string, number>();
    for (let day = addDays(FIRST_DAY, -2); day <= TODAY; day = addDays(day, 1)) {
      const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: day });
      const naive = naiveDay(model, sponsorOf, day);
      countedOn.set(day, naive.countedCents);
      expect(figuresOf(summary), day).toEqual(naive);
    }
    // As known at earlier times: each read leaves out exactly the entries taken later.
    for (const knownBy of [30, 90, 170, OPERATIONS - 40]) {
      const knownAt = recordedAt(knownBy).toISOString();
      for (let day = FIRST_DAY; day <= TODAY; day = addDays(day, 7)) {
        const summary = await fullSummary(s.as.committee, { campaignId: s.campaign.id, asOf: day, knownAt });
        expect(figuresOf(summary), `${day} as known at ${knownAt}`).toEqual(naiveDay(model, sponsorOf, day, knownBy));
      }
    }
    // The cumulative timeline: each point holds that day's counted funds, and every day on
    // which they changed has its point.
    const points = (await fullSummary(s.as.committee, { campaignId: s.campaign.id })).timeline;
    for (const point of points) expect(point.countedCents, point.date).toBe(countedOn.get(point.date));
    const dates = new Set(points.map((p) => p.date));
    for (const [day, cents] of countedOn)
      if (cents !== (countedOn.get(addDays(day, -1)) ?? 0)) expect(dates.has(day), `a point on ${day}`).toBe(true);

    const aggregates = [
      "daily_figures",
      "sponsor_daily_binding",
      "daily_sponsor_counts",
      "schedule_deltas",
      "figure_totals",
    ];
    const rows = (table: string) =>
      (
        s.db.$client.prepare(`select * from ${table} where campaign_id = ?`).all(s.campaign.id) as Record<
          string,
          unknown
        >[]
      )
        .filter((r) =>
          Object.entries(r).some(
            ([k, v]) => typeof v === "number" && v !== 0 && !["campaign_id", "sponsor_id", "year"].includes(k),
          ),
        )
        .map((r) => JSON.stringify(r))
        .sort();
    const before = Object.fromEntries(aggregates.map((t) => [t, rows(t)]));
    servicesFor(s.db).ledger.batch((c) => c.rebuildFigures(s.campaign.id));
    for (const table of aggregates) expect(rows(table), table).toEqual(before[table]);
  }, 120_000);
});
