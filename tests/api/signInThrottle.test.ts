// Sign-in throttles over real HTTP, with parallel requests (security review finding 4): an
// attempt is counted before its password is checked, so parallel guesses cannot exceed the
// limit; the limits are per (account, address) and per account overall, so guesses from one
// address do not lock the owner out from another; auth.changePassword and Bearer tokens count
// against the same throttles. Addresses come from X-Forwarded-For (trustProxy on).
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { PASSWORD, setup, type Setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const START = "2016-05-20T10:00:00.000Z";
const at = (s: Setup, minutes: number) => s.clock.set(new Date(Date.parse(START) + minutes * 60_000).toISOString());
const from = (address: string) => ({ "x-forwarded-for": address });
const EMAIL = "organiser@example.org";

let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function served(): Promise<{ s: Setup; http: Server }> {
  const s = await setup({ now: START });
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now, { trustProxy: true });
  return { s, http: server };
}

/** `count` wrong guesses at the organiser's password from `address`, all sent at once; their statuses. */
async function guesses(http: Server, address: string, count: number): Promise<number[]> {
  const sent = Array.from({ length: count }, (_, i) =>
    http.mutate("auth.login", { email: EMAIL, password: `wrong guess ${address} ${i}` }, from(address)),
  );
  return (await Promise.all(sent)).map((res) => res.status);
}

/** How many responses had each status. */
function tally(statuses: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const status of statuses) out[status] = (out[status] ?? 0) + 1;
  return out;
}

const signIn = (http: Server, address: string, password = PASSWORD) =>
  http.mutate("auth.login", { email: EMAIL, password }, from(address));

describe("sign-in throttles under parallel requests", () => {
  it("checks at most 5 of 25 parallel wrong guesses from one address; the other 20 are TOO_MANY_REQUESTS", async () => {
    const { s, http } = await served();
    expect(tally(await guesses(http, "203.0.113.7", 25))).toEqual({ 401: 5, 429: 20 });
    // only the 5 that were checked reached the password (and the audit log)
    expect(s.db.select().from(auditLog).where(eq(auditLog.action, "login_failed")).all()).toHaveLength(5);
    expect((await signIn(http, "203.0.113.7")).status).toBe(429);
  });

  it("lets the owner sign in from another address after an attacker's 5 wrong guesses", async () => {
    const { http } = await served();
    expect(tally(await guesses(http, "203.0.113.7", 6))).toEqual({ 401: 5, 429: 1 });
    const owner = await signIn(http, "198.51.100.1");
    expect(owner.status, owner.text).toBe(200);
    expect(owner.cookies).toHaveLength(1);
  });

  it("holds guesses from 3 addresses to 50 an hour for the account; the right password then waits until the hour has passed", async () => {
    const { s, http } = await served();
    const addresses = ["203.0.113.7", "203.0.113.8", "203.0.113.9"];
    const checked: number[] = [];
    // every 15 minutes each address may check 5 more: 15, 30, 45, then only 5 of the next 15
    for (const minutes of [0, 15, 30, 45]) {
      at(s, minutes);
      const round = (await Promise.all(addresses.map((a) => guesses(http, a, 8)))).flat();
      checked.push(tally(round)[401] ?? 0);
    }
    expect(checked).toEqual([15, 15, 15, 5]);
    const error = await signIn(http, "198.51.100.1");
    expect([error.status, error.body.error.message]).toEqual([
      429,
      "too many sign-in attempts; try again in 15 minutes",
    ]);
    at(s, 59);
    expect((await signIn(http, "198.51.100.1")).status).toBe(429);
    // an hour after the first round its 15 guesses no longer count: 35 of 50
    at(s, 60);
    expect((await signIn(http, "198.51.100.1")).status).toBe(200);
  });
});

describe("auth.changePassword shares the throttle", () => {
  it("counts a wrong current password: of 8 parallel tries 5 are checked, then even the right one and sign-in wait", async () => {
    const { s, http } = await served();
    const here = from("198.51.100.1");
    const organiser = { ...here, cookie: await http.login(EMAIL) };
    const change = (currentPassword: string) =>
      http.mutate("auth.changePassword", { currentPassword, newPassword: "a brand new password" }, organiser);
    const tries = await Promise.all(Array.from({ length: 8 }, (_, i) => change(`not my password ${i}`)));
    expect(tally(tries.map((res) => res.status))).toEqual({ 400: 5, 429: 3 });
    const throttled = await change(PASSWORD);
    expect([throttled.status, throttled.body.error.message]).toEqual([
      429,
      "too many password attempts; try again in 15 minutes",
    ]);
    expect((await signIn(http, "198.51.100.1")).status).toBe(429);
    at(s, 15);
    expect((await change(PASSWORD)).status).toBe(200);
  });
});

describe("Bearer tokens share the address's throttle", () => {
  it("counts tokens that match none: of 35 parallel guesses 30 are checked; then the address waits, even with a real token", async () => {
    const { http } = await served();
    const cookie = { ...from("198.51.100.1"), cookie: await http.login(EMAIL) };
    const made = await http.mutate("apiToken.create", { name: "script", scope: "read" }, cookie);
    const real = made.body.result.data.token as string;
    const guessed = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        http.query("auth.me", undefined, { ...from("203.0.113.7"), authorization: `Bearer cft_guess${i}` }),
      ),
    );
    expect(tally(guessed.map((res) => res.status))).toEqual({ 200: 30, 429: 5 });
    const withReal = await http.query("campaign.list", undefined, {
      ...from("203.0.113.7"),
      authorization: `Bearer ${real}`,
    });
    expect([withReal.status, withReal.body.error?.data?.code]).toEqual([429, "TOO_MANY_REQUESTS"]);
    expect((await signIn(http, "203.0.113.7")).status).toBe(429);
    // the token itself works from elsewhere, and its use counts as no guess
    const elsewhere = { ...from("198.51.100.1"), authorization: `Bearer ${real}` };
    for (let i = 0; i < 31; i++) expect((await http.query("campaign.list", undefined, elsewhere)).status).toBe(200);
    expect((await signIn(http, "198.51.100.1")).status).toBe(200);
  });
});
