// POST /api/campaigns/:campaignId/imports over real HTTP (issue 15: a 25 MB upload must not
// stall others). The file's bytes are the body, so nothing parses a 25 MB JSON document on
// the main thread; the answer is pledge.importFile's. Who may upload, what is refused before
// the body is read, and that the JSON route now stops at 16 MiB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_JSON_BYTES } from "../../server/import/limits";
import { attachmentsFixture, type AttachmentsFixture, type Caller } from "./attachmentsFixture";
import { rowCounts } from "./helpers";
import { HEADER, textRow, xlsx } from "./xlsxFiles";

let f: AttachmentsFixture;
beforeAll(async () => {
  f = await attachmentsFixture();
});
afterAll(() => f?.close());

// Excel's German CSV in Windows-1252 bytes, as a file saved on a German PC.
const GERMAN_CSV = Buffer.from(
  [
    "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
    "Aachener Druck GmbH;Unternehmen;DE;15.000,00;Geld;Zugesagt;02.05.2016;für drei Jahre",
    "Université de Liège;Wissenschaft;BE;2.500,50;Sachleistung;Zugesagt;03.05.2016;Laborzeit",
  ].join("\r\n"),
  "latin1",
);

function upload(
  who: Caller,
  body: Uint8Array | ReadableStream<Uint8Array>,
  { campaignId = f.s.campaign.id as number | string, filename = "Zusagen.csv", dryRun = "true" as string | null } = {},
  headers: Record<string, string> = {},
) {
  const query = dryRun === null ? "" : `?dryRun=${dryRun}`;
  return f.request(`/api/campaigns/${campaignId}/imports${query}`, {
    method: "POST",
    headers: { "content-type": "text/csv", "x-filename": encodeURIComponent(filename), ...f.as[who], ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

const pledgeCount = () => rowCounts(f.s.db).pledges;

describe("an import sent as a file", () => {
  it("answers a dry run as pledge.importFile does, and writes nothing", async () => {
    const before = pledgeCount();
    const res = await upload("organiser", GERMAN_CSV);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const viaTrpc = await f.s.as.organiser.pledge.importFile({
      campaignId: f.s.campaign.id,
      filename: "Zusagen.csv",
      contentBase64: GERMAN_CSV.toString("base64"),
      dryRun: true,
    });
    expect(res.body).toEqual(viaTrpc);
    expect(res.body).toMatchObject({ rows: 2, created: 2, sponsorsCreated: 2, dryRun: true, errors: [] });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(pledgeCount()).toBe(before);
  });

  it("imports an .xlsx for real once, and finds the same file again as duplicates", async () => {
    const before = pledgeCount();
    const file = xlsx({
      sheetData:
        textRow(1, HEADER) +
        textRow(2, ["Printen Lambertz KG", "company", "DE", "2500", "cash", "confirmed", "2016-05-04"]),
    });
    const first = await upload("bearer", file, { filename: "Liste Mai.xlsx", dryRun: "false" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ rows: 1, created: 1, duplicates: 0, dryRun: false, errors: [] });
    expect(pledgeCount()).toBe(before + 1);
    const again = await upload("admin", file, { filename: "Liste Mai.xlsx", dryRun: "false" });
    expect(again.body).toMatchObject({ rows: 1, created: 0, duplicates: 1 });
    expect(pledgeCount()).toBe(before + 1);
  });

  it("reports a file that is no workbook as a problem of the import, not a failure", async () => {
    const res = await upload("organiser", Buffer.from("just some text"), { filename: "liste.xlsx" });
    expect(res.status).toBe(200);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(res.body.created).toBe(0);
  });
});

describe("who may upload", () => {
  it.each<[Caller, number, string]>([
    ["anonymous", 401, "UNAUTHORIZED"],
    ["sponsor", 403, "FORBIDDEN"],
    ["committee", 403, "FORBIDDEN"],
    ["otherOrganiser", 404, "NOT_FOUND"],
    ["readBearer", 403, "FORBIDDEN"],
  ])("refuses %s with %i and writes nothing", async (who, status, code) => {
    const before = pledgeCount();
    const res = await upload(who, GERMAN_CSV, { dryRun: "false" });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(pledgeCount()).toBe(before);
  });

  it("refuses a write from a foreign Origin", async () => {
    const res = await upload("organiser", GERMAN_CSV, { dryRun: "false" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

describe("what is refused, naming the field", () => {
  it.each<[string, Parameters<typeof upload>[2], string]>([
    ["no name", { filename: "" }, "filename"],
    ["an .xls", { filename: "alt.xls" }, "filename"],
    ["no dryRun", { dryRun: null }, "dryRun"],
    ["dryRun=yes", { dryRun: "yes" }, "dryRun"],
    ["a campaign id that is no number", { campaignId: "abc" }, "campaignId"],
  ])("%s", async (_label, options, field) => {
    const res = await upload("organiser", GERMAN_CSV, options);
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors).toHaveProperty(field);
  });

  it("an empty file", async () => {
    const res = await upload("organiser", new Uint8Array(0));
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors).toHaveProperty("file");
  });

  it("a file over 24 MiB, by its Content-Length before the body is read, and when streamed", async () => {
    const declared = await f
      .request(`/api/campaigns/${f.s.campaign.id}/imports?dryRun=true`, {
        method: "POST",
        headers: { "x-filename": "gross.csv", "content-length": String(MAX_IMPORT_FILE_BYTES + 1), ...f.as.organiser },
        body: new Uint8Array(16),
      })
      .catch(() => null); // the server may answer before the (short) body and close
    if (declared) expect(declared.status).toBe(413);

    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_IMPORT_FILE_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await upload("organiser", stream);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("pledge.importFile takes at most 16 MiB of JSON: larger files go to the upload route", async () => {
    const contentBase64 = Buffer.alloc(MAX_IMPORT_JSON_BYTES).toString("base64"); // 21 MiB of text
    const res = await f.request("/trpc/pledge.importFile", {
      method: "POST",
      headers: { "content-type": "application/json", ...f.as.organiser },
      body: JSON.stringify({ campaignId: f.s.campaign.id, filename: "a.xlsx", contentBase64, dryRun: true }),
    });
    expect(res.status).toBe(413);
    // The same bytes as a file are read (and found to be no workbook).
    const asFile = await upload("organiser", Buffer.alloc(MAX_IMPORT_JSON_BYTES), { filename: "a.xlsx" });
    expect(asFile.status).toBe(200);
    expect(asFile.body.errors.length).toBeGreaterThan(0);
  });
});
