// A scripted API session against a real server: plain tRPC-over-HTTP with its own cookie,
// returning every outcome (success, tRPC error with code, or a dropped connection) instead of
// throwing, so durability tests can record exactly what the server acknowledged.
import { addDays, berlinDay } from "../../server/domain/dates";
import { TEST_ADMIN } from "../e2e/harness";

export type Outcome<T = any> =
  | { kind: "ok"; data: T }
  | { kind: "error"; httpStatus: number; code: string; message: string }
  /** No response arrived (connection refused or reset): the request may or may not have landed. */
  | { kind: "dropped"; reason: string };

export const ADMIN_ENV = { DEMO_DATA: "off", ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };

export function apiSession(base: string, cookie = "") {
  async function call<T>(path: string, input: unknown, method: "GET" | "POST"): Promise<Outcome<T>> {
    const url =
      method === "GET"
        ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? null))}`
        : `${base}/trpc/${path}`;
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method,
        headers: { "content-type": "application/json", cookie },
        body: method === "POST" ? JSON.stringify(input) : undefined,
      });
      text = await res.text();
    } catch (error) {
      return { kind: "dropped", reason: String((error as Error).cause ?? error) };
    }
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0];
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: "error", httpStatus: res.status, code: "NOT_JSON", message: text.slice(0, 200) };
    }
    if (body.error)
      return {
        kind: "error",
        httpStatus: res.status,
        code: body.error.data?.code ?? "UNKNOWN",
        message: body.error.message,
      };
    return { kind: "ok", data: body.result.data as T };
  }
  /** The data, or an exception naming the outcome: for setup steps that must succeed. */
  async function must<T = any>(outcome: Promise<Outcome<T>>): Promise<T> {
    const o = await outcome;
    if (o.kind !== "ok") throw new Error(`expected success, got ${JSON.stringify(o)}`);
    return o.data;
  }
  return {
    query: <T = any>(path: string, input?: unknown) => call<T>(path, input, "GET"),
    mutate: <T = any>(path: string, input?: unknown) => call<T>(path, input, "POST"),
    must,
    cookie: () => cookie,
  };
}
export type ApiSession = ReturnType<typeof apiSession>;

/** Signs in (a session cookie of its own) and returns the session. */
export async function signedIn(base: string, who: { email: string; password: string }): Promise<ApiSession> {
  const session = apiSession(base);
  await session.must(session.mutate("auth.login", who));
  return session;
}

/** A campaign running now with `sponsorCount` sponsors, made by the admin. */
export async function createCampaign(admin: ApiSession, sponsorCount: number) {
  const today = berlinDay(new Date());
  const campaign = await admin.must(
    admin.mutate("campaign.create", {
      name: "Durability",
      targetCents: 10_000_000_000,
      matchCapCents: 10_000_000_000,
      windowStart: addDays(today, -10),
      deadline: addDays(today, 30),
    }),
  );
  const sponsorIds: number[] = [];
  for (let i = 0; i < sponsorCount; i++) {
    const sponsor = await admin.must(
      admin.mutate("sponsor.create", {
        campaignId: campaign.id,
        name: `Sponsor ${i + 1} GmbH`,
        kind: "company",
        country: "DE",
      }),
    );
    sponsorIds.push(sponsor.id);
  }
  return { campaignId: campaign.id as number, sponsorIds, today };
}

/** The figures a committee reports, as campaign.summary gives them. */
export async function summaryTotals(session: ApiSession, campaignId: number) {
  const s = await session.must(session.query("campaign.summary", { campaignId }));
  return {
    intentCents: s.intentCents,
    confirmedCents: s.confirmedCents,
    paidCents: s.paidCents,
    withdrawnCents: s.withdrawnCents,
    receivedCents: s.receivedCents,
    countedCents: s.countedCents,
    pledgeCount: s.pledgeCount,
  } as LedgerTotals;
}

export interface LedgerTotals {
  intentCents: number;
  confirmedCents: number;
  paidCents: number;
  withdrawnCents: number;
  receivedCents: number;
  countedCents: number;
  pledgeCount: number;
}

export const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
