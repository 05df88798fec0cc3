// The world the procedure fuzzer calls into, and one valid input per procedure to start
// mutating from. A procedure missing here is still fuzzed (with its schema's field names and
// whole-input junk); adding a base input lets the fuzzer get past the first check.
import fc from "fast-check";
import writeExcelFile from "write-excel-file/node";
import { attachments } from "../../db/schema";
import { PLEDGE_SORTS } from "../../server/queries/pledgeList";
import { addPledge, addSponsor, PASSWORD, setup, useCheapPasswords } from "../api/helpers";
import type { Json } from "./inputs";
import { jsonOf, junkValue, shortJunkString } from "./junk";

const TODAY = "2016-05-20";
const IMPORT_CSV =
  "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz\nNeu GmbH;Unternehmen;DE;1.500,50;Geld;Zugesagt;20.05.2016;per Brief\nZweite AG;Verband;AT;99,99;Sachleistung;Absicht;2016-05-01;Beamer";

/** Campaign A with two sponsors, a pledge with a payment, an attachment and an API token; campaign B beside it. */
export async function buildFuzzFixture() {
  const s = await setup();
  const organiser = s.as.organiser;
  const sponsorA = await addSponsor(organiser, s.campaign.id, { name: "Fuzz A GmbH", contactEmail: "a@example.org" });
  const sponsorB = await addSponsor(organiser, s.campaign.id, { name: "Fuzz B GmbH", vatId: "DE123" });
  const pledge = await addPledge(organiser, s.campaign.id, sponsorA.id, 1_000_000, { pledgedAt: "2016-05-01" });
  const paid = await organiser.pledge.recordPayment({
    pledgeId: pledge.id,
    amountCents: 100_000,
    paidAt: "2016-05-02",
    expectedVersion: pledge.version,
  });
  await addPledge(organiser, s.campaign.id, sponsorB.id, 500_000, { status: "intent", conditional: true });
  const token = await organiser.apiToken.create({ name: "fuzz", scope: "write" });
  const attachment = s.db
    .insert(attachments)
    .values({
      campaignId: s.campaign.id,
      pledgeId: pledge.id,
      filename: "zusage.pdf",
      contentType: "application/pdf",
      sizeBytes: 100,
      sha256: "0".repeat(64),
      storedName: "f".repeat(32),
      createdAt: 0,
      createdBy: s.users.admin.id,
    })
    .returning()
    .get();
  useCheapPasswords(s.db);
  const xlsx = await writeExcelFile(
    IMPORT_CSV.split("\n").map((line) => line.split(";").map((value) => ({ value, type: String }))),
    {},
  ).toBuffer();
  return {
    s,
    sponsorA,
    sponsorB,
    pledge: paid,
    tokenId: token.id,
    attachmentId: attachment.id,
    xlsx,
    sponsorSession: {
      kind: "sponsor" as const,
      sponsorId: sponsorA.id,
      campaignId: s.campaign.id,
      name: sponsorA.name,
    },
  };
}
export type FuzzFixture = Awaited<ReturnType<typeof buildFuzzFixture>>;

/** A valid input per procedure path (valid in the fixture as built; later state may turn it into a CONFLICT). */
export function baseInputs(fx: FuzzFixture): Record<string, Json> {
  const A = fx.s.campaign.id;
  const { pledge, sponsorA, sponsorB } = fx;
  const campaign = {
    name: "Köln digital",
    targetCents: 100_000,
    matchCapCents: 100_000,
    deadline: "2016-07-01",
    windowStart: "2016-05-01",
    matchRatio: 1.5,
    rules: { minSponsors: 3, maxPublicSharePercent: 25.5 },
  };
  return {
    "auth.login": { email: "organiser@example.org", password: PASSWORD },
    "auth.changePassword": { currentPassword: PASSWORD, newPassword: "a new long password" },
    "user.create": {
      email: "new@example.org",
      name: "New",
      password: "long enough pw",
      role: "committee",
      campaignId: A,
    },
    "user.setMembership": { userId: fx.s.users.committee.id, campaignId: A, role: "organiser" },
    "user.setDisabled": { userId: fx.s.users.committee.id, disabled: true },
    "user.setAdmin": { userId: fx.s.users.committee.id, isAdmin: true },
    "user.resetPassword": { userId: fx.s.users.committee.id, password: "reset long password" },
    "campaign.create": campaign,
    "campaign.update": {
      campaignId: A,
      expectedVersion: 1,
      ...campaign,
      applicationStatus: "submitted",
      publicPage: true,
    },
    "campaign.summary": { campaignId: A, asOf: TODAY },
    "campaign.pipeline": { campaignId: A, limit: 10 },
    "campaign.breakdowns": { campaignId: A, asOf: TODAY },
    "campaign.onSummary": { campaignId: A, lastEventId: "abc" },
    "sponsor.update": {
      sponsorId: sponsorB.id,
      expectedVersion: 1,
      name: "Fuzz B AG",
      kind: "association",
      country: "at",
      sector: "IT",
      contactEmail: "b@example.org",
      listing: "name",
      notes: "n",
    },
    "sponsor.merge": { intoSponsorId: sponsorA.id, fromSponsorId: sponsorB.id },
    "sponsor.duplicates": { campaignId: A },
    "sponsor.membershipTypes": { campaignId: A },
    "sponsor.createAccessLink": { sponsorId: sponsorA.id },
    "sponsor.revokeAccessLinks": { sponsorId: sponsorA.id },
    "sponsor.exportContact": { sponsorId: sponsorA.id },
    "sponsor.eraseContact": { sponsorId: sponsorA.id },
    "sponsor.create": {
      campaignId: A,
      name: "Neu GmbH",
      kind: "company",
      country: "DE",
      sector: "IT",
      vatId: "DE9",
      membershipType: "IHK",
      contactName: "X",
      contactEmail: "x@example.org",
      listing: "hidden",
    },
    "sponsor.list": { campaignId: A, search: "fuzz", kind: "company", country: "DE", sort: "name", limit: 1 },
    "pledge.get": { pledgeId: pledge.id },
    "pledge.update": {
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      at: TODAY,
      reason: "fix",
      amountCents: 1_200_000,
      type: "cash",
      pledgedAt: "2016-05-01",
      conditional: false,
      description: null,
      raisedBySponsorId: sponsorB.id,
      note: "n",
      schedule: [
        { dueOn: "2016-06-01", amountCents: 600_000 },
        { dueOn: "2017-06-01", amountCents: 600_000 },
      ],
    },
    "pledge.undo": { pledgeId: pledge.id, expectedVersion: pledge.version, reason: "oops" },
    "pledge.attachments": { pledgeId: pledge.id },
    "pledge.removeAttachment": { attachmentId: fx.attachmentId },
    "pledge.create": {
      campaignId: A,
      sponsorId: sponsorB.id,
      amountCents: 12_345,
      type: "in_kind",
      status: "paid",
      pledgedAt: "2016-05-10",
      conditional: true,
      description: "Beamer",
      raisedBySponsorId: sponsorA.id,
      note: "n",
      idempotencyKey: "fuzz-1",
    },
    "pledge.list": {
      campaignId: A,
      status: "confirmed",
      sponsorId: sponsorA.id,
      kind: "company",
      country: "DE",
      overdue: false,
      search: "fuzz",
      sort: "newest",
      cursor: 999,
      limit: 5,
    },
    "pledge.setStatus": {
      pledgeId: pledge.id,
      status: "withdrawn",
      expectedVersion: pledge.version,
      at: TODAY,
      reason: "changed mind",
    },
    "pledge.recordPayment": { pledgeId: pledge.id, amountCents: 100, paidAt: TODAY, expectedVersion: pledge.version },
    "pledge.history": { pledgeId: pledge.id },
    "pledge.importCsv": { campaignId: A, csv: IMPORT_CSV, dryRun: false },
    "pledge.importFile": {
      campaignId: A,
      filename: "zusagen.xlsx",
      contentBase64: fx.xlsx.toString("base64"),
      dryRun: true,
    },
    "sponsorPortal.setListing": { listing: "name_and_amount" },
    "apiToken.create": { name: "script", scope: "read" },
    "apiToken.revoke": { tokenId: fx.tokenId },
    "publicCampaign.get": { campaignId: A },
  };
}

/** Bytes flipped in a file: what a broken upload or a hostile file looks like to the parser. */
function damaged(bytes: Buffer): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
    .map((flips) => {
      const copy = Buffer.from(bytes);
      for (const [at, byte] of flips) copy[at] = byte;
      return copy.toString("base64");
    });
}

/** Inputs beyond one wrong field where a procedure parses content of its own (files, CSV text). */
export function contentInputs(fx: FuzzFixture): Record<string, fc.Arbitrary<unknown>> {
  const A = fx.s.campaign.id;
  const csvRow = fc
    .array(
      fc.oneof(
        shortJunkString,
        fc.constantFrom(
          "Neu GmbH",
          "Unternehmen",
          "DE",
          "1.500,50",
          "-1",
          "1e308",
          "Geld",
          "Zugesagt",
          "31.02.2016",
          '"',
          '""x',
        ),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((cells) => cells.join(";"));
  const header = IMPORT_CSV.split("\n")[0];
  const csv = fc.array(csvRow, { minLength: 1, maxLength: 5 }).map((rows) => [header, ...rows].join("\n"));
  const file = fc.oneof(
    damaged(fx.xlsx).map((contentBase64) => ({ filename: "zusagen.xlsx", contentBase64 })),
    fc
      .uint8Array({ maxLength: 2_000 })
      .map((bytes) => ({ filename: "zusagen.csv", contentBase64: Buffer.from(bytes).toString("base64") })),
    fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({
      filename: "zusagen.xlsx",
      contentBase64: Buffer.concat([Buffer.from("PK\u0003\u0004"), bytes]).toString("base64"),
    })),
    csv.map((text) => ({ filename: "zusagen.csv", contentBase64: Buffer.from(text, "latin1").toString("base64") })),
  );
  // Cursors are opaque base64url JSON: forged ones with junk keys reach the keyset queries.
  const forgedCursor = fc
    .array(fc.oneof(junkValue, fc.integer()), { maxLength: 3 })
    .map((parts) => Buffer.from(jsonOf(parts)).toString("base64url"));
  return {
    "sponsor.list": fc
      .tuple(forgedCursor, fc.constantFrom("name", "binding_desc", "newest"), fc.integer({ min: 1, max: 3 }))
      .map(([cursor, sort, limit]) => ({ campaignId: A, cursor, sort, limit })),
    "pledge.list": fc
      .tuple(forgedCursor, fc.constantFrom(...PLEDGE_SORTS), fc.integer({ min: 1, max: 3 }))
      .map(([cursor, sort, limit]) => ({ campaignId: A, cursor, sort, limit })),
    "pledge.importCsv": fc.tuple(csv, fc.boolean()).map(([text, dryRun]) => ({ campaignId: A, csv: text, dryRun })),
    "pledge.importFile": fc.tuple(file, fc.boolean()).map(([f, dryRun]) => ({ campaignId: A, ...f, dryRun })),
  };
}
