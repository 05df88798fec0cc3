// The letters as PDFs over HTTP: who may fetch them, the file's headers, its text (pdftotext)
// and its GiroCode, read back from the rendered first page (pdftoppm + jsQR).
import { execFileSync } from "node:child_process";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../server/auth/apiTokens";
import { addPledge, addSponsor, setup, useCheapPasswords, type Setup } from "./helpers";
import { serve, type Server } from "./httpHelpers";

const BANK = { holder: "Aachen digitalisiert e.V.", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" };
const SENDER = {
  name: "Initiative Aachen digitalisiert",
  address: "Theaterstraße 1\n52062 Aachen",
  contactName: "Eva Engel",
  contactEmail: "eva@example.org",
};

/** The PDF's text, as poppler reads it (NBSPs as plain spaces, to match on). */
function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" }).replace(
    /\u00a0/g,
    " ",
  );
}

/** The QR code on page 1, decoded; null when the page has none. */
function qrOfFirstPage(pdf: Buffer): string | null {
  const png = PNG.sync.read(execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-"], { input: pdf }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code ? new TextDecoder().decode(new Uint8Array(code.binaryData)) : null;
}

let s: Setup;
let server: Server;
const as: Record<string, Record<string, string>> = {};
let pledgeId: number;
let otherPledgeId: number;
let intentId: number;
let noAccountPledgeId: number;

async function fetchPdf(path: string, who: string) {
  const res = await fetch(server.base + path, { headers: as[who] });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  s = await setup({ campaign: { bankAccount: BANK, sender: SENDER } });
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id, {
    name: "Printen Lambertz KG",
    address: "Borchersstraße 18\n52072 Aachen",
    contactName: "Paul Printen",
  });
  const otherSponsor = await addSponsor(o, s.campaign.id, { name: "Aachener Bank eG" });
  // €15,000 over 3 years from 1 June 2016: three installments of €5,000; €6,000 paid.
  const pledge = await addPledge(o, s.campaign.id, sponsor.id, 1_500_000, { conditional: true });
  await o.pledge.recordPayment({
    pledgeId: pledge.id,
    amountCents: 600_000,
    paidAt: "2016-05-20",
    expectedVersion: pledge.version,
  });
  pledgeId = pledge.id;
  otherPledgeId = (await addPledge(o, s.campaign.id, otherSponsor.id, 500_000)).id;
  intentId = (await addPledge(o, s.campaign.id, sponsor.id, 100_000, { status: "intent" })).id;
  const sponsorInB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner AG" });
  noAccountPledgeId = (await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorInB.id, 700_000)).id;
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now);
  const cookie = async (email: string) => ({ cookie: await server.login(email) });
  as.anonymous = {};
  as.organiser = await cookie("organiser@example.org");
  as.committee = await cookie("committee@example.org");
  as.otherOrganiser = await cookie("bonn@example.org");
  const token = createApiToken(s.db, s.users.organiser.id, { name: "archive", scope: "read" }, s.clock.now()).token;
  as.readBearer = { authorization: `Bearer ${token}` };
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

describe("GET /api/pledges/:id/confirmation.pdf", () => {
  it("is a PDF saved as zusage-<reference>.pdf, never cached", async () => {
    const res = await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf`, "organiser");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      "attachment; filename=\"zusage-AD-0001.pdf\"; filename*=UTF-8''zusage-AD-0001.pdf",
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("confirms amount, condition, installments and the account in German, the sponsor's address on it", async () => {
    const text = pdfText((await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf`, "organiser")).bytes);
    for (const part of [
      "Initiative Aachen digitalisiert",
      "Eva Engel",
      "Printen Lambertz KG",
      "Borchersstraße 18",
      "52072 Aachen",
      "20. Mai 2016",
      "Bestätigung Ihrer Zusage AD-0001",
      "Guten Tag Paul Printen,",
      "15.000,00 €",
      "Geldleistung",
      "unter der Bedingung",
      "01.06.2018",
      "5.000,00 €",
      "DE89 3704 0044 0532 0130 00",
      "COBADEFFXXX",
      "Verwendungszweck",
      "AD-0001",
      "Unterschrift für Printen Lambertz KG",
    ])
      expect(text).toContain(part);
  });

  it("carries a GiroCode for what is left of the next open installment (€5,000 − €1,000 of the second)", async () => {
    const pdf = (await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf`, "organiser")).bytes;
    expect(qrOfFirstPage(pdf)).toBe(
      "BCD\n002\n1\nSCT\nCOBADEFFXXX\nAachen digitalisiert e.V.\nDE89370400440532013000\nEUR4000.00\n\n\nAD-0001",
    );
  });

  it("is in English with locale=en", async () => {
    const text = pdfText((await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf?locale=en`, "organiser")).bytes);
    expect(text).toContain("Confirmation of your pledge AD-0001");
    expect(text).toContain("€15,000.00");
    expect(text).toContain("20 May 2016");
  });

  it("says the bank details follow when the campaign has no account, and has no GiroCode", async () => {
    const pdf = (await fetchPdf(`/api/pledges/${noAccountPledgeId}/confirmation.pdf`, "otherOrganiser")).bytes;
    expect(pdfText(pdf)).toContain("Die Bankverbindung für Ihre Zahlung teilen wir Ihnen gesondert mit.");
    expect(qrOfFirstPage(pdf)).toBeNull();
  });

  it.each([
    ["organiser", 200],
    ["committee", 200],
    ["readBearer", 200],
    ["sponsor", 200],
    ["otherSponsor", 404],
    ["otherOrganiser", 404],
    ["anonymous", 401],
  ])("as %s answers %d", async (who, status) => {
    const res = await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf`, who);
    expect(res.status).toBe(status);
    if (status !== 200) expect(res.headers.get("content-disposition")).toBeNull();
  });

  it("refuses a bad id or locale with 400, and an unknown pledge with 404", async () => {
    expect((await fetchPdf("/api/pledges/abc/confirmation.pdf", "organiser")).status).toBe(400);
    expect((await fetchPdf(`/api/pledges/${pledgeId}/confirmation.pdf?locale=fr`, "organiser")).status).toBe(400);
    expect((await fetchPdf("/api/pledges/99999/confirmation.pdf", "organiser")).status).toBe(404);
  });
});

describe("GET /api/pledges/:id/thanks.pdf", () => {
  it("thanks for a binding pledge, says what has arrived, and asks for the rest by GiroCode", async () => {
    const res = await fetchPdf(`/api/pledges/${pledgeId}/thanks.pdf`, "sponsor");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain('filename="dankesbrief-AD-0001.pdf"');
    const text = pdfText(res.bytes);
    expect(text).toContain("Vielen Dank für Ihre Zusage AD-0001");
    expect(text).toContain("6.000,00 €");
    expect(text).toContain("9.000,00 €");
    expect(qrOfFirstPage(res.bytes)).toContain("\nEUR4000.00\n");
  });

  it("is not written for an intent (409)", async () => {
    expect((await fetchPdf(`/api/pledges/${intentId}/thanks.pdf`, "organiser")).status).toBe(409);
  });

  it("has no GiroCode once everything is paid", async () => {
    const pledge = await s.as.organiser.pledge.get({ pledgeId: otherPledgeId });
    await s.as.organiser.pledge.recordPayment({
      pledgeId: otherPledgeId,
      amountCents: 500_000,
      paidAt: "2016-05-20",
      expectedVersion: pledge.version,
    });
    const pdf = (await fetchPdf(`/api/pledges/${otherPledgeId}/thanks.pdf`, "organiser")).bytes;
    expect(pdfText(pdf)).toContain("vollständig");
    expect(qrOfFirstPage(pdf)).toBeNull();
  });

  it.each([
    ["otherSponsor", 404],
    ["otherOrganiser", 404],
    ["anonymous", 401],
  ])("as %s answers %d", async (who, status) => {
    expect((await fetchPdf(`/api/pledges/${pledgeId}/thanks.pdf`, who)).status).toBe(status);
  });
});
