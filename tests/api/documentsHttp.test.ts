// GET /api/documents/:id.pdf serves an issued document's stored bytes, unchanged, to staff of
// its campaign and to its own sponsor through the portal; others are refused as the pledge
// letters refuse them (401 without a session, 404 for what the caller may not see). A GET
// never issues anything.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "../../server/auth/apiTokens";
import { ADDRESS, pledgeWithPayments, storedPdf, withIssuer } from "./documentsHelpers";
import { addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let s: Setup;
let server: Server;
let documentId: number;
let number: string;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  s = await setup();
  const o = s.as.organiser;
  await withIssuer(s);
  const { sponsor, paymentIds } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
  const otherSponsor = await addSponsor(o, s.campaign.id, { name: "Aachener Bank eG", address: ADDRESS });
  ({ documentId, number } = await o.document.issue({ paymentId: paymentIds[0] }));
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  const cookie = async (email: string) => ({ cookie: await server.login(email) });
  as.anonymous = {};
  as.organiser = await cookie("organiser@example.org");
  as.committee = await cookie("committee@example.org");
  as.otherOrganiser = await cookie("bonn@example.org");
  as.readBearer = {
    authorization: `Bearer ${createApiToken(s.db, s.users.organiser.id, { name: "archive", scope: "read" }, s.clock.now()).token}`,
  };
  const sponsorSession = async (sponsorId: number) => {
    const link = await server.mutate("sponsor.createAccessLink", { sponsorId }, as.organiser);
    const opened = await server.request(new URL(link.body.result.data.url).pathname);
    expect(opened.status).toBe(303);
    return { cookie: opened.cookies[0] };
  };
  as.sponsor = await sponsorSession(sponsor.id);
  as.otherSponsor = await sponsorSession(otherSponsor.id);
});

afterAll(() => server?.close());

async function fetchPdf(path: string, who: string) {
  const res = await fetch(server.base + path, { headers: as[who] });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The SQL the server prepares while it answers `who` (the test's database is the server's). */
async function statementsFor(path: string, who: string) {
  const prepare = vi.spyOn(s.db.$client, "prepare");
  try {
    await fetchPdf(path, who);
    return prepare.mock.calls.map(([text]) => text);
  } finally {
    prepare.mockRestore();
  }
}

const documentCount = () => s.db.get<{ n: number }>(sql`select count(*) as n from documents`).n;

describe("GET /api/documents/:id.pdf", () => {
  it.each(["organiser", "committee", "readBearer", "sponsor"])("serves %s exactly the stored bytes", async (who) => {
    const before = documentCount();
    const res = await fetchPdf(`/api/documents/${documentId}.pdf`, who);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toContain(`filename="${number}.pdf"`);
    expect(res.bytes.equals(storedPdf(s.db, documentId))).toBe(true);
    expect(documentCount()).toBe(before);
  });

  it.each([
    ["otherSponsor", 404],
    ["otherOrganiser", 404],
    ["anonymous", 401],
  ])("refuses %s with %d, without a file name", async (who, status) => {
    const res = await fetchPdf(`/api/documents/${documentId}.pdf`, who);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-disposition")).toBeNull();
  });

  it.each(["otherSponsor", "otherOrganiser"])(
    "refuses %s exactly as a document that does not exist, so existence does not leak",
    async (who) => {
      const refused = await fetchPdf(`/api/documents/${documentId}.pdf`, who);
      const missing = await fetchPdf("/api/documents/99999.pdf", who);
      expect(refused.status).toBe(404);
      expect(refused.status).toBe(missing.status);
      expect(refused.bytes.toString()).toBe(missing.bytes.toString());
      expect(refused.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    },
  );

  it("reads the stored PDF only for a caller who may have it", async () => {
    const readsPdf = (statements: string[]) => statements.some((text) => /select "pdf" from "documents"/.test(text));
    expect(readsPdf(await statementsFor(`/api/documents/${documentId}.pdf`, "otherOrganiser"))).toBe(false);
    expect(readsPdf(await statementsFor(`/api/documents/${documentId}.pdf`, "otherSponsor"))).toBe(false);
    expect(readsPdf(await statementsFor(`/api/documents/${documentId}.pdf`, "organiser"))).toBe(true);
  });

  it("refuses a bad id with 400 and an unknown document with 404", async () => {
    expect((await fetchPdf("/api/documents/abc.pdf", "organiser")).status).toBe(400);
    expect((await fetchPdf("/api/documents/99999.pdf", "organiser")).status).toBe(404);
  });
});
