// POST /api/pledges/:pledgeId/attachments over real HTTP: who may upload (organisers and
// admins of the pledge's campaign, by cookie or Bearer token), what is accepted (PDF, PNG,
// JPEG, WebP by their bytes, not by the declared type or the name), the limits (10 MiB a
// file, 20 a pledge), and how the file lands on disk (whole, under a random name).
import { eq } from "drizzle-orm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, auditLog } from "../../db/schema";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_PLEDGE } from "../../server/attachments/records";
import { attachmentsFixture, FILES, type AttachmentsFixture, type Caller } from "./attachmentsFixture";

let f: AttachmentsFixture;
beforeAll(async () => {
  f = await attachmentsFixture();
});
afterAll(() => f?.close());

const rowsOf = (pledgeId: number) => f.s.db.select().from(attachments).where(eq(attachments.pledgeId, pledgeId)).all();

describe("who may upload", () => {
  it.each<[Caller, number, string]>([
    ["anonymous", 401, "UNAUTHORIZED"],
    ["sponsor", 403, "FORBIDDEN"],
    ["otherSponsor", 403, "FORBIDDEN"],
    ["committee", 403, "FORBIDDEN"],
    ["otherOrganiser", 404, "NOT_FOUND"],
    // the organiser's own token, but scope read: it may download, not upload
    ["readBearer", 403, "FORBIDDEN"],
  ])("refuses %s with %i and stores nothing", async (who, status, code) => {
    const before = readdirSync(f.attachmentsDir).length;
    const res = await f.upload(f.pledge.id, who, FILES.pdf);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(rowsOf(f.pledge.id)).toHaveLength(0);
    expect(readdirSync(f.attachmentsDir)).toHaveLength(before);
  });

  it.each<Caller>(["organiser", "admin", "bearer"])("accepts %s with 201 and the attachment", async (who) => {
    const res = await f.upload(f.otherPledge.id, who, FILES.pdf, { filename: `Zusage ${who}.pdf` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      pledgeId: f.otherPledge.id,
      filename: `Zusage ${who}.pdf`,
      contentType: "application/pdf",
      sizeBytes: FILES.pdf.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdAt: "2016-05-20T10:00:00.000Z",
      createdByName: who === "admin" ? "admin" : "organiser",
      url: `/api/attachments/${res.body.id}`,
    });
    expect(res.headers.get("location")).toBe(res.body.url);
  });

  it("answers an unknown pledge and another campaign's pledge alike: 404", async () => {
    expect((await f.upload(9999, "organiser", FILES.pdf)).status).toBe(404);
    expect((await f.upload(f.pledgeInB.id, "organiser", FILES.pdf)).body.error.code).toBe("NOT_FOUND");
    expect((await f.upload(f.pledgeInB.id, "otherOrganiser", FILES.pdf)).status).toBe(201);
  });

  it("refuses a foreign Origin with 403, as for mutations, and serves its own Origin", async () => {
    const foreign = await f.upload(f.pledge.id, "organiser", FILES.pdf, {
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("FORBIDDEN");
    const own = await f.upload(f.pledge.id, "organiser", FILES.pdf, { headers: { origin: f.base } });
    expect(own.status).toBe(201);
  });

  it("refuses a bad pledge id or a missing name with 400 and the field", async () => {
    const badId = await f.upload("abc", "organiser", FILES.pdf);
    expect(badId.status).toBe(400);
    expect(badId.body.error.fieldErrors).toHaveProperty("pledgeId");
    const noName = await f.request(`/api/pledges/${f.pledge.id}/attachments`, {
      method: "POST",
      headers: { "content-type": "application/pdf", ...f.as.organiser },
      body: new Uint8Array(FILES.pdf),
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error.fieldErrors).toHaveProperty("filename");
    const badEncoding = await f.upload(f.pledge.id, "organiser", FILES.pdf, {
      headers: { "x-filename": "%E0%A4%A.pdf" },
    });
    expect(badEncoding.status).toBe(400);
  });

  it("writes an audit row for each upload", async () => {
    const res = await f.upload(f.pledge.id, "organiser", FILES.png, { type: "image/png", filename: "scan.png" });
    const row = f.s.db.select().from(auditLog).where(eq(auditLog.action, "attachment_uploaded")).all().at(-1)!;
    expect(row).toMatchObject({ userId: f.s.users.organiser.id, campaignId: f.s.campaign.id });
    expect(JSON.parse(row.detail!)).toEqual({
      pledgeId: f.pledge.id,
      attachmentId: res.body.id,
      contentType: "image/png",
      sizeBytes: FILES.png.length,
    });
  });
});

describe("what is accepted", () => {
  it.each([
    ["a PDF", FILES.pdf, "application/pdf", "zusage.pdf"],
    ["a PNG", FILES.png, "image/png", "scan.png"],
    ["a JPEG", FILES.jpeg, "image/jpeg", "foto.jpg"],
    ["a WebP", Buffer.concat([Buffer.from("RIFF\x10\0\0\0WEBPVP8 "), Buffer.alloc(8)]), "image/webp", "foto.webp"],
  ])("takes %s whose bytes match the declared type", async (_what, bytes, type, filename) => {
    const res = await f.upload(f.pledgeInB.id, "admin", bytes, { type, filename });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.contentType).toBe(type);
  });

  it.each([
    ["PNG bytes named .pdf and declared as a PDF", FILES.png, "application/pdf", "zusage.pdf"],
    ["a text file declared as a PDF", FILES.text, "application/pdf", "zusage.pdf"],
    ["a text file declared as text", FILES.text, "text/plain", "zusage.txt"],
    ["a PDF declared as a PNG", FILES.pdf, "image/png", "scan.png"],
    ["HTML declared as a PDF", Buffer.from("<html><script>alert(1)</script></html>"), "application/pdf", "x.pdf"],
    ["a PDF declared as HTML", FILES.pdf, "text/html", "x.pdf"],
    ["a PDF with no declared type", FILES.pdf, "", "x.pdf"],
  ])("refuses %s with 415 and stores nothing", async (_what, bytes, type, filename) => {
    const before = { rows: rowsOf(f.pledge.id).length, files: readdirSync(f.attachmentsDir).length };
    const res = await f.upload(f.pledge.id, "organiser", bytes, { type, filename });
    expect(res.status, JSON.stringify(res.body)).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect({ rows: rowsOf(f.pledge.id).length, files: readdirSync(f.attachmentsDir).length }).toEqual(before);
  });

  it("refuses an empty file with 400", async () => {
    const res = await f.upload(f.pledge.id, "organiser", Buffer.alloc(0));
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors).toHaveProperty("file");
  });

  it("takes exactly 10 MiB and refuses one byte more with 413, with or without a length", async () => {
    const pdfOf = (size: number) => Buffer.concat([FILES.pdf, Buffer.alloc(size - FILES.pdf.length, 0x20)]);
    const exact = await f.upload(f.pledgeInB.id, "admin", pdfOf(MAX_ATTACHMENT_BYTES));
    expect(exact.status, JSON.stringify(exact.body)).toBe(201);
    expect(exact.body.sizeBytes).toBe(MAX_ATTACHMENT_BYTES);

    const before = readdirSync(f.attachmentsDir).length;
    const over = await f.upload(f.pledge.id, "organiser", pdfOf(MAX_ATTACHMENT_BYTES + 1));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe("PAYLOAD_TOO_LARGE");

    // Streamed: no Content-Length up front, so the limit counts as the bytes arrive.
    const big = pdfOf(MAX_ATTACHMENT_BYTES + 1);
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 1024 * 1024)
          controller.enqueue(new Uint8Array(big.subarray(at, at + 1024 * 1024)));
        controller.close();
      },
    });
    const chunked = await f.request(`/api/pledges/${f.pledge.id}/attachments`, {
      method: "POST",
      headers: { "content-type": "application/pdf", "x-filename": "gross.pdf", ...f.as.organiser },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(readdirSync(f.attachmentsDir)).toHaveLength(before);
  });

  it(`keeps at most ${MAX_ATTACHMENTS_PER_PLEDGE} attachments a pledge (409), and a removal makes room`, async () => {
    const { pledge } = f;
    while (rowsOf(pledge.id).filter((r) => r.removedAt === null).length < MAX_ATTACHMENTS_PER_PLEDGE) {
      expect(
        (await f.upload(pledge.id, "organiser", FILES.jpeg, { type: "image/jpeg", filename: "seite.jpg" })).status,
      ).toBe(201);
    }
    const full = await f.upload(pledge.id, "organiser", FILES.pdf);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe("CONFLICT");
    const first = rowsOf(pledge.id).find((r) => r.removedAt === null)!;
    expect((await f.remove(first.id, "organiser")).status).toBe(200);
    expect((await f.upload(pledge.id, "organiser", FILES.pdf)).status).toBe(201);
    expect((await f.upload(pledge.id, "organiser", FILES.pdf)).status).toBe(409);
  });
});

describe("how the file is stored", () => {
  it("keeps the bytes exactly, under a random name in the attachments folder, and the name only for display", async () => {
    const bytes = Buffer.concat([FILES.pdf, Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))]);
    const res = await f.upload(f.otherPledge.id, "organiser", bytes, { filename: "../../etc/passwd.pdf" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.filename).toBe("passwd.pdf");
    const row = f.s.db.select().from(attachments).where(eq(attachments.id, res.body.id)).get()!;
    expect(row.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(row.storedName).not.toContain("passwd");
    expect(readFileSync(join(f.attachmentsDir, row.storedName)).equals(bytes)).toBe(true);
    expect(row.sha256).toBe(res.body.sha256);
    // Nothing escaped the folder, and no temporary file is left.
    expect(existsSync(join(f.attachmentsDir, "..", "etc"))).toBe(false);
    expect(readdirSync(f.attachmentsDir).filter((n) => n.endsWith(".part"))).toEqual([]);
  });

  it.each([
    ["..\\..\\windows\\zusage.pdf", "application/pdf", "zusage.pdf"],
    ["Zusage Müller\u202Efdp.exe", "application/pdf", "Zusage Müllerfdp.exe.pdf"],
    ["scan.pdf", "image/png", "scan.png"],
    ["Unterschrift", "image/jpeg", "Unterschrift.jpg"],
    ["...", "application/pdf", "unterlagen.pdf"],
    ['a"b<c>.pdf', "application/pdf", "a_b_c_.pdf"],
  ])("names %j (%s) %j", async (filename, type, shown) => {
    const bytes = { "application/pdf": FILES.pdf, "image/png": FILES.png, "image/jpeg": FILES.jpeg }[type]!;
    const res = await f.upload(f.pledgeInB.id, "admin", bytes, { type, filename });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.filename).toBe(shown);
  });
});
