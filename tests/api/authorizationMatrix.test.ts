// CONTRACT.md "Who sees what", cell by cell: every procedure the router exports, called by
// every kind of caller, with the exact outcome. The order of checks is session → kind of
// account → input → visibility → campaign role → state, so the rows come in situations:
// valid input, bad input, an id that does not exist, an object of campaign B, a stale state.
// Each cell runs on its own copy of one fixture, so no write leaks into another cell.
import { TRPCError, type inferRouterInputs } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/open";
import { eq, inArray } from "drizzle-orm";
import { attachments, bankEntries, campaigns, type Pledge, sponsors, users } from "../../db/schema";
import type { SponsorSession } from "../../server/auth/sponsorLinks";
import { createContextInner } from "../../server/context";
import { appRouter, createCaller, type AppRouter } from "../../server/routers/_app";
import {
  addPledge,
  addSponsor,
  addUser,
  type Caller,
  copyDb,
  PASSWORD,
  rowCounts,
  servicesFor,
  setup,
  useCheapPasswords,
} from "./helpers";

const CALLERS = [
  "anonymous",
  "sponsor A",
  "sponsor B",
  "committee",
  "other organiser",
  "organiser",
  "admin",
  "funder",
] as const;
type Who = (typeof CALLERS)[number];

const OK = "ok";
const U = "UNAUTHORIZED";
const F = "FORBIDDEN";
const N = "NOT_FOUND";
const B = "BAD_REQUEST";
const C = "CONFLICT";
type Outcome = typeof OK | TRPCError["code"];
/** One outcome per caller, in the order of CALLERS. */
type Outcomes = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

type Inputs = inferRouterInputs<AppRouter>;
type Path = { [R in keyof Inputs & string]: `${R}.${keyof Inputs[R] & string}` }[keyof Inputs & string];
type InputOf<P> = P extends `${infer R}.${infer Q}`
  ? R extends keyof Inputs
    ? Q extends keyof Inputs[R]
      ? Inputs[R][Q]
      : never
    : never
  : never;

/**
 * Internal words planted in the fixture. What a sponsor, the public or the committee gets
 * from any procedure is searched for them (privacy by construction, issue 15).
 */
const SECRET = {
  sponsorNotes: "SECRET-sponsor-notes",
  pledgeNote: "SECRET-pledge-note",
  laterNote: "SECRET-later-note",
  reason: "SECRET-organisers-reason",
  importKey: "SECRET-import-key",
  contactA: "SECRET-contact-A",
  emailA: "secret-contact-a@example.org",
  contactB: "SECRET-contact-B",
  emailB: "secret-contact-b@example.org",
  organiserName: "SECRET-organiser-name",
  adminName: "SECRET-admin-name",
};

/** A one-line generic CSV statement, as payment.importStatement takes it (a dry run). */
const STATEMENT = {
  filename: "auszug.csv",
  contentBase64: Buffer.from("date;amount;text;name;iban\n2016-05-20;10,00;Spende;;\n").toString("base64"),
  dryRun: true,
};

/** What each outside caller must never receive. A sponsor sees its own contact person. */
const NEVER: Partial<Record<Who, string[]>> = {
  anonymous: [...Object.values(SECRET), "organiser@example.org", "Sponsor A GmbH", "Sponsor B GmbH"],
  "sponsor A": [
    ...Object.values(SECRET).filter((v) => v !== SECRET.contactA && v !== SECRET.emailA),
    "organiser@example.org",
    "admin@example.org",
    "Sponsor B GmbH",
  ],
  "sponsor B": [
    ...Object.values(SECRET).filter((v) => v !== SECRET.contactB && v !== SECRET.emailB),
    "organiser@example.org",
    "admin@example.org",
    "Sponsor A GmbH",
  ],
  committee: [SECRET.contactA, SECRET.emailA, SECRET.contactB, SECRET.emailB],
  // A funder of campaign A sees its overall figures: no sponsor, no contact, no single amount.
  funder: [
    ...Object.values(SECRET),
    "organiser@example.org",
    "admin@example.org",
    "Sponsor A GmbH",
    "Sponsor B GmbH",
    "Bonner AG",
    // Sponsor A's and sponsor B's amounts as JSON values (the total, 3000000, is the campaign's).
    ...["1000000", "2000000"].flatMap((cents) => [`:${cents},`, `:${cents}}`, `[${cents},`, `,${cents}]`]),
  ],
};

/**
 * Campaign A with sponsors A and B (each with a confirmed pledge) and campaign B with a
 * sponsor and a pledge; the organiser of A has an API token. Passwords are cheap to verify.
 */
async function buildFixture() {
  const s = await setup();
  const organiser = s.as.organiser;
  const sponsorA = await addSponsor(organiser, s.campaign.id, {
    name: "Sponsor A GmbH",
    contactName: SECRET.contactA,
    contactEmail: SECRET.emailA,
  });
  const sponsorB = await addSponsor(organiser, s.campaign.id, {
    name: "Sponsor B GmbH",
    contactName: SECRET.contactB,
    contactEmail: SECRET.emailB,
  });
  // Notes set in place, so the rows' expected versions stay 1.
  s.db
    .update(sponsors)
    .set({ notes: SECRET.sponsorNotes })
    .where(inArray(sponsors.id, [sponsorA.id, sponsorB.id]))
    .run();
  const sponsorInB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner AG" });
  const pledgeA = await addPledge(organiser, s.campaign.id, sponsorA.id, 1_000_000, {
    note: SECRET.pledgeNote,
    idempotencyKey: SECRET.importKey,
  });
  const pledgeOfB = await addPledge(organiser, s.campaign.id, sponsorB.id, 2_000_000, { note: SECRET.pledgeNote });
  // B's history holds a changed note and an organiser's reason: internal, like the note itself.
  await organiser.pledge.update({
    pledgeId: pledgeOfB.id,
    expectedVersion: pledgeOfB.version,
    note: SECRET.laterNote,
    reason: SECRET.reason,
  });
  for (const [user, name] of [
    [s.users.organiser, SECRET.organiserName],
    [s.users.admin, SECRET.adminName],
  ] as const)
    s.db.update(users).set({ name }).where(eq(users.id, user.id)).run();
  const pledgeInB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorInB.id, 3_000_000);
  const organiserToken = await organiser.apiToken.create({ name: "bank import", scope: "write" });
  // Attachment rows as an upload leaves them (the HTTP route stores the file; no procedure here reads it).
  const attachmentOf = (pledge: Pick<Pledge, "id" | "campaignId">, storedName: string) =>
    s.db
      .insert(attachments)
      .values({
        campaignId: pledge.campaignId,
        pledgeId: pledge.id,
        filename: "zusage.pdf",
        contentType: "application/pdf",
        sizeBytes: 100,
        sha256: "0".repeat(64),
        storedName,
        createdAt: 0,
        createdBy: s.users.admin.id,
      })
      .returning()
      .get();
  const attachmentA = attachmentOf(pledgeA, "a".repeat(32));
  const attachmentInB = attachmentOf(pledgeInB, "b".repeat(32));
  // A bank credit waiting for review in each campaign, as a statement import leaves it.
  const bankEntryOf = (campaignId: number, key: string) =>
    s.db
      .insert(bankEntries)
      .values({
        campaignId,
        dedupeKey: key,
        fileName: "auszug.xml",
        bookedOn: "2016-05-20",
        amountCents: 1_000,
        remittance: "Spende",
        state: "unmatched",
        reason: "no_reference",
        importedAt: 0,
      })
      .returning()
      .get();
  const bankEntryA = bankEntryOf(s.campaign.id, "v1:a");
  const bankEntryInB = bankEntryOf(s.otherCampaign.id, "v1:b");
  const funder = await addUser(s.db, "funder@example.org", "funder", s.campaign.id);
  const documents = await documentFixture(s, sponsorInB);
  useCheapPasswords(s.db);
  const session = (sponsor: typeof sponsorA): SponsorSession => ({
    kind: "sponsor",
    sponsorId: sponsor.id,
    campaignId: sponsor.campaignId,
    name: sponsor.name,
  });
  return {
    s,
    funder,
    sponsorA,
    sponsorB,
    sponsorInB,
    pledgeA,
    pledgeOfB,
    pledgeInB,
    organiserTokenId: organiserToken.id,
    attachmentA,
    attachmentInB,
    bankEntryA,
    bankEntryInB,
    ...documents,
    sponsorSessions: { "sponsor A": session(sponsorA), "sponsor B": session(sponsorB) },
    A: s.campaign.id,
    B: s.otherCampaign.id,
  };
}
type Fixture = Awaited<ReturnType<typeof buildFixture>>;

/**
 * Receipts (issue 17): sponsor C of campaign A with a postal address and two payments, one of
 * them on an issued receipt; a pledge with a payment in campaign B (which has no issuer). The issuer is set
 * in place, so the campaign's expected version stays 1; A's and B's rows are left as they are.
 */
async function documentFixture(s: Awaited<ReturnType<typeof setup>>, sponsorInB: { id: number }) {
  const organiser = s.as.organiser;
  s.db
    .update(campaigns)
    .set({
      issuer: {
        legalName: "Aachen digitalisiert e.V.",
        address: "Theaterstraße 1\n52062 Aachen",
        taxNumber: "201/5902/1234",
        exemption: { kind: "freistellungsbescheid", taxOffice: "Aachen-Stadt", date: "2015-05-12", period: "2013" },
        purpose: "der Wissenschaft und Forschung",
        signatory: "Dr. Eva Engel, Vorstand",
      },
    })
    .where(eq(campaigns.id, s.campaign.id))
    .run();
  const sponsorC = await addSponsor(organiser, s.campaign.id, {
    name: "Sponsor C GmbH",
    address: "Weg 1\n52062 Aachen",
  });
  let pledgeC = await addPledge(organiser, s.campaign.id, sponsorC.id, 500_000);
  for (const paidAt of ["2016-05-20", "2016-05-20"])
    pledgeC = await organiser.pledge.recordPayment({
      pledgeId: pledgeC.id,
      amountCents: 100_000,
      paidAt,
      expectedVersion: pledgeC.version,
    });
  const [paymentC, receiptedPaymentC] = (await organiser.pledge.get({ pledgeId: pledgeC.id })).payments.map(
    (p) => p.id,
  );
  const receiptC = await organiser.document.issue({ paymentId: receiptedPaymentC });
  const paidInB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorInB.id, 500_000);
  await s.as.otherOrganiser.pledge.recordPayment({
    pledgeId: paidInB.id,
    amountCents: 100_000,
    paidAt: "2016-05-20",
    expectedVersion: paidInB.version,
  });
  const [paymentInB] = (await s.as.otherOrganiser.pledge.get({ pledgeId: paidInB.id })).payments.map((p) => p.id);
  return { sponsorC, paymentC, receiptedPaymentC, receiptC: receiptC.documentId, paymentInB };
}

async function callerAs(who: Who, db: Db, fx: Fixture): Promise<Caller> {
  const { users, clock } = fx.s;
  const user = {
    anonymous: null,
    "sponsor A": null,
    "sponsor B": null,
    committee: users.committee,
    "other organiser": users.otherOrganiser,
    organiser: users.organiser,
    admin: users.admin,
    funder: fx.funder,
  }[who];
  const sponsor = who === "sponsor A" || who === "sponsor B" ? fx.sponsorSessions[who] : null;
  return createCaller(await createContextInner({ services: servicesFor(db), user, sponsor, now: clock.now }));
}

interface Row {
  procedure: Path;
  situation: string | null;
  input: (fx: Fixture) => unknown;
  outcomes: Outcomes;
  /** Done by the admin on the cell's copy before the call. */
  arrange?: (admin: Caller, fx: Fixture) => Promise<unknown>;
}

/** A row with valid input; `situation` names what differs from the plain case. */
function row<P extends Path>(
  procedure: P,
  input: (fx: Fixture) => InputOf<P>,
  outcomes: Outcomes,
  more: Partial<Pick<Row, "situation" | "arrange">> = {},
): Row {
  return { procedure, input, outcomes, situation: more.situation ?? null, arrange: more.arrange };
}

/** A row whose input breaks the procedure's schema. */
function bad<P extends Path>(procedure: P, input: (fx: Fixture) => unknown, outcomes: Outcomes): Row {
  return { procedure, input, outcomes, situation: "bad input" };
}

const none = () => undefined as never;
const today = "2016-05-20";
const newCampaign = { name: "Köln digital", targetCents: 100_000, matchCapCents: 100_000, deadline: "2016-07-01" };
/** Campaign A approved with a grant, and €1,000 received on sponsor A's pledge: €1,000 of the state's share is callable. */
const approvedWithFunds = async (admin: Caller, fx: Fixture) => {
  await admin.campaign.update({ campaignId: fx.A, expectedVersion: 1, applicationStatus: "submitted" });
  await admin.campaign.update({
    campaignId: fx.A,
    expectedVersion: 2,
    applicationStatus: "approved",
    grantCents: 100_000_000,
  });
  await admin.pledge.recordPayment({
    pledgeId: fx.pledgeA.id,
    amountCents: 100_000,
    paidAt: today,
    expectedVersion: 1,
  });
};
const publicPageOn = (admin: Caller, fx: Fixture) =>
  admin.campaign.update({ campaignId: fx.A, expectedVersion: 1, publicPage: true });
const importCsv = "Name;Art;Land;Betrag;Typ;Status;Datum\nNeu GmbH;Unternehmen;DE;1.500,50;Geld;Zugesagt;20.05.2016";
const importBase64 = Buffer.from(importCsv).toString("base64");

// prettier-ignore
const ROWS: Row[] = [
  //                                                                                                     anonymous sponsor A sponsor B committee other org organiser admin funder
  row("auth.login", () => ({ email: "organiser@example.org", password: PASSWORD }), [OK, OK, OK, OK, OK, OK, OK, OK]),
  bad("auth.login", () => ({ email: "not an email", password: "" }), [B, B, B, B, B, B, B, B]),
  row("auth.logout", none, [U, OK, OK, OK, OK, OK, OK, OK]),
  row("auth.me", none, [OK, OK, OK, OK, OK, OK, OK, OK]),
  row("auth.changePassword", () => ({ currentPassword: PASSWORD, newPassword: "a new long password" }), [
    U,
    F,
    F,
    OK,
    OK,
    OK,
    OK,
    OK,
  ]),
  bad("auth.changePassword", () => ({ currentPassword: PASSWORD, newPassword: "short" }), [U, F, F, B, B, B, B, B]),

  row("user.list", none, [U, F, F, F, F, F, OK, F]),
  row(
    "user.create",
    (fx) => ({
      email: "new@example.org",
      name: "New",
      password: "long enough pw",
      role: "committee",
      campaignId: fx.A,
    }),
    [U, F, F, F, F, F, OK, F],
  ),
  bad("user.create", () => ({ email: "not an email", name: "New", password: "long enough pw", role: "admin" }), [
    U,
    F,
    F,
    F,
    F,
    F,
    B,
    F,
  ]),
  row(
    "user.create",
    () => ({ email: "committee@example.org", name: "Again", password: "long enough pw", role: "admin" }),
    [U, F, F, F, F, F, C, F],
    { situation: "taken email" },
  ),
  row("user.setMembership", (fx) => ({ userId: fx.s.users.committee.id, campaignId: fx.A, role: "organiser" }), [
    U,
    F,
    F,
    F,
    F,
    F,
    OK,
    F,
  ]),
  bad("user.setMembership", (fx) => ({ userId: fx.s.users.committee.id, campaignId: fx.A, role: "owner" }), [
    U,
    F,
    F,
    F,
    F,
    F,
    B,
    F,
  ]),
  row(
    "user.setMembership",
    (fx) => ({ userId: fx.s.users.committee.id, campaignId: fx.A, role: "funder" }),
    [U, F, F, F, F, F, OK, F],
    {
      situation: "a funder",
    },
  ),
  row(
    "user.setMembership",
    (fx) => ({ userId: fx.s.users.organiser.id, campaignId: fx.B, role: "funder" }),
    [U, F, F, F, F, F, C, F],
    {
      situation: "an organiser made funder of another campaign",
    },
  ),
  row(
    "user.setMembership",
    (fx) => ({ userId: fx.funder.id, campaignId: fx.B, role: "committee" }),
    [U, F, F, F, F, F, C, F],
    {
      situation: "a funder made committee member of another campaign",
    },
  ),
  row("user.setMembership", (fx) => ({ userId: 9999, campaignId: fx.A, role: "organiser" }), [U, F, F, F, F, F, N, F], {
    situation: "unknown user",
  }),
  row("user.setAdmin", (fx) => ({ userId: fx.s.users.organiser.id, isAdmin: true }), [U, F, F, F, F, F, OK, F]),
  bad("user.setAdmin", (fx) => ({ userId: fx.s.users.organiser.id, isAdmin: "yes" }), [U, F, F, F, F, F, B, F]),
  row("user.setAdmin", () => ({ userId: 9999, isAdmin: true }), [U, F, F, F, F, F, N, F], {
    situation: "unknown user",
  }),
  row("user.setDisabled", (fx) => ({ userId: fx.s.users.organiser.id, disabled: true }), [U, F, F, F, F, F, OK, F]),
  bad("user.setDisabled", (fx) => ({ userId: fx.s.users.organiser.id, disabled: "yes" }), [U, F, F, F, F, F, B, F]),
  row("user.resetPassword", (fx) => ({ userId: fx.s.users.organiser.id, password: "reset long password" }), [
    U,
    F,
    F,
    F,
    F,
    F,
    OK,
    F,
  ]),
  bad("user.resetPassword", (fx) => ({ userId: fx.s.users.organiser.id, password: "short" }), [U, F, F, F, F, F, B, F]),
  // Every user sets its own language; a sponsor keeps its choice in the browser.
  row("user.setLocale", () => ({ locale: "en" }), [U, F, F, OK, OK, OK, OK, OK]),
  bad("user.setLocale", () => ({ locale: "nl" }), [U, F, F, B, B, B, B, B]),

  row("campaign.list", none, [U, OK, OK, OK, OK, OK, OK, OK]),
  row("campaign.create", () => newCampaign, [U, F, F, F, F, F, OK, F]),
  bad("campaign.create", () => ({ ...newCampaign, targetCents: 0 }), [U, F, F, F, F, F, B, F]),
  row("campaign.update", (fx) => ({ campaignId: fx.A, expectedVersion: 1, name: "Aachen" }), [U, F, F, F, F, F, OK, F]),
  bad("campaign.update", (fx) => ({ campaignId: fx.A, expectedVersion: 1, deadline: "2016-02-30" }), [
    U,
    F,
    F,
    F,
    F,
    F,
    B,
    F,
  ]),
  row(
    "campaign.update",
    (fx) => ({ campaignId: fx.A, expectedVersion: 1, grantCents: 100_000 }),
    [U, F, F, F, F, F, B, F],
    {
      situation: "a grant before approval",
    },
  ),
  row("campaign.update", () => ({ campaignId: 9999, expectedVersion: 1, name: "Aachen" }), [U, F, F, F, F, F, N, F], {
    situation: "unknown campaign",
  }),
  row("campaign.update", (fx) => ({ campaignId: fx.A, expectedVersion: 7, name: "Aachen" }), [U, F, F, F, F, F, C, F], {
    situation: "stale expectedVersion",
  }),
  // Who may own a sponsor (the sponsor form's owner list): for those who edit sponsors.
  row("campaign.staff", (fx) => ({ campaignId: fx.A }), [U, F, F, F, N, OK, OK, F]),
  bad("campaign.staff", () => ({ campaignId: -1 }), [U, F, F, B, B, B, B, F]),
  row("campaign.staff", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("campaign.staff", () => ({ campaignId: 9999 }), [U, F, F, N, N, N, N, F], { situation: "unknown campaign" }),
  row("campaign.summary", (fx) => ({ campaignId: fx.A }), [U, OK, OK, OK, N, OK, OK, OK]),
  bad("campaign.summary", (fx) => ({ campaignId: fx.A, asOf: "2016-02-30" }), [U, B, B, B, B, B, B, B]),
  row("campaign.summary", (fx) => ({ campaignId: fx.B }), [U, N, N, N, OK, N, OK, N], { situation: "campaign B" }),
  row("campaign.summary", () => ({ campaignId: 9999 }), [U, N, N, N, N, N, N, N], { situation: "unknown campaign" }),
  // The live summary: what campaign.summary shows, to the same callers (invoke reads its first event).
  row("campaign.onSummary", (fx) => ({ campaignId: fx.A }), [U, OK, OK, OK, N, OK, OK, F]),
  bad("campaign.onSummary", () => ({ campaignId: "A" }), [U, B, B, B, B, B, B, F]),
  row("campaign.onSummary", (fx) => ({ campaignId: fx.B }), [U, N, N, N, OK, N, OK, F], { situation: "campaign B" }),
  row("campaign.onSummary", () => ({ campaignId: 9999 }), [U, N, N, N, N, N, N, F], { situation: "unknown campaign" }),
  // Committee figures: staff of the campaign only; a sponsor sees no breakdowns.
  row("campaign.pipeline", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  bad("campaign.pipeline", (fx) => ({ campaignId: fx.A, limit: 0 }), [U, F, F, B, B, B, B, F]),
  row("campaign.pipeline", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("campaign.pipeline", () => ({ campaignId: 9999 }), [U, F, F, N, N, N, N, F], { situation: "unknown campaign" }),
  row("campaign.breakdowns", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  row("campaign.breakdowns", (fx) => ({ campaignId: fx.A, asOf: "2016-05-01" }), [U, F, F, OK, N, OK, OK, F], {
    situation: "asOf in the past",
  }),
  bad("campaign.breakdowns", (fx) => ({ campaignId: fx.A, asOf: "2016-02-30" }), [U, F, F, B, B, B, B, F]),
  row("campaign.breakdowns", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),

  row("campaign.corrections", (fx) => ({ campaignId: fx.A, knownAt: "2016-05-19T18:00:00Z" }), [
    U,
    F,
    F,
    OK,
    N,
    OK,
    OK,
    F,
  ]),
  bad("campaign.corrections", (fx) => ({ campaignId: fx.A, knownAt: "19.05.2016 18:00" }), [U, F, F, B, B, B, B, F]),
  row(
    "campaign.corrections",
    (fx) => ({ campaignId: fx.B, knownAt: "2016-05-19T18:00:00Z" }),
    [U, F, F, N, OK, N, OK, F],
    {
      situation: "campaign B",
    },
  ),

  // The state's share (issue 17): the drawdown for whoever reads the campaign and its funders; calls and receipts for organisers and admins.
  row("campaign.drawdown", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, OK]),
  bad("campaign.drawdown", (fx) => ({ campaignId: fx.A, asOf: "2016-02-30" }), [U, F, F, B, B, B, B, B]),
  row("campaign.drawdown", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, N], { situation: "campaign B" }),
  row("campaign.drawdown", () => ({ campaignId: 9999 }), [U, F, F, N, N, N, N, N], { situation: "unknown campaign" }),
  row(
    "statePayment.callFunds",
    (fx) => ({ campaignId: fx.A, amountCents: 100_000, calledAt: today }),
    [U, F, F, F, N, OK, OK, F],
    {
      arrange: approvedWithFunds,
    },
  ),
  bad("statePayment.callFunds", (fx) => ({ campaignId: fx.A, amountCents: 0, calledAt: today }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  // Callable: 1:1 of the €3,000 received in A (€1,000 arranged, €2,000 of sponsor C's payments).
  row(
    "statePayment.callFunds",
    (fx) => ({ campaignId: fx.A, amountCents: 300_001, calledAt: today }),
    [U, F, F, F, N, B, B, F],
    {
      situation: "above what is callable",
      arrange: approvedWithFunds,
    },
  ),
  row(
    "statePayment.callFunds",
    (fx) => ({ campaignId: fx.A, amountCents: 100, calledAt: today }),
    [U, F, F, F, N, C, C, F],
    {
      situation: "no grant recorded",
    },
  ),
  row(
    "statePayment.callFunds",
    (fx) => ({ campaignId: fx.B, amountCents: 100, calledAt: today }),
    [U, F, F, N, C, N, C, F],
    {
      situation: "campaign B, no grant recorded",
    },
  ),
  row(
    "statePayment.record",
    (fx) => ({ campaignId: fx.A, amountCents: 100_000, receivedAt: today }),
    [U, F, F, F, N, OK, OK, F],
    {
      arrange: approvedWithFunds,
    },
  ),
  bad("statePayment.record", (fx) => ({ campaignId: fx.A, amountCents: 100, receivedAt: "2016-05-21" }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row(
    "statePayment.record",
    (fx) => ({ campaignId: fx.A, amountCents: 100, receivedAt: today }),
    [U, F, F, F, N, C, C, F],
    {
      situation: "no grant recorded",
    },
  ),
  // The funder's portfolio: funders and admins.
  row("portfolio.summary", () => ({}), [U, F, F, F, F, F, OK, OK]),
  bad("portfolio.summary", () => "all", [U, F, F, B, B, B, B, B]),

  row("sponsor.create", (fx) => ({ campaignId: fx.A, name: "Neu GmbH", kind: "company", country: "DE" }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("sponsor.create", (fx) => ({ campaignId: fx.A, name: "Neu GmbH", kind: "company", country: "Germany" }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row(
    "sponsor.create",
    (fx) => ({ campaignId: fx.B, name: "Neu GmbH", kind: "company", country: "DE" }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "campaign B" },
  ),
  row(
    "sponsor.create",
    (fx) => ({ campaignId: fx.A, name: "sponsor a  gmbh", kind: "company", country: "DE" }),
    [U, F, F, F, N, C, C, F],
    { situation: "name taken" },
  ),
  row("sponsor.list", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  bad("sponsor.list", (fx) => ({ campaignId: fx.A, limit: 501 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.list", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("sponsor.createAccessLink", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.createAccessLink", () => ({ sponsorId: 0 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.createAccessLink", (fx) => ({ sponsorId: fx.sponsorInB.id }), [U, F, F, N, OK, N, OK, F], {
    situation: "sponsor of campaign B",
  }),
  row("sponsor.createAccessLink", () => ({ sponsorId: 9999 }), [U, F, F, N, N, N, N, F], {
    situation: "unknown sponsor",
  }),
  row("sponsor.revokeAccessLinks", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  row("sponsor.sendAccessLink", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.sendAccessLink", (fx) => ({ sponsorId: fx.sponsorA.id, locale: "fr" }), [U, F, F, B, B, B, B, F]),
  row("sponsor.sendAccessLink", (fx) => ({ sponsorId: fx.sponsorInB.id }), [U, F, F, N, B, N, B, F], {
    situation: "sponsor of campaign B, without a contact e-mail",
  }),
  row("sponsor.sendAccessLink", () => ({ sponsorId: 9999 }), [U, F, F, N, N, N, N, F], {
    situation: "unknown sponsor",
  }),
  // Bank statements and the credits they leave for review: organisers and admins of the campaign.
  row("payment.importStatement", (fx) => ({ campaignId: fx.A, ...STATEMENT }), [U, F, F, F, N, OK, OK, F]),
  bad("payment.importStatement", (fx) => ({ campaignId: fx.A, ...STATEMENT, contentBase64: "%%" }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row("payment.importStatement", (fx) => ({ campaignId: fx.B, ...STATEMENT }), [U, F, F, N, OK, N, OK, F], {
    situation: "campaign B",
  }),
  row("payment.reviewQueue", (fx) => ({ campaignId: fx.A }), [U, F, F, F, N, OK, OK, F]),
  bad("payment.reviewQueue", () => ({ campaignId: 0 }), [U, F, F, B, B, B, B, F]),
  row("payment.reviewQueue", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("payment.assignEntry", (fx) => ({ entryId: fx.bankEntryA.id, pledgeId: fx.pledgeA.id }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("payment.assignEntry", (fx) => ({ entryId: fx.bankEntryA.id, pledgeId: -1 }), [U, F, F, B, B, B, B, F]),
  row(
    "payment.assignEntry",
    (fx) => ({ entryId: fx.bankEntryInB.id, pledgeId: fx.pledgeInB.id }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "credit of campaign B" },
  ),
  row(
    "payment.assignEntry",
    (fx) => ({ entryId: fx.bankEntryA.id, pledgeId: fx.pledgeInB.id }),
    [U, F, F, F, N, N, N, F],
    {
      situation: "a pledge of another campaign",
    },
  ),
  row("payment.assignEntry", (fx) => ({ entryId: 9999, pledgeId: fx.pledgeA.id }), [U, F, F, N, N, N, N, F], {
    situation: "unknown credit",
  }),
  row("payment.dismissEntry", (fx) => ({ entryId: fx.bankEntryA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("payment.dismissEntry", () => ({ entryId: 1.5 }), [U, F, F, B, B, B, B, F]),
  row("payment.dismissEntry", (fx) => ({ entryId: fx.bankEntryInB.id }), [U, F, F, N, OK, N, OK, F], {
    situation: "credit of campaign B",
  }),
  row("mail.list", (fx) => ({ campaignId: fx.A }), [U, F, F, F, N, OK, OK, F]),
  bad("mail.list", (fx) => ({ campaignId: fx.A, status: "bounced" }), [U, F, F, B, B, B, B, F]),
  row("mail.list", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  bad("sponsor.revokeAccessLinks", () => ({ sponsorId: "1" }), [U, F, F, B, B, B, B, F]),
  row("sponsor.exportContact", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.exportContact", () => ({ sponsorId: -1 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.logContact", (fx) => ({ sponsorId: fx.sponsorA.id, at: "2016-05-02", channel: "phone" }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("sponsor.logContact", (fx) => ({ sponsorId: fx.sponsorA.id, at: "2016-05-02", channel: "fax" }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row("sponsor.contacts", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.contacts", () => ({ sponsorId: -1 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.callList", (fx) => ({ campaignId: fx.A }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.callList", () => ({ campaignId: 0 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.eraseContact", (fx) => ({ sponsorId: fx.sponsorA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("sponsor.eraseContact", () => ({ sponsorId: 1.5 }), [U, F, F, B, B, B, B, F]),

  row(
    "pledge.create",
    (fx) => ({ campaignId: fx.A, sponsorId: fx.sponsorA.id, amountCents: 100, type: "cash", status: "intent" }),
    [U, F, F, F, N, OK, OK, F],
  ),
  bad(
    "pledge.create",
    (fx) => ({ campaignId: fx.A, sponsorId: fx.sponsorA.id, amountCents: 0, type: "cash", status: "intent" }),
    [U, F, F, B, B, B, B, F],
  ),
  row(
    "pledge.create",
    (fx) => ({ campaignId: fx.B, sponsorId: fx.sponsorInB.id, amountCents: 100, type: "cash", status: "intent" }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "campaign B" },
  ),
  row("pledge.list", (fx) => ({ campaignId: fx.A }), [U, OK, OK, OK, N, OK, OK, F]),
  bad("pledge.list", (fx) => ({ campaignId: fx.A, limit: 0 }), [U, B, B, B, B, B, B, F]),
  row("pledge.list", (fx) => ({ campaignId: fx.B }), [U, N, N, N, OK, N, OK, F], { situation: "campaign B" }),
  row("pledge.setStatus", (fx) => ({ pledgeId: fx.pledgeA.id, status: "withdrawn", expectedVersion: 1, reason: "x" }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("pledge.setStatus", (fx) => ({ pledgeId: fx.pledgeA.id, status: "withdrawn", expectedVersion: 1 }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row(
    "pledge.setStatus",
    (fx) => ({ pledgeId: fx.pledgeInB.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "pledge of campaign B" },
  ),
  row(
    "pledge.setStatus",
    () => ({ pledgeId: 9999, status: "withdrawn", expectedVersion: 1, reason: "x" }),
    [U, F, F, N, N, N, N, F],
    { situation: "unknown pledge" },
  ),
  row(
    "pledge.setStatus",
    (fx) => ({ pledgeId: fx.pledgeA.id, status: "withdrawn", expectedVersion: 7, reason: "x" }),
    [U, F, F, F, N, C, C, F],
    { situation: "stale expectedVersion" },
  ),
  row(
    "pledge.setStatus",
    (fx) => ({ pledgeId: fx.pledgeA.id, status: "paid", expectedVersion: 1 }),
    [U, F, F, F, N, C, C, F],
    { situation: "illegal move" },
  ),
  row(
    "pledge.recordPayment",
    (fx) => ({ pledgeId: fx.pledgeA.id, amountCents: 100, paidAt: today, expectedVersion: 1 }),
    [U, F, F, F, N, OK, OK, F],
  ),
  bad(
    "pledge.recordPayment",
    (fx) => ({ pledgeId: fx.pledgeA.id, amountCents: -100, paidAt: today, expectedVersion: 1 }),
    [U, F, F, B, B, B, B, F],
  ),
  row(
    "pledge.recordPayment",
    (fx) => ({ pledgeId: fx.pledgeA.id, amountCents: 1_000_001, paidAt: today, expectedVersion: 1 }),
    [U, F, F, F, N, C, C, F],
    { situation: "overpayment" },
  ),
  row("sponsor.update", (fx) => ({ sponsorId: fx.sponsorA.id, expectedVersion: 1, sector: "IT" }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("sponsor.update", (fx) => ({ sponsorId: fx.sponsorA.id, expectedVersion: 1, country: "Deutschland" }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row(
    "sponsor.update",
    (fx) => ({ sponsorId: fx.sponsorInB.id, expectedVersion: 1, sector: "IT" }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "sponsor of campaign B" },
  ),
  row(
    "sponsor.update",
    (fx) => ({ sponsorId: fx.sponsorA.id, expectedVersion: 5, sector: "IT" }),
    [U, F, F, F, N, C, C, F],
    { situation: "stale expectedVersion" },
  ),
  row("sponsor.merge", (fx) => ({ intoSponsorId: fx.sponsorA.id, fromSponsorId: fx.sponsorB.id }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("sponsor.merge", (fx) => ({ intoSponsorId: fx.sponsorA.id }), [U, F, F, B, B, B, B, F]),
  row(
    "sponsor.merge",
    (fx) => ({ intoSponsorId: fx.sponsorA.id, fromSponsorId: fx.sponsorInB.id }),
    [U, F, F, F, N, N, N, F],
    { situation: "sponsors of two campaigns" },
  ),
  row(
    "sponsor.merge",
    (fx) => ({ intoSponsorId: fx.sponsorA.id, fromSponsorId: fx.sponsorA.id }),
    [U, F, F, F, N, C, C, F],
    { situation: "into itself" },
  ),
  row("sponsor.duplicates", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  bad("sponsor.duplicates", () => ({ campaignId: -1 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.duplicates", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("sponsor.membershipTypes", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  bad("sponsor.membershipTypes", () => ({ campaignId: -1 }), [U, F, F, B, B, B, B, F]),
  row("sponsor.membershipTypes", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], {
    situation: "campaign B",
  }),
  row("pledge.get", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, OK, N, OK, OK, F]),
  bad("pledge.get", () => ({ pledgeId: 0 }), [U, F, F, B, B, B, B, F]),
  row("pledge.get", (fx) => ({ pledgeId: fx.pledgeInB.id }), [U, F, F, N, OK, N, OK, F], {
    situation: "pledge of campaign B",
  }),
  row("pledge.update", (fx) => ({ pledgeId: fx.pledgeA.id, expectedVersion: 1, amountCents: 1_200_000 }), [
    U,
    F,
    F,
    F,
    N,
    OK,
    OK,
    F,
  ]),
  bad("pledge.update", (fx) => ({ pledgeId: fx.pledgeA.id, expectedVersion: 1, amountCents: 0.5 }), [
    U,
    F,
    F,
    B,
    B,
    B,
    B,
    F,
  ]),
  row(
    "pledge.update",
    (fx) => ({ pledgeId: fx.pledgeInB.id, expectedVersion: 1, amountCents: 1_200_000 }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "pledge of campaign B" },
  ),
  row(
    "pledge.update",
    (fx) => ({ pledgeId: fx.pledgeA.id, expectedVersion: 9, amountCents: 1_200_000 }),
    [U, F, F, F, N, C, C, F],
    { situation: "stale expectedVersion" },
  ),
  row("pledge.undo", (fx) => ({ pledgeId: fx.pledgeA.id, expectedVersion: 1 }), [U, F, F, F, N, OK, OK, F]),
  bad("pledge.undo", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, B, B, B, B, F]),
  row("pledge.undo", (fx) => ({ pledgeId: fx.pledgeInB.id, expectedVersion: 1 }), [U, F, F, N, OK, N, OK, F], {
    situation: "pledge of campaign B",
  }),
  row("pledge.history", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, OK, N, OK, N, OK, OK, F]),
  bad("pledge.history", () => ({ pledgeId: "one" }), [U, B, B, B, B, B, B, F]),
  row("pledge.history", (fx) => ({ pledgeId: fx.pledgeInB.id }), [U, N, N, N, OK, N, OK, F], {
    situation: "pledge of campaign B",
  }),
  row("pledge.history", () => ({ pledgeId: 9999 }), [U, N, N, N, N, N, N, F], { situation: "unknown pledge" }),
  row("pledge.attachments", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, OK, N, OK, N, OK, OK, F]),
  bad("pledge.attachments", () => ({ pledgeId: 0 }), [U, B, B, B, B, B, B, F]),
  row("pledge.attachments", (fx) => ({ pledgeId: fx.pledgeInB.id }), [U, N, N, N, OK, N, OK, F], {
    situation: "pledge of campaign B",
  }),
  row("pledge.attachments", () => ({ pledgeId: 9999 }), [U, N, N, N, N, N, N, F], { situation: "unknown pledge" }),
  row("pledge.removeAttachment", (fx) => ({ attachmentId: fx.attachmentA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("pledge.removeAttachment", () => ({ attachmentId: "1" }), [U, F, F, B, B, B, B, F]),
  row("pledge.removeAttachment", (fx) => ({ attachmentId: fx.attachmentInB.id }), [U, F, F, N, OK, N, OK, F], {
    situation: "attachment of campaign B",
  }),
  row("pledge.removeAttachment", () => ({ attachmentId: 9999 }), [U, F, F, N, N, N, N, F], {
    situation: "unknown attachment",
  }),
  row("pledge.removeAttachment", (fx) => ({ attachmentId: fx.attachmentA.id }), [U, F, F, N, N, N, N, F], {
    situation: "already removed",
    arrange: (admin, fx) => admin.pledge.removeAttachment({ attachmentId: fx.attachmentA.id }),
  }),
  row("pledge.importCsv", (fx) => ({ campaignId: fx.A, csv: importCsv, dryRun: false }), [U, F, F, F, N, OK, OK, F]),
  bad("pledge.importCsv", (fx) => ({ campaignId: fx.A, csv: 42, dryRun: false }), [U, F, F, B, B, B, B, F]),
  row("pledge.importCsv", (fx) => ({ campaignId: fx.B, csv: importCsv, dryRun: false }), [U, F, F, N, OK, N, OK, F], {
    situation: "campaign B",
  }),
  row(
    "pledge.importFile",
    (fx) => ({ campaignId: fx.A, filename: "zusagen.csv", contentBase64: importBase64, dryRun: false }),
    [U, F, F, F, N, OK, OK, F],
  ),
  bad(
    "pledge.importFile",
    (fx) => ({ campaignId: fx.A, filename: "zusagen.pdf", contentBase64: importBase64, dryRun: false }),
    [U, F, F, B, B, B, B, F],
  ),
  row(
    "pledge.importFile",
    (fx) => ({ campaignId: fx.B, filename: "zusagen.csv", contentBase64: importBase64, dryRun: false }),
    [U, F, F, N, OK, N, OK, F],
    { situation: "campaign B" },
  ),

  // A pledge's letters by e-mail: organisers and admins; refused as the HTTP letters are.
  row("pledge.sendConfirmation", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("pledge.sendConfirmation", (fx) => ({ pledgeId: fx.pledgeA.id, locale: "fr" }), [U, F, F, B, B, B, B, F]),
  row("pledge.sendConfirmation", (fx) => ({ pledgeId: fx.pledgeInB.id }), [U, F, F, N, B, N, B, F], {
    situation: "pledge of campaign B, its sponsor without a contact e-mail",
  }),
  row("pledge.sendConfirmation", () => ({ pledgeId: 9999 }), [U, F, F, N, N, N, N, F], { situation: "unknown pledge" }),
  row("pledge.sendConfirmation", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, F, N, C, C, F], {
    situation: "withdrawn pledge",
    arrange: (admin, fx) =>
      admin.pledge.setStatus({ pledgeId: fx.pledgeA.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
  }),
  row("pledge.sendThanks", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, F, N, OK, OK, F]),
  bad("pledge.sendThanks", () => ({ pledgeId: 0 }), [U, F, F, B, B, B, B, F]),
  row("pledge.sendThanks", (fx) => ({ pledgeId: fx.pledgeInB.id }), [U, F, F, N, B, N, B, F], {
    situation: "pledge of campaign B, its sponsor without a contact e-mail",
  }),
  row("pledge.sendThanks", (fx) => ({ pledgeId: fx.pledgeA.id }), [U, F, F, F, N, C, C, F], {
    situation: "withdrawn pledge",
    arrange: (admin, fx) =>
      admin.pledge.setStatus({ pledgeId: fx.pledgeA.id, status: "withdrawn", expectedVersion: 1, reason: "x" }),
  }),

  // Receipts and invoices (issue 17): issued and cancelled by organisers and admins, listed for all staff.
  row("document.issue", (fx) => ({ paymentId: fx.paymentC }), [U, F, F, F, N, OK, OK, F]),
  bad("document.issue", () => ({ paymentId: 0 }), [U, F, F, B, B, B, B, F]),
  row("document.issue", (fx) => ({ sponsorId: fx.sponsorC.id, year: 2016 }), [U, F, F, F, N, OK, OK, F], {
    situation: "collective receipt",
  }),
  row("document.issue", (fx) => ({ paymentId: fx.receiptedPaymentC }), [U, F, F, F, N, C, C, F], {
    situation: "payment on a receipt already",
  }),
  row("document.issue", (fx) => ({ paymentId: fx.paymentInB }), [U, F, F, N, C, N, C, F], {
    situation: "payment of campaign B, which has no issuer",
  }),
  row("document.issue", () => ({ paymentId: 9999 }), [U, F, F, N, N, N, N, F], { situation: "unknown payment" }),
  row("document.cancel", (fx) => ({ documentId: fx.receiptC, reason: "address moved" }), [U, F, F, F, N, OK, OK, F]),
  bad("document.cancel", (fx) => ({ documentId: fx.receiptC }), [U, F, F, B, B, B, B, F]),
  row("document.cancel", () => ({ documentId: 9999, reason: "x" }), [U, F, F, N, N, N, N, F], {
    situation: "unknown document",
  }),
  row("document.list", (fx) => ({ campaignId: fx.A }), [U, F, F, OK, N, OK, OK, F]),
  bad("document.list", () => ({ campaignId: -1 }), [U, F, F, B, B, B, B, F]),
  row("document.list", (fx) => ({ campaignId: fx.B }), [U, F, F, N, OK, N, OK, F], { situation: "campaign B" }),
  row("document.openReceipts", (fx) => ({ campaignId: fx.A, year: 2016 }), [U, F, F, OK, N, OK, OK, F]),
  bad("document.openReceipts", (fx) => ({ campaignId: fx.A, year: 16 }), [U, F, F, B, B, B, B, F]),
  row("document.openReceipts", (fx) => ({ campaignId: fx.B, year: 2016 }), [U, F, F, N, OK, N, OK, F], {
    situation: "campaign B",
  }),

  row("sponsorPortal.me", none, [U, OK, OK, F, F, F, F, F]),
  row("sponsorPortal.setListing", () => ({ listing: "name" }), [U, OK, OK, F, F, F, F, F]),
  bad("sponsorPortal.setListing", () => ({ listing: "everything" }), [U, B, B, F, F, F, F, F]),
  row("sponsorPortal.setReminders", () => ({ enabled: false }), [U, OK, OK, F, F, F, F, F]),
  bad("sponsorPortal.setReminders", () => ({ enabled: "no" }), [U, B, B, F, F, F, F, F]),
  row("sponsorPortal.documents", none, [U, OK, OK, F, F, F, F, F]),

  row("apiToken.create", () => ({ name: "my script", scope: "read" }), [U, F, F, OK, OK, OK, OK, F]),
  bad("apiToken.create", () => ({ name: "" }), [U, F, F, B, B, B, B, F]),
  row("apiToken.list", none, [U, F, F, OK, OK, OK, OK, F]),
  // A token is revoked by its own user only: the organiser's token is NOT_FOUND to anyone else, admins included.
  row("apiToken.revoke", (fx) => ({ tokenId: fx.organiserTokenId }), [U, F, F, N, N, OK, N, F]),
  bad("apiToken.revoke", () => ({ tokenId: 0 }), [U, F, F, B, B, B, B, F]),

  row("publicCampaign.get", (fx) => ({ campaignId: fx.A }), [N, N, N, N, N, N, N, N], { situation: "public page off" }),
  row("publicCampaign.get", (fx) => ({ campaignId: fx.A }), [OK, OK, OK, OK, OK, OK, OK, OK], {
    situation: "public page on",
    arrange: publicPageOn,
  }),
  bad("publicCampaign.get", () => ({ campaignId: "A" }), [B, B, B, B, B, B, B, B]),
  // The live barometer: what publicCampaign.get shows of the figures, to anyone, while the page is on.
  row("publicCampaign.onSummary", (fx) => ({ campaignId: fx.A }), [N, N, N, N, N, N, N, N], {
    situation: "public page off",
  }),
  row("publicCampaign.onSummary", (fx) => ({ campaignId: fx.A }), [OK, OK, OK, OK, OK, OK, OK, OK], {
    situation: "public page on",
    arrange: publicPageOn,
  }),
  row("publicCampaign.onSummary", () => ({ campaignId: 9999 }), [N, N, N, N, N, N, N, N], {
    situation: "unknown campaign",
  }),
  bad("publicCampaign.onSummary", () => ({ campaignId: "A" }), [B, B, B, B, B, B, B, B]),
];

/**
 * Calls the procedure by its dotted path, so a row cannot test another procedure than it names.
 * A subscription resolves to an async iterable whose generator has not run yet: its campaign
 * check happens when iteration starts, so the cell reads the first event (the summary) and
 * then stops the subscription.
 */
async function invoke(caller: Caller, path: Path, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<any>((node, key) => node[key], caller);
  const result = await procedure(input);
  if (!isSubscription(path)) return result;
  const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    expect(first.done, `${path} ended without an event`).toBe(false);
    return first.value;
  } finally {
    await iterator.return?.();
  }
}

function isSubscription(path: Path): boolean {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  return procedures[path]._def.type === "subscription";
}

async function outcomeOf(call: Promise<unknown>): Promise<{ outcome: Outcome; message: string; result?: unknown }> {
  try {
    const result = await call;
    return { outcome: OK, message: "", result };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { outcome: error.code, message: error.message };
  }
}

const titleOf = (r: Row) => (r.situation ? `${r.procedure} (${r.situation})` : r.procedure);
const cells = ROWS.flatMap((r) =>
  CALLERS.map((who, i) => ({
    row: r,
    who,
    expected: r.outcomes[i],
    name: `${titleOf(r)} as ${who} → ${r.outcomes[i]}`,
  })),
);

describe("the authorization matrix", () => {
  it("has a row with valid input for every procedure the router exports, and none for a procedure it does not", () => {
    const exported = Object.keys(appRouter._def.procedures).sort();
    const withValidRow = [...new Set(ROWS.filter((r) => r.situation !== "bad input").map((r) => r.procedure))].sort();
    const named = [...new Set(ROWS.map((r) => r.procedure))].sort();
    expect(withValidRow).toEqual(exported);
    expect(named).toEqual(exported);
  });

  it("has a row with bad input for every procedure that takes input", () => {
    // At run time `procedures` is flat, keyed by dotted path (its static type is the nested record).
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;
    const takingInput = Object.keys(procedures)
      .filter((p) => procedures[p]._def.inputs.length > 0)
      .sort();
    const withBadRow = [...new Set(ROWS.filter((r) => r.situation === "bad input").map((r) => r.procedure))].sort();
    expect(withBadRow).toEqual(takingInput);
  });

  it("names every cell once", () => {
    expect(new Set(cells.map((c) => c.name)).size).toBe(cells.length);
  });
});

describe("each procedure as each caller", () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await buildFixture();
  });

  for (const { name, row: r, who, expected } of cells) {
    it(name, async () => {
      const db = copyDb(fixture.s.db);
      if (r.arrange) await r.arrange(await callerAs("admin", db, fixture), fixture);
      const caller = await callerAs(who, db, fixture);
      const before = rowCounts(db);
      const { outcome, message, result } = await outcomeOf(invoke(caller, r.procedure, r.input(fixture)));
      expect(outcome, message).toBe(expected);
      // Whatever an outside caller gets, no internal word is in it, however deep (signing in
      // makes the caller someone else: its answer is that user's own).
      const answer = JSON.stringify(result ?? null);
      const outside = r.procedure === "auth.login" ? [] : (NEVER[who] ?? []);
      for (const secret of outside) expect(answer, `${r.procedure} gave ${who} "${secret}"`).not.toContain(secret);
      // A refused call writes nothing.
      if (expected !== OK) expect(rowCounts(db)).toEqual(before);
    });
  }
});
