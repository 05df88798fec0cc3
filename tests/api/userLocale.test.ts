// user.setLocale and the `locale` that auth.me and auth.login return (issue 8: languages).
// A user's choice follows it to every browser it signs in from; a sponsor's stays in its browser.
import { describe, expect, it } from "vitest";
import type { CookieJar } from "../../server/auth/cookies";
import { loadSessionUser } from "../../server/auth/sessions";
import { createContextInner } from "../../server/context";
import { createCaller } from "../../server/routers/_app";
import {
  addSponsor,
  callerFor,
  callerForSponsor,
  expectCode,
  expectFieldError,
  PASSWORD,
  servicesFor,
  setup,
} from "./helpers";

/** Signs in as a browser would and returns a caller on the new session, as the next request sees it. */
async function signIn(s: Awaited<ReturnType<typeof setup>>, email: string) {
  let token = "";
  const cookies: CookieJar = {
    setSession: (t) => {
      token = t;
    },
    clearSession: () => {},
  };
  const anonymous = createCaller(
    await createContextInner({ services: servicesFor(s.db), user: null, now: s.clock.now, cookies }),
  );
  const signedIn = await anonymous.auth.login({ email, password: PASSWORD });
  const user = loadSessionUser(servicesFor(s.db).lookups, token, s.clock.now());
  return { signedIn, caller: await callerFor(s.db, user, s.clock) };
}

describe("user.setLocale", () => {
  it("a user who never chose a language has locale null", async () => {
    const s = await setup();
    const { signedIn, caller } = await signIn(s, "organiser@example.org");
    expect(signedIn.locale).toBeNull();
    expect(await caller.auth.me()).toMatchObject({ kind: "user", locale: null });
  });

  it("the chosen language comes back with the next sign-in and from auth.me", async () => {
    const s = await setup();
    const saved = await s.as.committee.user.setLocale({ locale: "en" });
    expect(saved).toMatchObject({ id: s.users.committee.id, locale: "en" });

    const { signedIn, caller } = await signIn(s, "committee@example.org");
    expect(signedIn.locale).toBe("en");
    expect(await caller.auth.me()).toMatchObject({ id: s.users.committee.id, locale: "en" });

    await caller.user.setLocale({ locale: "de" });
    expect((await signIn(s, "committee@example.org")).signedIn.locale).toBe("de");
  });

  it("changes only the caller's own choice", async () => {
    const s = await setup();
    await s.as.admin.user.setLocale({ locale: "en" });
    const others = (await s.as.admin.user.list()).filter((u) => u.id !== s.users.admin.id);
    expect(others.map((u) => u.locale)).toEqual(others.map(() => null));
    expect((await s.as.admin.user.list()).find((u) => u.id === s.users.admin.id)?.locale).toBe("en");
  });

  it("accepts only the languages the client has", async () => {
    const s = await setup();
    await expectFieldError(s.as.organiser.user.setLocale({ locale: "nl" as "en" }), "locale");
  });

  it("is not for anonymous callers or sponsors", async () => {
    const s = await setup();
    await expectCode(s.as.anonymous.user.setLocale({ locale: "en" }), "UNAUTHORIZED");
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id, { name: "Sponsor GmbH" });
    const asSponsor = await callerForSponsor(s.db, sponsor, s.clock);
    await expectCode(asSponsor.user.setLocale({ locale: "en" }), "FORBIDDEN");
  });
});
