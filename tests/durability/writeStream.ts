// Concurrent writers that stream pledge.create (each with a unique idempotencyKey),
// pledge.setStatus and pledge.recordPayment over HTTP and record what the server acknowledged.
// Writer w only changes pledges whose id ≡ w (mod writers), so the writers never race each
// other for a version: any refusal is a finding, not noise. A writer stops at its first
// request without a response (the server is gone).
import type { ApiSession, Outcome } from "./apiSession";

export interface KnownPledge {
  id: number;
  version: number;
  status: string;
  amountCents: number;
  receivedCents: number;
}

export interface Ack {
  op: "create" | "setStatus" | "recordPayment";
  /** The idempotencyKey of a create. */
  key?: string;
  pledge: KnownPledge;
}

export interface StreamResult {
  acks: Ack[];
  /** Requests sent whose response never came. */
  unacked: { op: Ack["op"]; key?: string; pledgeId?: number }[];
  /** Error responses: none are expected. */
  refused: (Outcome & { op: string })[];
}

export interface StreamOptions {
  session: ApiSession;
  campaignId: number;
  sponsorIds: number[];
  /** The pledges as they stand; updated from every acknowledged response. */
  known: Map<number, KnownPledge>;
  writers: number;
  /** Makes the idempotency keys of this stream unique across streams. */
  tag: string;
  today: string;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const known = (p: KnownPledge): KnownPledge => ({
  id: p.id,
  version: p.version,
  status: p.status,
  amountCents: p.amountCents,
  receivedCents: p.receivedCents,
});

/** Starts the writers; `stop()` ends them after their current request; `sofar` fills as they go. */
export function startWriters(o: StreamOptions): { stop: () => void; done: Promise<StreamResult>; sofar: StreamResult } {
  const result: StreamResult = { acks: [], unacked: [], refused: [] };
  let stopped = false;
  const writer = async (w: number) => {
    for (let n = 0; !stopped; n++) {
      const request = nextRequest(o, w, n);
      const outcome = await o.session.mutate(request.path, request.input);
      if (outcome.kind === "dropped") {
        result.unacked.push({ op: request.op, key: request.key, pledgeId: request.input.pledgeId });
        return;
      }
      if (outcome.kind === "error") {
        result.refused.push({ ...outcome, op: `${request.op} ${JSON.stringify(request.input)}` });
        continue;
      }
      const pledge = known(outcome.data);
      o.known.set(pledge.id, pledge);
      result.acks.push({ op: request.op, key: request.key, pledge });
    }
  };
  const done = Promise.all(Array.from({ length: o.writers }, (_, w) => writer(w))).then(() => result);
  return {
    stop: () => {
      stopped = true;
    },
    done,
    sofar: result,
  };
}

function nextRequest(
  o: StreamOptions,
  w: number,
  n: number,
): { op: Ack["op"]; path: string; key?: string; input: any } {
  const mine = [...o.known.values()].filter((p) => p.id % o.writers === w && p.status !== "paid");
  if (mine.length === 0 || Math.random() < 0.4) {
    const key = `${o.tag}-w${w}-${n}`;
    const input = {
      campaignId: o.campaignId,
      sponsorId: pick(o.sponsorIds),
      amountCents: between(1_000, 1_000_000),
      type: "cash",
      status: pick(["intent", "intent", "confirmed", "confirmed", "paid"]),
      idempotencyKey: key,
    };
    return { op: "create", path: "pledge.create", key, input };
  }
  const p = pick(mine);
  const base = { pledgeId: p.id, expectedVersion: p.version };
  if (p.status === "confirmed" && Math.random() < 0.75) {
    const outstanding = p.amountCents - p.receivedCents;
    const amountCents = Math.random() < 0.25 ? outstanding : between(1, Math.max(1, Math.floor(outstanding / 2)));
    return { op: "recordPayment", path: "pledge.recordPayment", input: { ...base, amountCents, paidAt: o.today } };
  }
  const next =
    p.status === "intent"
      ? pick(["confirmed", "confirmed", "withdrawn"])
      : p.status === "confirmed"
        ? "withdrawn"
        : "intent";
  return {
    op: "setStatus",
    path: "pledge.setStatus",
    input: { ...base, status: next, reason: next === "withdrawn" ? "changed their mind" : undefined },
  };
}
